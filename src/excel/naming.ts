/**
 * Names of scenario sheets and tables, and validation of scenario names (pure, no Office).
 *
 * A scenario "Basis" is the sheet "Szenario Basis" holding the table "Szenario_Basis" with the columns
 * Parameter | Wert. Formulas refer to it as `Szenario_Basis[[#All],[Parameter]:[Wert]]`: the header
 * row is included (KI.* skip it), and Excel rewrites the reference when the table is renamed.
 */
export const SCENARIO_SHEET_PREFIX = "Szenario ";
export const SCENARIO_TABLE_PREFIX = "Szenario_";
/** Excel allows 31 characters in a sheet name; the prefix takes 9. */
export const MAX_SCENARIO_NAME_LENGTH = 31 - SCENARIO_SHEET_PREFIX.length;

/** Characters Excel refuses in sheet names. */
const FORBIDDEN = /[:\\/?*[\]]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** "Basis" -> "Szenario Basis". */
export function scenarioSheetName(name: string): string {
  return SCENARIO_SHEET_PREFIX + name.trim();
}

/** Scenario name of a sheet: the sheet name without the prefix (or the whole name without one). */
export function scenarioNameOfSheet(sheet: string): string {
  return sheet.startsWith(SCENARIO_SHEET_PREFIX) ? sheet.slice(SCENARIO_SHEET_PREFIX.length) : sheet;
}

export function isScenarioTable(tableName: string): boolean {
  return tableName.toLowerCase().startsWith(SCENARIO_TABLE_PREFIX.toLowerCase());
}

/** Structured reference KI.* formulas take as `szenario`: Parameter..Wert with the header row. */
export function scenarioReference(tableName: string): string {
  return `${tableName}[[#All],[Parameter]:[Wert]]`;
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase("de-DE") === b.trim().toLocaleLowerCase("de-DE");

/**
 * Checks a scenario name against Excel's sheet-name rules (with the prefix) and against the sheets
 * that exist. Returns a German message, or null when the name is fine.
 */
export function validateScenarioName(
  name: string,
  existingSheetNames: readonly string[] = [],
): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Bitte geben Sie einen Namen für das Szenario ein.";
  if (trimmed.length > MAX_SCENARIO_NAME_LENGTH) {
    return `Der Name ist zu lang: höchstens ${MAX_SCENARIO_NAME_LENGTH} Zeichen (Excel erlaubt 31 Zeichen je Blattname, „${SCENARIO_SHEET_PREFIX.trim()} “ belegt ${SCENARIO_SHEET_PREFIX.length}).`;
  }
  if (FORBIDDEN.test(trimmed) || CONTROL.test(trimmed)) {
    return "Der Name darf keines dieser Zeichen enthalten: : \\ / ? * [ ]";
  }
  if (trimmed.endsWith("'")) return "Der Name darf nicht mit einem Apostroph enden.";
  const sheet = scenarioSheetName(trimmed);
  if (existingSheetNames.some((s) => sameName(s, sheet))) {
    return `Ein Blatt „${sheet}“ gibt es schon. Bitte wählen Sie einen anderen Namen.`;
  }
  return null;
}

/**
 * A valid, unused table name for a scenario: "Szenario_" + the name with every character Excel does
 * not allow in names replaced by "_", numbered when taken. Table names cannot hold spaces or
 * punctuation other than "_" and "."; letters of any script are allowed.
 */
export function scenarioTableName(name: string, existingNames: readonly string[] = []): string {
  const base = SCENARIO_TABLE_PREFIX + name.trim().replace(/[^\p{L}\p{N}_.]/gu, "_");
  const taken = new Set(existingNames.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The default year range of a comparison: the next 5 years after `today`'s year. */
export function defaultComparisonYears(today: Date = new Date()): { fromYear: number; toYear: number } {
  const fromYear = today.getFullYear() + 1;
  return { fromYear, toYear: fromYear + 4 };
}

/** Column letters of a 0-based column index: 0 -> "A", 27 -> "AB". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
