/**
 * Returns the number 2016 (placeholder until the catalogue lands).
 * @customfunction
 * @returns Zahl
 */
export function probe(): number {
  return 2016;
}
