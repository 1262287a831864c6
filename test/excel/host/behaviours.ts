/**
 * What Excel does to what an add-in writes, as a table of behaviours the host applies. Each row names
 * the Microsoft document or office-js issue it is taken from; where Microsoft is silent, the row says
 * "not documented" and the host applies the strictest reading (so the add-in must be safe either way).
 * Nothing here is taken from src/: these are statements about Excel, written from the sources.
 */
import type { WorkbookData, SheetData, Scalar } from "./workbook";

export interface Behaviour {
  id: string;
  what: string;
  source: string;
  /** "documented" = stated by the source; "not documented" = the host's strict reading. */
  status: "documented" | "not documented";
}

export const BEHAVIOURS: readonly Behaviour[] = [
  {
    id: "values-formula-prefix",
    what: "A string written through Range.values that starts with =, + or - is taken as a formula.",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member",
    status: "documented",
  },
  {
    id: "values-conversion",
    what:
      "A string written through Range.values into a cell not formatted as text is converted when it reads as a " +
      "number, date or boolean. Which locale applies is not documented: the host converts what en-US or the " +
      "user's German locale would read (170.000, 1,5, 01.02., TRUE, WAHR).",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member",
    status: "not documented",
  },
  {
    id: "text-format-keeps-text",
    what: "A cell formatted as text (number format @) keeps what is entered exactly as text.",
    source:
      "https://support.microsoft.com/office/format-numbers-as-text-583160db-17b1-4da7-a72f-1d3c8f4f2b60",
    status: "documented",
  },
  {
    id: "calculated-column-fill",
    what:
      "With Excel's default AutoCorrect option, a formula entered into a table column whose other body cells " +
      "are empty is filled into the whole column (a calculated column); office-js#2093 and #5909 show it for " +
      "formulas written by add-ins.",
    source:
      "https://support.microsoft.com/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8; " +
      "https://github.com/OfficeDev/office-js/issues/2093; https://github.com/OfficeDev/office-js/issues/5909",
    status: "documented",
  },
  {
    id: "calculated-column-new-rows",
    what:
      "Rows added to a table get a calculated column's formula in their empty cells; rows.add into a cleared " +
      "table replaced the written values with the bottom formula.",
    source:
      "https://support.microsoft.com/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8; " +
      "https://github.com/OfficeDev/office-js/issues/6745",
    status: "documented",
  },
  {
    id: "table-auto-expand",
    what:
      "Values written into the row directly below a table (no totals row) make the table grow by that row; " +
      "Microsoft recommends this over TableRowCollection.add in coauthored workbooks.",
    source: "https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins",
    status: "documented",
  },
  {
    id: "insert-delete-conflict",
    what:
      "An insert that would shift cells of another table fails with InsertDeleteConflict; so do rows.add and " +
      "deleteRows on a table with a filter applied.",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-deleterows-member(1)",
    status: "documented",
  },
  {
    id: "filter-hidden-rows",
    what: "Writing several rows across rows hidden by a filter puts data into the wrong rows (office-js#224): the host refuses it.",
    source: "https://github.com/OfficeDev/office-js/issues/224",
    status: "documented",
  },
  {
    id: "sheet-protection",
    what: "Writing cells, formats or tables on a protected sheet fails with AccessDenied.",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.errorcodes",
    status: "documented",
  },
  {
    id: "settings-per-addin",
    what:
      "workbook.settings belong to the file and to the add-in's Id: another manifest Id sees none of them. " +
      "Custom XML parts stay with the file whatever the Id.",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.settingcollection; " +
      "https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection",
    status: "documented",
  },
  {
    id: "structured-reference-canonical",
    what:
      "Formulas come back in Excel's own form: [@[Jahr]] as [@Jahr], T[[#All],[A]:[Z]] over all of T's " +
      "columns as T[#All]. Microsoft documents the forms, not the rewriting: the host rewrites as observed.",
    source:
      "https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e",
    status: "not documented",
  },
  {
    id: "table-rename-references",
    what: "Renaming a table rewrites every structured reference to it in the workbook.",
    source:
      "https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e",
    status: "documented",
  },
  {
    id: "this-row-outside-table",
    what: "A formula with a reference to 'this row' ([@…]) outside a table is invalid; the write fails.",
    source:
      "https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e",
    status: "documented",
  },
  {
    id: "worksheet-copy",
    what:
      "Worksheet.copy (ExcelApi 1.7) copies a sheet with its cells, formats, tables and charts; the copy is " +
      "named like Excel's own copy (\"Plan (2)\"), its tables get new names, and the copy's formulas that " +
      "referred to those tables refer to the copies. The names Excel picks are not documented: the add-in " +
      "reads them after copying instead of assuming them.",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1)",
    status: "not documented",
  },
  {
    id: "apostrophe-text-prefix",
    what:
      'A leading apostrophe makes the rest of the entry text ("\'05358" stays the text 05358); the ' +
      "apostrophe is not part of the value.",
    source:
      "https://support.microsoft.com/office/format-numbers-as-text-583160db-17b1-4da7-a72f-1d3c8f4f2b60",
    status: "documented",
  },
  {
    id: "batch-not-transaction",
    what: "A request that fails in the middle keeps the writes before the failing one.",
    source: "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling",
    status: "documented",
  },
];

/** Switches for behaviours that depend on a user's options (AutoCorrect). On by default, as in Excel. */
export interface BehaviourOptions {
  calculatedColumns: boolean;
  autoExpandTables: boolean;
}

export const DEFAULT_OPTIONS: BehaviourOptions = { calculatedColumns: true, autoExpandTables: true };

/** A number as en-US reads it: comma groups, dot decimal, optional %. */
function parseEnUs(text: string): number | null {
  const m = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(%?)$/.exec(text);
  if (m === null) return null;
  const n = Number(m[1] + m[2].replace(/,/g, ""));
  return m[3] === "%" ? n / 100 : n;
}

/** A number as German reads it: dot groups, comma decimal, optional %. */
function parseDeDe(text: string): number | null {
  const m = /^([+-]?)((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d*)?|,\d+)(\s?%?)$/.exec(text);
  if (m === null) return null;
  const n = Number(m[1] + m[2].replace(/\./g, "").replace(",", "."));
  return m[3].trim() === "%" ? n / 100 : n;
}

/** Serial of a German day.month.[year] date (a missing year: the current one). */
function parseGermanDate(text: string): number | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})?$/.exec(text);
  if (m === null) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year =
    m[3] === undefined ? new Date().getUTCFullYear() : Number(m[3].length === 2 ? `20${m[3]}` : m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** What a cell holds after `value` is written through `values` (or `formulas`) into a cell with `format`. */
export function writtenContent(value: unknown, format: string): { value: Scalar; formula?: string } {
  if (value === null || value === undefined)
    throw new Error("host: null in a written array means 'unchanged'");
  if (typeof value === "number" || typeof value === "boolean") return { value };
  if (typeof value !== "string") throw new Error(`host: cannot write ${typeof value}`);
  if (format === "@") return { value }; // text-format-keeps-text
  if (value.startsWith("'")) return { value: value.slice(1) }; // apostrophe-text-prefix
  if (/^[=+-]/.test(value) && value.length > 1) {
    // values-formula-prefix: "+A" and "-A" become the formulas =+A, =-A.
    return { value: "", formula: value.startsWith("=") ? value : `=${value}` };
  }
  const t = value.trim();
  if (/^(true|wahr)$/i.test(t)) return { value: true }; // values-conversion
  if (/^(false|falsch)$/i.test(t)) return { value: false };
  const n = parseEnUs(t) ?? parseDeDe(t) ?? parseGermanDate(t);
  return n === null ? { value } : { value: n };
}

/** Applies `f` to the parts of a formula outside string literals. */
export function outsideLiterals(formula: string, f: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

const SIMPLE_COLUMN = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** structured-reference-canonical */
export function canonicalFormula(formula: string, book: WorkbookData): string {
  return outsideLiterals(formula, (part) =>
    part
      .replace(/\[@\[([^[\]'#@]+)\]\]/g, (all, name: string) =>
        SIMPLE_COLUMN.test(name) ? `[@${name}]` : all,
      )
      .replace(
        /([\p{L}_\\][\p{L}\p{N}_.]*)\[\[#All\],\[([^[\]]+)\]:\[([^[\]]+)\]\]/giu,
        (all, table: string, a: string, b: string) => {
          const headers = book
            .table(table)
            ?.headers()
            .map((h) => h.toLowerCase());
          if (headers === undefined) return all;
          const full = headers[0] === a.toLowerCase() && headers[headers.length - 1] === b.toLowerCase();
          return full ? `${table}[#All]` : all;
        },
      ),
  );
}

/** table-rename-references */
export function renameInFormula(formula: string, from: string, to: string): string {
  const escaped = from.replace(/[.\\]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.\\\\])${escaped}(?=\\[)`, "giu");
  return outsideLiterals(formula, (part) => part.replace(pattern, to));
}

/** this-row-outside-table */
export function refersToThisRow(formula: string): boolean {
  return formula.split(/("(?:[^"]|"")*")/).some((part, i) => i % 2 === 0 && /\[@|\[#This Row\]/i.test(part));
}

/** sheet-protection */
export function checkWritable(book: WorkbookData, sheet: SheetData): void {
  if (book.protectedSheets.has(sheet.name)) {
    throw new HostError("AccessDenied", `The sheet ${sheet.name} is protected.`);
  }
}

/** An error as Excel reports it (code from Excel.ErrorCodes). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
