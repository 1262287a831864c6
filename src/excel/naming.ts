/**
 * Names of sheets and tables, and validation of scenario names (pure, no Office).
 */
export const SCENARIO_SHEET_PREFIX = "Szenario ";
export const SCENARIO_TABLE_PREFIX = "Szenario_";
/** Excel allows 31 characters in a sheet name; the prefix takes 9. */
export const MAX_SCENARIO_NAME_LENGTH = 31 - SCENARIO_SHEET_PREFIX.length;

/** "Basis" -> "Szenario Basis". */
export function scenarioSheetName(name: string): string {
  return SCENARIO_SHEET_PREFIX + name.trim();
}

/** Structured reference KI.* formulas take as `szenario`: Parameter..Wert with the header row. */
export function scenarioReference(tableName: string): string {
  return `${tableName}[[#All],[Parameter]:[Wert]]`;
}

/**
 * Checks a scenario name against Excel's sheet-name rules (with the prefix) and uniqueness.
 * Returns a German message, or null when the name is fine.
 */
export function validateScenarioName(
  name: string,
  existingSheetNames: readonly string[] = [],
): string | null {
  void name;
  void existingSheetNames;
  return null; // implemented in the next commit
}

/** The default year range of a comparison: the next 5 years after `today`'s year. */
export function defaultComparisonYears(today: Date = new Date()): { fromYear: number; toYear: number } {
  const fromYear = today.getFullYear() + 1;
  return { fromYear, toYear: fromYear + 4 };
}
