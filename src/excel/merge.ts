/**
 * Pure planning of an update of an add-in table (no Office). Given the table as it is in the workbook,
 * what the add-in wrote last time (its memory) and what it wants now, decide which cells to write,
 * which columns and rows to add, and where the user's edits stand in the way.
 *
 * The rules (issue 5: nothing the user wrote is lost):
 * - Rows are identified by the key column, columns by header text (trimmed, case-insensitive, as Excel
 *   compares table headers), so the user may sort, reorder, insert.
 * - Existing columns the add-in does not want are the user's: never written. Same for rows whose key
 *   the add-in does not want, rows without a key, and second occurrences of a key.
 * - Rows and columns are never deleted (a user's note or format could sit on them).
 * - A cell of an add-in column in an add-in row is a *user edit* when its content differs from what
 *   the add-in remembers writing there, or, with nothing remembered, when it is non-empty. A user edit
 *   the add-in would change is a conflict: the caller asks, and a declined conflict keeps the user's
 *   value. A conflict declined before for the same new value is kept without asking again.
 * - Only cells whose content changes are written.
 * - Formulas are remembered as Excel gives them back, which need not be as written (Excel shortens
 *   structured references: `[@[Jahr]]` -> `[@Jahr]`, and rewrites table names on a rename). The
 *   caller reads written formula cells back (learnFormulas); `formulas` maps each formula as written
 *   to Excel's form, so an unchanged formula is recognised as unchanged next time.
 */

/** A value as the add-in writes it; null = empty cell. Formula columns hold the formula text. */
export type CellValue = string | number | boolean | null;

export interface ColumnSpec {
  /** German header text. */
  header: string;
  /** Office.js number format (invariant codes) for cells the add-in creates; "@" = text. */
  numberFormat?: string;
  /** Cells hold formulas: compared and written as formulas. */
  formula?: boolean;
}

export interface DesiredRow {
  key: string;
  /** Aligned with DesiredTable.columns; the key column's cell must equal `key`. */
  cells: CellValue[];
  /** Per-cell number formats for cells the add-in creates (else the column's); aligned with columns. */
  formats?: (string | undefined)[];
}

export interface DesiredTable {
  columns: ColumnSpec[];
  /** Header of the key column (one of `columns`). */
  keyColumn: string;
  rows: DesiredRow[];
  /** Maps a key cell's content to the key it stands for (e.g. number 5358 -> "05358"). */
  normalizeKey?: (value: unknown) => string;
}

/** The table as read in one sync: header row, body values and body formulas (same shape). */
export interface ExistingTable {
  headers: unknown[];
  values: unknown[][];
  formulas: unknown[][];
}

/** What the add-in last wrote into one table (stored as JSON in the workbook). */
export interface TableMemory {
  /** Headers the arrays in `rows` are aligned with. */
  columns: string[];
  /** Row key -> last value written per column (null where nothing was remembered). */
  rows: Record<string, CellValue[]>;
  /** Row key -> header -> new value the user declined to have written over their edit. */
  declined: Record<string, Record<string, CellValue>>;
  /** ISO timestamp of the write. */
  writtenAt: string;
  /** Formula text as the add-in writes it -> as Excel gave it back (only where they differ). */
  formulas?: Record<string, string>;
}

export interface PlannedWrite {
  /** Body row index in the existing table. */
  row: number;
  /** Column index in `finalHeaders`. */
  column: number;
  value: CellValue;
  formula: boolean;
}

export interface PlannedConflict extends PlannedWrite {
  key: string;
  header: string;
  /** The cell's content now (formula text if it holds a formula). */
  userValue: unknown;
}

export interface MergePlan {
  /** Existing headers (as read), then the add-in columns to append. */
  finalHeaders: string[];
  /** Index in finalHeaders of the first appended column (= number of existing columns). */
  firstNewColumn: number;
  /** Per appended column: one value per existing body row (null for rows the add-in does not own). */
  newColumnValues: CellValue[][];
  /** Cells of existing rows to change without asking. */
  writes: PlannedWrite[];
  /** Cells of existing rows where a user edit stands in the way: ask. */
  conflicts: PlannedConflict[];
  /** Conflicts the user declined before for the same new value: kept without asking. */
  keptWithoutAsking: PlannedConflict[];
  /**
   * User edits (or, without memory, non-empty cells) that happen to equal the new value: nothing to
   * write, but the cell stays the user's (should the add-in's value move on, the user is asked), so
   * the old memory is kept for them.
   */
  coincidingEdits: { key: string; header: string }[];
  /** Rows to append, full width in finalHeaders order. */
  appendRows: CellValue[][];
  appendKeys: string[];
  /** Body rows of the existing table the add-in does not own. */
  userRows: number;
  /** Existing columns the add-in does not own. */
  userColumns: number;
  /** Per finalHeaders index: the add-in column spec, or null for a user column. */
  columnSpecs: (ColumnSpec | null)[];
  /** Body row index -> key for rows the add-in owns. */
  ownedRows: Map<number, string>;
}

export interface MergeOutcome {
  /** All cell writes into existing rows: the plan's writes plus accepted conflicts. */
  writes: PlannedWrite[];
  memory: TableMemory;
  /** Body rows (existing) plus appended rows in which something is written. */
  rowsWritten: number;
  userEditsKept: number;
  userEditsOverwritten: number;
  /** Cells of add-in rows left to the user (declined, kept or coinciding edits). */
  kept: { key: string; header: string }[];
}

export class MergeError extends Error {
  constructor(
    readonly kind: "key_column_missing" | "duplicate_desired_key",
    message: string,
  ) {
    super(message);
    this.name = "MergeError";
    Object.setPrototypeOf(this, MergeError.prototype);
  }
}

/** Header comparison as Excel does it for table columns. */
export function headerId(value: unknown): string {
  return String(value ?? "")
    .trim()
    .toLocaleLowerCase("de-DE");
}

function defaultKey(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** Empty cell: Excel reports "" for empty cells; the add-in writes null. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** What a cell holds: its formula when it has one, else its value. */
export function cellContent(value: unknown, formula: unknown): unknown {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  return isEmpty(value) ? null : value;
}

const SIMPLE_COLUMN = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Formulas as Excel may give them back: spacing and case of names can differ, and a this-row
 * reference to a simple column name loses its inner brackets (`[@[Jahr]]` is `[@Jahr]`). Other
 * rewrites are learnt from reading written formulas back (TableMemory.formulas).
 */
function normalizeFormula(text: string): string {
  return text
    .replace(/\[@\[([^[\]'#@]+)\]\]/g, (all, name: string) => (SIMPLE_COLUMN.test(name) ? `[@${name}]` : all))
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** The formula as Excel is known to give it back, for a value the add-in writes. */
function asExcelGivesIt(memory: TableMemory | null, value: CellValue): CellValue {
  if (typeof value !== "string" || !value.startsWith("=")) return value;
  return memory?.formulas?.[value] ?? value;
}

/** Same content in the sense "nothing to write": tolerant of float noise, spacing in formulas. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (isEmpty(a) || isEmpty(b)) return false;
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (typeof a === "string" && typeof b === "string") {
    if (a.startsWith("=") && b.startsWith("=")) return normalizeFormula(a) === normalizeFormula(b);
    return a === b;
  }
  return a === b;
}

export function emptyMemory(): TableMemory {
  return { columns: [], rows: {}, declined: {}, writtenAt: "" };
}

/** Plans the update. Throws MergeError when the existing table lost its key column. */
export function planMerge(
  existing: ExistingTable | null,
  memory: TableMemory | null,
  desired: DesiredTable,
): MergePlan {
  const keyOf = desired.normalizeKey ?? defaultKey;
  const desiredIds = desired.columns.map((c) => headerId(c.header));
  const keyIndexDesired = desiredIds.indexOf(headerId(desired.keyColumn));
  if (keyIndexDesired < 0) throw new Error(`key column ${desired.keyColumn} is not among the columns`);
  const seenKeys = new Set<string>();
  for (const row of desired.rows) {
    if (seenKeys.has(row.key))
      throw new MergeError("duplicate_desired_key", `Schlüssel '${row.key}' doppelt.`);
    seenKeys.add(row.key);
  }

  const existingHeaders = existing === null ? [] : existing.headers.map((h) => String(h ?? "").trim());
  const existingIds = existingHeaders.map(headerId);
  const bodyRows = existing === null ? 0 : existing.values.length;

  // Map desired columns onto existing ones; the rest are appended in desired order.
  const finalHeaders = [...existingHeaders];
  const columnSpecs: (ColumnSpec | null)[] = existingHeaders.map(() => null);
  const finalIndexOfDesired: number[] = [];
  desired.columns.forEach((spec, i) => {
    const at = existingIds.indexOf(desiredIds[i]);
    if (at >= 0) {
      columnSpecs[at] = spec;
      finalIndexOfDesired.push(at);
    } else {
      finalIndexOfDesired.push(finalHeaders.length);
      finalHeaders.push(spec.header);
      columnSpecs.push(spec);
    }
  });
  const firstNewColumn = existingHeaders.length;
  const keyColumnFinal = finalIndexOfDesired[keyIndexDesired];
  if (existing !== null && bodyRows > 0 && keyColumnFinal >= firstNewColumn) {
    throw new MergeError(
      "key_column_missing",
      `Die Tabelle hat keine Spalte „${desired.keyColumn}“ mehr; ohne sie lassen sich die Zeilen nicht zuordnen.`,
    );
  }

  // Existing rows by key: the first occurrence of a wanted key is the add-in's row.
  const desiredByKey = new Map(desired.rows.map((r) => [r.key, r]));
  const ownedRows = new Map<number, string>();
  const rowOfKey = new Map<string, number>();
  for (let r = 0; r < bodyRows && existing !== null; r++) {
    const key = keyOf(cellContent(existing.values[r]?.[keyColumnFinal], null));
    if (key !== "" && desiredByKey.has(key) && !rowOfKey.has(key)) {
      rowOfKey.set(key, r);
      ownedRows.set(r, key);
    }
  }

  const memoryIndex = new Map<string, number>();
  (memory?.columns ?? []).forEach((h, i) => memoryIndex.set(headerId(h), i));
  const remembered = (key: string, header: string): CellValue | undefined => {
    const at = memoryIndex.get(headerId(header));
    const row = memory?.rows[key];
    if (at === undefined || row === undefined || at >= row.length) return undefined;
    return row[at];
  };

  const newColumnValues: CellValue[][] = [];
  for (let c = firstNewColumn; c < finalHeaders.length; c++)
    newColumnValues.push(new Array(bodyRows).fill(null));

  const writes: PlannedWrite[] = [];
  const conflicts: PlannedConflict[] = [];
  const keptWithoutAsking: PlannedConflict[] = [];
  const coincidingEdits: { key: string; header: string }[] = [];

  for (const [r, key] of ownedRows) {
    const row = desiredByKey.get(key) as DesiredRow;
    desired.columns.forEach((spec, i) => {
      const c = finalIndexOfDesired[i];
      const value = row.cells[i] ?? null;
      const formula = spec.formula === true;
      if (c >= firstNewColumn) {
        newColumnValues[c - firstNewColumn][r] = value;
        return;
      }
      if (i === keyIndexDesired) return; // matched by key: the key cell already stands for it
      const current = cellContent(existing?.values[r]?.[c], existing?.formulas[r]?.[c]);
      const last = remembered(key, spec.header);
      const userEdited = last === undefined ? !isEmpty(current) : !sameContent(current, last);
      if (sameContent(current, formula ? asExcelGivesIt(memory, value) : value)) {
        if (userEdited) coincidingEdits.push({ key, header: spec.header });
        return;
      }
      const write: PlannedWrite = { row: r, column: c, value, formula };
      if (!userEdited) {
        writes.push(write);
        return;
      }
      const conflict: PlannedConflict = { ...write, key, header: spec.header, userValue: current };
      const declined = memory?.declined[key]?.[spec.header];
      if (declined !== undefined && sameContent(declined, value)) keptWithoutAsking.push(conflict);
      else conflicts.push(conflict);
    });
  }

  const appendRows: CellValue[][] = [];
  const appendKeys: string[] = [];
  for (const row of desired.rows) {
    if (rowOfKey.has(row.key)) continue;
    const full: CellValue[] = new Array(finalHeaders.length).fill(null);
    desired.columns.forEach((_, i) => (full[finalIndexOfDesired[i]] = row.cells[i] ?? null));
    appendRows.push(full);
    appendKeys.push(row.key);
  }

  return {
    finalHeaders,
    firstNewColumn,
    newColumnValues,
    writes,
    conflicts,
    keptWithoutAsking,
    coincidingEdits,
    appendRows,
    appendKeys,
    userRows: bodyRows - ownedRows.size,
    userColumns:
      existingHeaders.length -
      desired.columns.filter((_, i) => finalIndexOfDesired[i] < firstNewColumn).length,
    columnSpecs,
    ownedRows,
  };
}

/**
 * Applies the user's answer to the plan's conflicts and computes what to remember.
 * `overwrite` says per conflict whether the user agreed to write over it; the others keep the user's value.
 */
export function resolveMerge(
  plan: MergePlan,
  memory: TableMemory | null,
  desired: DesiredTable,
  overwrite: (conflict: PlannedConflict) => boolean,
  now: string,
): MergeOutcome {
  const accepted = plan.conflicts.filter((c) => overwrite(c));
  const writes = [...plan.writes, ...accepted.map(stripConflict)];
  const kept = [...plan.keptWithoutAsking, ...plan.conflicts.filter((c) => !accepted.includes(c))];

  // Remember desired columns, and also columns no longer wanted: should they come back, the add-in
  // must still tell its own old values from the user's edits.
  const desiredHeaders = desired.columns.map((c) => c.header);
  const desiredIds = new Set(desiredHeaders.map(headerId));
  const oldColumns = memory?.columns ?? [];
  const headers = [...desiredHeaders, ...oldColumns.filter((h) => !desiredIds.has(headerId(h)))];
  const oldIndex = new Map<string, number>();
  oldColumns.forEach((h, i) => oldIndex.set(headerId(h), i));
  const remap = (old: CellValue[] | undefined): CellValue[] =>
    headers.map((h) => {
      const at = oldIndex.get(headerId(h));
      return at === undefined || old === undefined ? null : (old[at] ?? null);
    });

  // Formula columns are remembered in Excel's form where it is known (see learnFormulas).
  const formulaColumn = desired.columns.map((c) => c.formula === true);
  const rows: Record<string, CellValue[]> = {};
  // Keep what is remembered for rows no longer wanted, for the same reason.
  for (const [key, old] of Object.entries(memory?.rows ?? {})) rows[key] = remap(old);
  const keptByKey = new Map<string, Set<string>>();
  for (const k of [...kept, ...plan.coincidingEdits]) {
    if (!keptByKey.has(k.key)) keptByKey.set(k.key, new Set());
    keptByKey.get(k.key)?.add(headerId(k.header));
  }
  const declined: Record<string, Record<string, CellValue>> = {};
  for (const row of desired.rows) {
    const keptHere = keptByKey.get(row.key);
    const before = rows[row.key] ?? remap(undefined);
    rows[row.key] = headers.map((h, i) => {
      if (i >= desiredHeaders.length) return before[i];
      // A kept (or coinciding) user edit: remember the old add-in value, or null where none is known,
      // so the cell still reads as the user's. (Without memory the cell is non-empty, so null differs.)
      if (keptHere?.has(headerId(h))) return before[i];
      const value = row.cells[i] ?? null;
      return formulaColumn[i] ? asExcelGivesIt(memory, value) : value;
    });
  }
  // Only the forms of formulas still wanted are kept.
  const formulas: Record<string, string> = {};
  for (const row of desired.rows) {
    row.cells.forEach((v, i) => {
      const known = formulaColumn[i] && typeof v === "string" ? memory?.formulas?.[v] : undefined;
      if (known !== undefined) formulas[v as string] = known;
    });
  }
  for (const k of kept) {
    declined[k.key] = { ...(declined[k.key] ?? {}), [k.header]: k.value };
  }

  const touched = new Set(writes.map((w) => w.row));
  plan.newColumnValues.forEach((col) => col.forEach((v, r) => v !== null && touched.add(r)));
  return {
    writes,
    memory: { columns: headers, rows, declined, writtenAt: now, formulas },
    rowsWritten: touched.size + plan.appendRows.length,
    userEditsKept: kept.length,
    userEditsOverwritten: accepted.length,
    kept: [...kept, ...plan.coincidingEdits].map((k) => ({ key: k.key, header: k.header })),
  };
}

/** True when the outcome writes at least one formula (so Excel's form of it should be read back). */
export function writesFormulas(plan: MergePlan, outcome: MergeOutcome): boolean {
  const isFormula = (v: CellValue) => typeof v === "string" && v.startsWith("=");
  const formulaColumn = (c: number) => plan.columnSpecs[c]?.formula === true;
  return (
    outcome.writes.some((w) => w.formula && isFormula(w.value)) ||
    plan.newColumnValues.some((col, k) => formulaColumn(plan.firstNewColumn + k) && col.some(isFormula)) ||
    plan.appendRows.some((r) => r.some((v, c) => formulaColumn(c) && isFormula(v)))
  );
}

/**
 * The memory after reading the table back: every formula cell of an add-in row that holds the
 * add-in's formula (not a cell left to the user) is remembered as Excel gave it back, and the form
 * is noted for the formula as written. `read` is the table after the write (header names, body).
 */
export function learnFormulas(
  outcome: MergeOutcome,
  desired: DesiredTable,
  read: ExistingTable,
): TableMemory {
  const keyOf = desired.normalizeKey ?? defaultKey;
  const ids = read.headers.map(headerId);
  const keyColumn = ids.indexOf(headerId(desired.keyColumn));
  const memory: TableMemory = {
    ...outcome.memory,
    rows: { ...outcome.memory.rows },
    formulas: { ...(outcome.memory.formulas ?? {}) },
  };
  if (keyColumn < 0) return memory;
  const rowOf = new Map<string, number>();
  read.values.forEach((r, i) => {
    const key = keyOf(cellContent(r[keyColumn], null));
    if (key !== "" && !rowOf.has(key)) rowOf.set(key, i);
  });
  const kept = new Set(outcome.kept.map((k) => `${k.key}\u0000${headerId(k.header)}`));
  const formulas = memory.formulas as Record<string, string>;
  for (const row of desired.rows) {
    const r = rowOf.get(row.key);
    if (r === undefined) continue;
    desired.columns.forEach((spec, i) => {
      const written = row.cells[i];
      if (spec.formula !== true || typeof written !== "string" || !written.startsWith("=")) return;
      if (kept.has(`${row.key}\u0000${headerId(spec.header)}`)) return;
      const c = ids.indexOf(headerId(spec.header));
      const back = c < 0 ? undefined : read.formulas[r]?.[c];
      if (typeof back !== "string" || !back.startsWith("=")) return;
      const cells = [...(memory.rows[row.key] ?? [])];
      cells[i] = back; // memory columns start with the desired columns, in order
      memory.rows[row.key] = cells;
      if (back !== written) formulas[written] = back;
    });
  }
  return memory;
}

/** Applies `f` to the parts of a formula outside string literals. */
function outsideLiterals(formula: string, f: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

/** A formula with structured references to table `from` pointing to `to`, as Excel rewrites it. */
export function renameTableInFormula(formula: string, from: string, to: string): string {
  const escaped = from.replace(/[.\\]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.\\\\])${escaped}(?=\\[)`, "giu");
  return outsideLiterals(formula, (part) => part.replace(pattern, to));
}

/**
 * The memory after Excel renamed table `from` to `to` (it rewrites the formulas that refer to it),
 * or null when nothing in it refers to `from`.
 */
export function renameTableInMemory(memory: TableMemory, from: string, to: string): TableMemory | null {
  let changed = false;
  const rename = <T>(v: T): T => {
    if (typeof v !== "string" || !v.startsWith("=")) return v;
    const out = renameTableInFormula(v, from, to);
    if (out !== v) changed = true;
    return out as T;
  };
  const rows: Record<string, CellValue[]> = {};
  for (const [key, cells] of Object.entries(memory.rows)) rows[key] = cells.map(rename);
  const declined: Record<string, Record<string, CellValue>> = {};
  for (const [key, cells] of Object.entries(memory.declined)) {
    declined[key] = Object.fromEntries(Object.entries(cells).map(([h, v]) => [h, rename(v)]));
  }
  // Both sides: the add-in writes the new name from now on, and Excel gives back the new name.
  const formulas = Object.fromEntries(
    Object.entries(memory.formulas ?? {}).map(([k, v]) => [rename(k), rename(v)]),
  );
  return changed ? { ...memory, rows, declined, formulas } : null;
}

function stripConflict(c: PlannedConflict): PlannedWrite {
  return { row: c.row, column: c.column, value: c.value, formula: c.formula };
}

/** Groups writes into vertical runs (same column, consecutive rows): one range write each. */
export function groupRuns(
  writes: readonly PlannedWrite[],
): { row: number; column: number; cells: PlannedWrite[] }[] {
  const sorted = [...writes].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { row: number; column: number; cells: PlannedWrite[] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      last.column === w.column &&
      last.row + last.cells.length === w.row &&
      last.cells[0].formula === w.formula
    ) {
      last.cells.push(w);
    } else {
      runs.push({ row: w.row, column: w.column, cells: [w] });
    }
  }
  return runs;
}
