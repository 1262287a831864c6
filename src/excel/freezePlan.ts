/**
 * What "Festschreiben für die Weitergabe" writes into a copied sheet, decided cell by cell (pure; no
 * Office). Without the add-in every KI.* cell shows #NAME? (office-js issues 6611, 3740), and so does
 * every formula that depends on one. The fixed copy therefore holds:
 *  - the shown value wherever the original cell has a KI.* formula (a spill's anchor and the cells it
 *    spills into alike: both are written as the values shown now);
 *  - the user's own formulas unchanged where they refer only to the same sheet (they then refer to the
 *    fixed values of the copy, because a copied sheet's own references point into the copy) or to
 *    sheets that are not affected;
 *  - references to another frozen sheet rewritten to that sheet's copy (and to its tables' copies), so
 *    a chain Auswertung -> Plan -> KI.* keeps working between the copies;
 *  - the shown value where a formula refers to an affected sheet that is not frozen this time (it
 *    would show #NAME? without the add-in, and the copy must not).
 * A sheet is "affected" when it holds KI.* formulas or refers, directly or through other sheets, to
 * one that does: exactly the sheets that would show #NAME? somewhere without the add-in.
 */

/** A KI.* call anywhere in a formula, outside string literals. */
const KI_CALL = /(^|[^\p{L}\p{N}_.])KI\.[\p{L}_][\p{L}\p{N}_]*\s*\(/iu;
/** Prefix of an external or sheet reference: 'Any ''name''' or Name, followed by "!". */
const SHEET_REF = /('(?:[^']|'')+'|[\p{L}_\\][\p{L}\p{N}_.]*)!/gu;
/** A table name followed by "[": a structured reference (function names are followed by "("). */
const TABLE_REF = /(?<![\p{L}\p{N}_.\\'!\]])([\p{L}_\\][\p{L}\p{N}_.]*)(?=\[)/gu;

/** Applies `f` to the parts of a formula outside string literals ("…", with "" inside). */
function outsideStrings(formula: string, f: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

export function isFormula(content: unknown): content is string {
  return typeof content === "string" && content.startsWith("=") && content.length > 1;
}

/** True when the formula calls a KI.* function. */
export function callsKi(formula: string): boolean {
  let found = false;
  outsideStrings(formula, (part) => {
    if (KI_CALL.test(part)) found = true;
    return part;
  });
  return found;
}

const unquote = (token: string): string =>
  token.startsWith("'") ? token.slice(1, -1).replace(/''/g, "'") : token;

/** A sheet name as a formula needs it: always quoted (safe for every name). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface WorkbookShape {
  /** Sheet name -> the formulas of its used range (any cell content; only formulas matter). */
  formulas: Map<string, unknown[][]>;
  /** Table name -> sheet name. */
  tableSheets: Map<string, string>;
}

const lower = (s: string): string => s.toLocaleLowerCase("de-DE");

/** Sheets (as spelled in the workbook) a formula refers to, by sheet prefix or by table name. */
export function referencedSheets(formula: string, shape: WorkbookShape): Set<string> {
  const byLower = new Map([...shape.formulas.keys()].map((s) => [lower(s), s]));
  const tables = new Map([...shape.tableSheets].map(([t, s]) => [lower(t), s]));
  const out = new Set<string>();
  outsideStrings(formula, (part) => {
    for (const m of part.matchAll(SHEET_REF)) {
      const sheet = byLower.get(lower(unquote(m[1])));
      if (sheet !== undefined) out.add(sheet);
    }
    for (const m of part.matchAll(TABLE_REF)) {
      const sheet = tables.get(lower(m[1]));
      if (sheet !== undefined) out.add(sheet);
    }
    return part;
  });
  return out;
}

/** Sheets that show #NAME? somewhere without the add-in: KI.* formulas, or references to such sheets. */
export function affectedSheets(shape: WorkbookShape): Set<string> {
  const direct = new Set<string>();
  const refersTo = new Map<string, Set<string>>();
  for (const [sheet, grid] of shape.formulas) {
    const refs = new Set<string>();
    for (const row of grid)
      for (const cell of row) {
        if (!isFormula(cell)) continue;
        if (callsKi(cell)) direct.add(sheet);
        for (const s of referencedSheets(cell, shape)) if (s !== sheet) refs.add(s);
      }
    refersTo.set(sheet, refs);
  }
  const affected = new Set(direct);
  for (let grew = true; grew;) {
    grew = false;
    for (const [sheet, refs] of refersTo) {
      if (affected.has(sheet)) continue;
      if ([...refs].some((r) => affected.has(r))) {
        affected.add(sheet);
        grew = true;
      }
    }
  }
  return affected;
}

/** The suffix that marks a fixed copy; the copy of "Plan" is "Plan (fest)". */
export const COPY_SUFFIX = " (fest)";
const MAX_SHEET_NAME = 31;

/**
 * A free name for the copy of `sheet`: "<sheet> (fest)", shortened to Excel's 31 characters, numbered
 * ("(fest 2)") when `taken` already has it.
 */
export function copyName(sheet: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(lower));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? COPY_SUFFIX : ` (fest ${n})`;
    const name = sheet.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(lower(name))) return name;
  }
}

export interface RewriteMaps {
  /** Frozen sheet -> its copy. */
  sheets: Map<string, string>;
  /** Table on a frozen sheet -> the same table in the copy. */
  tables: Map<string, string>;
}

/** The formula with references to frozen sheets and their tables pointing at the copies. */
export function rewriteReferences(formula: string, maps: RewriteMaps): string {
  const sheets = new Map([...maps.sheets].map(([a, b]) => [lower(a), b]));
  const tables = new Map([...maps.tables].map(([a, b]) => [lower(a), b]));
  return outsideStrings(formula, (part) =>
    part
      .replace(SHEET_REF, (all, token: string) => {
        const copy = sheets.get(lower(unquote(token)));
        return copy === undefined ? all : `${quoteSheet(copy)}!`;
      })
      .replace(TABLE_REF, (all, table: string) => tables.get(lower(table)) ?? all),
  );
}

/** Errors that mean the KI.* functions have not calculated here: fixing them would fix nothing. */
export const NOT_CALCULATED = ["#NAME?", "#BUSY!", "#GETTING_DATA", "#CALC!"];

export interface CellPlan {
  /** What to write through Range.formulas. */
  content: string | number | boolean;
  kind: "ki" | "user" | "rewritten" | "valueOfAffected" | "constant";
}

/**
 * A shown value as formula-bar content that Excel keeps as it is: text gets a leading apostrophe
 * (Excel's text prefix) unless the cell is formatted as text, so "05358" stays text and "=x" or
 * "-" never turn into formulas.
 */
export function asConstant(value: unknown, numberFormat: unknown): string | number | boolean {
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = value === null || value === undefined ? "" : String(value);
  if (text === "" || numberFormat === "@" || text.startsWith("#")) return text;
  return `'${text}`;
}

/**
 * One cell of the copy. `formula` and `value` are what the original cell holds and shows; `affected`
 * the affected sheets; `maps` the copies made in this run; `sheet` the sheet being copied.
 */
export function planCell(
  formula: unknown,
  value: unknown,
  numberFormat: unknown,
  sheet: string,
  shape: WorkbookShape,
  affected: ReadonlySet<string>,
  maps: RewriteMaps,
): CellPlan {
  if (!isFormula(formula)) {
    // Constants, and the cells a spill fills (they hold no formula of their own): the shown value.
    return { content: asConstant(value, numberFormat), kind: "constant" };
  }
  if (callsKi(formula)) return { content: asConstant(value, numberFormat), kind: "ki" };
  const others = [...referencedSheets(formula, shape)].filter((s) => s !== sheet);
  if (others.some((s) => affected.has(s) && !maps.sheets.has(s))) {
    return { content: asConstant(value, numberFormat), kind: "valueOfAffected" };
  }
  const rewritten = rewriteReferences(formula, maps);
  return rewritten === formula
    ? { content: formula, kind: "user" }
    : { content: rewritten, kind: "rewritten" };
}
