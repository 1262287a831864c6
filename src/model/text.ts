/**
 * Text folding for matching what users type: case, spaces, umlauts and their ASCII transliterations
 * ("Düren" = "dueren" = "DÜREN "), ß = ss, other accents dropped.
 */

/** Lower case, umlauts as ae/oe/ue, ß as ss, other diacritics removed, whitespace collapsed. */
export function foldText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded text split into alphanumeric words (punctuation and hyphens separate words). */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Folded text with everything but letters and digits removed: "Rhein-Sieg-Kreis" -> "rheinsiegkreis". */
export function compact(text: string): string {
  return words(text).join("");
}

/** Levenshtein edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
