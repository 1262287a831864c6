/**
 * The thin Office.js part of updating an add-in table inside one Excel.run:
 *   sync 1: does the sheet / table / stored memory exist (null objects);
 *   sync 2: read column names, body values and formulas, body position (only when the table exists);
 *   (ask the user about conflicts; if asked, read again: the user may have typed meanwhile)
 *   sync 3: all writes plus the new memory, in one batch;
 *   (only when formula cells were written: the writes, then reading them back as Excel gives them,
 *   then the memory in a last batch, so the memory holds Excel's form of the formulas.)
 * A batch that fails midway keeps what ran before the failure (Office.js batches are not
 * transactions), so what can be checked is checked in the reads (a table name taken by a defined
 * name, a filter), and the memory is queued right after the cell writes, before the decorations
 * (formats, sorting, chart): should one of those fail, the written cells are still known as the
 * add-in's.
 * The planning itself is pure (merge.ts). Nothing is queued for writing before the last
 * cancellation check, so a cancelled action leaves the workbook as it was.
 */
import { supportsExcelApi } from "./capabilities";
import {
  headerId,
  learnFormulas,
  planMerge,
  resolveMerge,
  groupRuns,
  sameContent,
  writesFormulas,
  MergeError,
} from "./merge";
import type {
  CellValue,
  ColumnSpec,
  DesiredTable,
  ExistingTable,
  MergePlan,
  PlannedConflict,
  TableMemory,
} from "./merge";
import { cellAddress } from "./naming";
import { fillRepairs } from "./repair";
import { DAMAGED_PREFIX, parseTableMemory, serializeTableMemory, tableStateKey } from "./state";
import { ExcelActionError } from "./types";
import type { ActionNotice, ActionOptions, ActionResult, CellConflict } from "./types";

export const TABLE_STYLE = "TableStyleMedium2";

/**
 * Where the add-in's table sits after the write, for decorations (formats, charts). Positions are
 * those of the data body (as Excel reports it), so a hidden header row or a totals row does not
 * shift them.
 */
export interface TableLayout {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  /** 0-based sheet row of the first body row. */
  bodyTop: number;
  /** 0-based sheet column of the table's first column. */
  left: number;
  headers: string[];
  /** Body rows after the write. */
  bodyRows: number;
  created: boolean;
}

export interface OwnedTableSpec {
  sheet: string;
  table: string;
  /** Queue extra loads for sync 1 (e.g. the list of tables); called once per read. */
  loadExtra?: (context: Excel.RequestContext) => void;
  /** Queue extra loads for sync 2 when the sheet exists (e.g. its charts). */
  loadExtraWithSheet?: (sheet: Excel.Worksheet) => void;
  /** Builds what the add-in wants; called after sync 1 (may use what loadExtra loaded). */
  desired: () => DesiredTable;
  /** Decorations for a newly created table (conditional formats). */
  decorateNew?: (layout: TableLayout) => void;
  /** Queued after all writes, every time (sorting, chart). */
  afterWrite?: (layout: TableLayout) => void;
  /** Column widths in points for wide text columns of a new table (others are autofitted). */
  widths?: Record<string, number>;
}

/** Throws ExcelActionError("abgebrochen") when the caller cancelled. */
export function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new ExcelActionError("abgebrochen", "Abgebrochen. In der Arbeitsmappe wurde nichts geändert.");
  }
}

interface ReadResult {
  sheet: Excel.Worksheet | null;
  table: Excel.Table | null;
  sheetName: string;
  existing: ExistingTable | null;
  /** 0-based sheet row of the first body row (of the table to be created, when there is none). */
  bodyTop: number;
  left: number;
  memory: TableMemory | null;
  notices: ActionNotice[];
  damagedText: string | null;
  desired: DesiredTable;
}

async function readTable(context: Excel.RequestContext, spec: OwnedTableSpec): Promise<ReadResult> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(spec.sheet);
  sheet.load("name");
  const table = context.workbook.tables.getItemOrNullObject(spec.table);
  table.load("name");
  const setting = context.workbook.settings.getItemOrNullObject(tableStateKey(spec.table));
  setting.load("value");
  const names = context.workbook.names.load("items/name");
  spec.loadExtra?.(context);
  await context.sync();

  const hasTable = !table.isNullObject;
  const hasSheet = !sheet.isNullObject;
  // Tables and defined names share one namespace: naming the new table would fail half-way through
  // the write batch (after the sheet and its cells were written).
  const taken = hasTable
    ? undefined
    : names.items.find((n) => n.name.toLowerCase() === spec.table.toLowerCase());
  if (taken !== undefined) {
    throw new ExcelActionError(
      "name_vergeben",
      `Der Name „${taken.name}“ ist in dieser Arbeitsmappe schon vergeben (Formeln > Namens-Manager), ` +
        `daher kann die Tabelle ${spec.table} nicht angelegt werden. Bitte benennen Sie den Namen um ` +
        `oder löschen Sie ihn und versuchen Sie es noch einmal. Es wurde nichts geändert.`,
      { table: spec.table, name: taken.name, reason: "name_vergeben" },
    );
  }
  let columns: Excel.TableColumnCollection | null = null;
  let body: Excel.Range | null = null;
  let used: Excel.Range | null = null;
  let tableSheet: Excel.Worksheet | null = null;
  let autoFilter: Excel.AutoFilter | null = null;
  if (hasTable) {
    // Headers by column name and positions from the data body: right also when the user hid the
    // header row or shows a totals row (the whole table range then starts or ends elsewhere).
    columns = table.columns.load("items/name");
    body = table.getDataBodyRange().load("values,formulas,rowIndex,columnIndex,rowHidden");
    // Table.autoFilter (ExcelApi 1.9) says exactly whether a filter hides rows; below 1.9 hidden rows
    // are the sign (rowHidden, ExcelApi 1.2), which also catches rows the user hid by hand.
    if (supportsExcelApi("tableAutoFilter")) autoFilter = table.autoFilter.load("isDataFiltered");
    tableSheet = table.worksheet.load("name");
    spec.loadExtraWithSheet?.(tableSheet);
  } else if (hasSheet) {
    used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    spec.loadExtraWithSheet?.(sheet);
  }
  if (hasTable || hasSheet) await context.sync();

  const loaded = parseTableMemory(spec.table, setting.isNullObject ? null : setting.value);
  const notices = [...loaded.notices];
  let existing: ExistingTable | null = null;
  let bodyTop = 1;
  let left = 0;
  if (hasTable && columns !== null && body !== null) {
    // rowHidden: false = no row hidden, true = all, null = some. Writing into a filtered table puts
    // values into the wrong rows and rows.add fails; clearing the user's filter silently is no option.
    const filtered = autoFilter !== null ? autoFilter.isDataFiltered : body.rowHidden !== false;
    if (filtered) {
      throw filteredTableError(spec.table, tableSheet?.name ?? spec.sheet);
    }
    bodyTop = body.rowIndex;
    left = body.columnIndex;
    existing = { headers: columns.items.map((c) => c.name), values: body.values, formulas: body.formulas };
  } else if (used !== null && !used.isNullObject) {
    // The sheet exists without the table (renamed or deleted by the user): place a new one below,
    // after one blank row.
    bodyTop = used.rowIndex + used.rowCount + 2;
    notices.push({
      code: "tabelle_neu_angelegt",
      message: `Die Tabelle ${spec.table} wurde auf dem Blatt „${spec.sheet}“ nicht gefunden; sie wird unter dem vorhandenen Inhalt neu angelegt.`,
    });
  }
  return {
    sheet: hasTable ? tableSheet : hasSheet ? sheet : null,
    table: hasTable ? table : null,
    sheetName: hasTable && tableSheet !== null ? tableSheet.name : spec.sheet,
    existing,
    bodyTop,
    left,
    memory: loaded.memory,
    notices,
    damagedText: loaded.damaged && typeof setting.value === "string" ? setting.value : null,
    desired: spec.desired(),
  };
}

function plan(spec: OwnedTableSpec, read: ReadResult): MergePlan {
  try {
    return planMerge(read.existing, read.memory, read.desired);
  } catch (error) {
    if (error instanceof MergeError) {
      throw new ExcelActionError("tabelle_beschaedigt", `Tabelle ${spec.table}: ${error.message}`, {
        table: spec.table,
        sheet: read.sheetName,
      });
    }
    throw error;
  }
}

function toConflict(read: ReadResult, c: PlannedConflict): CellConflict {
  return {
    sheet: read.sheetName,
    address: cellAddress(read.bodyTop + c.row, read.left + c.column),
    column: c.header,
    rowKey: c.key,
    userValue: c.userValue,
    newValue: c.value,
  };
}

/** Office.js reads null in a written array as "leave unchanged": an empty cell must be "". */
function cell(value: CellValue): string | number | boolean {
  return value === null ? "" : value;
}

function formatOf(desired: DesiredTable, key: string | undefined, spec: ColumnSpec): string {
  const i = desired.columns.indexOf(spec);
  const row = key === undefined ? undefined : desired.rows.find((r) => r.key === key);
  return row?.formats?.[i] ?? spec.numberFormat ?? "General";
}

/** Writes a vertical run: number format first where it is text (so "05358" stays text), then content. */
function writeColumn(
  range: Excel.Range,
  spec: ColumnSpec,
  values: CellValue[],
  formats: string[] | null,
  onlyTextFormat: boolean,
): void {
  if (formats !== null) {
    if (!onlyTextFormat) range.numberFormat = formats.map((f) => [f]);
    else if (spec.numberFormat === "@") range.numberFormat = values.map(() => ["@"]);
  }
  const column = values.map((v) => [cell(v)]);
  if (spec.formula === true) range.formulas = column;
  else range.values = column;
}

/** `rows` cells of one column of a data body range, from body row `row` down. */
function bodyRun(body: Excel.Range, row: number, column: number, rows: number): Excel.Range {
  const first = body.getCell(row, column);
  return rows > 1 ? first.getResizedRange(rows - 1, 0) : first;
}

/**
 * Updates (or creates) one add-in table. Must run inside the caller's Excel.run; makes 2 syncs for a
 * new sheet, 3 for an existing table, 5 when the user was asked about conflicts; one more in each
 * case when formula cells are written (reading them back).
 */
export async function updateOwnedTable(
  context: Excel.RequestContext,
  spec: OwnedTableSpec,
  options: ActionOptions,
): Promise<ActionResult> {
  const total = 4;
  checkCancelled(options.signal);
  let read = await readTable(context, spec);
  let current = plan(spec, read);
  options.onProgress?.(1, total);
  checkCancelled(options.signal);

  let overwrite: (c: PlannedConflict) => boolean = () => false;
  if (current.conflicts.length > 0 && options.confirmOverwrite !== undefined) {
    const asked = current.conflicts;
    const yes = await options.confirmOverwrite(asked.map((c) => toConflict(read, c)));
    checkCancelled(options.signal);
    // The user may have typed while the question was open: read again and overwrite only cells that
    // still hold what the user was shown.
    read = await readTable(context, spec);
    current = plan(spec, read);
    overwrite = (c) =>
      yes &&
      asked.some(
        (a) =>
          a.key === c.key &&
          headerId(a.header) === headerId(c.header) &&
          sameContent(a.userValue, c.userValue),
      );
  }
  options.onProgress?.(2, total);
  checkCancelled(options.signal);
  const now = new Date().toISOString();
  const outcome = resolveMerge(current, read.memory, read.desired, overwrite, now);
  options.onProgress?.(3, total);
  checkCancelled(options.signal);

  // ---- From here on only queued writes, no awaits until the write sync. ----
  const desired = read.desired;
  const keyAt = new Map(current.ownedRows);
  let layout: TableLayout;
  const created = read.table === null;
  const newSheet = read.sheet === null;
  if (read.table === null) {
    layout = createTable(context, spec, read, current);
  } else {
    const table = read.table;
    const sheet = read.sheet as Excel.Worksheet;
    const bodyRows = read.existing?.values.length ?? 0;
    // New add-in columns: appended at the right end of the table.
    current.newColumnValues.forEach((values, k) => {
      const c = current.firstNewColumn + k;
      const colSpec = current.columnSpecs[c] as ColumnSpec;
      const column = table.columns.add(undefined, undefined, colSpec.header);
      const formats = values.map((_, r) => formatOf(desired, keyAt.get(r), colSpec));
      writeColumn(column.getDataBodyRange(), colSpec, values, formats, false);
    });
    // Changed cells of existing rows, in vertical runs, addressed within the data body.
    const body = table.getDataBodyRange();
    for (const run of groupRuns(outcome.writes)) {
      const colSpec = current.columnSpecs[run.column] as ColumnSpec;
      const range = bodyRun(body, run.row, run.column, run.cells.length);
      writeColumn(
        range,
        colSpec,
        run.cells.map((w) => w.value),
        run.cells.map(() => "@"),
        true,
      );
    }
    // New rows: insert blank rows (after the body, above a totals row), then format and fill the
    // add-in columns through the body as it is after the insert.
    if (current.appendRows.length > 0) {
      table.rows.add(
        undefined,
        current.appendRows.map((r) => r.map(() => "")),
      );
      const grown = table.getDataBodyRange();
      current.columnSpecs.forEach((colSpec, c) => {
        if (colSpec === null) return;
        const range = bodyRun(grown, bodyRows, c, current.appendRows.length);
        writeColumn(
          range,
          colSpec,
          current.appendRows.map((r) => r[c]),
          current.appendKeys.map((key) => formatOf(desired, key, colSpec)),
          false,
        );
      });
    }
    layout = {
      sheet,
      table,
      bodyTop: read.bodyTop,
      left: read.left,
      headers: current.finalHeaders,
      bodyRows: bodyRows + current.appendRows.length,
      created: false,
    };
  }
  // Excel gives formulas back in its own form (`[@[Jahr]]` as `[@Jahr]`, …): read written formula
  // cells back and remember that form, else they would all look like user edits next time.
  // The same read shows what Excel's calculated-column fill did to cells the add-in does not own:
  // those are put back in the last batch (repair.ts).
  let memory = outcome.memory;
  if (writesFormulas(current, outcome)) {
    const columns = layout.table.columns.load("items/name");
    const back = layout.table.getDataBodyRange().load("values,formulas");
    await context.sync();
    const after = { headers: columns.items.map((c) => c.name), values: back.values, formulas: back.formulas };
    memory = learnFormulas(outcome, desired, after);
    const body = layout.table.getDataBodyRange();
    for (const repair of fillRepairs(current, outcome, read.existing, after)) {
      const target = body.getCell(repair.row, repair.column);
      const content = repair.content;
      if (typeof content === "string" && content.startsWith("=")) target.formulas = [[content]];
      else target.values = [[cell(content)]];
    }
  }
  const settings = context.workbook.settings;
  if (read.damagedText !== null) settings.add(DAMAGED_PREFIX + spec.table, read.damagedText);
  settings.add(tableStateKey(spec.table), serializeTableMemory(memory));
  // Decorations last: a failure here leaves cells and memory in step.
  if (created) decorateCreated(spec, layout, newSheet);
  spec.afterWrite?.(layout);
  await context.sync();
  options.onProgress?.(4, total);

  const notices = [...read.notices];
  if (current.keptWithoutAsking.length > 0) {
    notices.push({
      code: "konflikt_frueher_abgelehnt",
      message: `${current.keptWithoutAsking.length} Ihrer Eingaben wurden wie beim letzten Mal beibehalten, ohne erneut zu fragen.`,
    });
  }
  return {
    sheet: read.sheetName,
    table: spec.table,
    rowsWritten: outcome.rowsWritten,
    userEditsKept: outcome.userEditsKept,
    userEditsOverwritten: outcome.userEditsOverwritten,
    userRowsKept: current.userRows,
    userColumnsKept: current.userColumns,
    notices,
  };
}

function createTable(
  context: Excel.RequestContext,
  spec: OwnedTableSpec,
  read: ReadResult,
  current: MergePlan,
): TableLayout {
  const sheet = read.sheet ?? context.workbook.worksheets.add(spec.sheet);
  const headers = current.finalHeaders;
  const n = current.appendRows.length;
  const top = read.bodyTop - 1;
  const left = read.left;
  // The table first (header and blank rows), then the body: a formula with a structured reference
  // to its own row ([@Jahr]) is only valid inside a table; outside one Excel rejects the batch.
  // Headers are text: a scenario named "-A", "TRUE" or "01.02." would otherwise become a formula, a
  // boolean or a date (Excel converts strings written through values; see docs/Excel-Verhalten.md).
  const headerRow = sheet.getRangeByIndexes(top, left, 1, headers.length);
  headerRow.numberFormat = [headers.map(() => "@")];
  headerRow.values = [headers];
  const table = sheet.tables.add(
    sheet.getRangeByIndexes(top, left, 1 + Math.max(n, 1), headers.length),
    true,
  );
  table.name = spec.table;
  table.style = TABLE_STYLE;
  const body = table.getDataBodyRange();
  current.columnSpecs.forEach((colSpec, c) => {
    if (colSpec === null || n === 0) return;
    writeColumn(
      bodyRun(body, 0, c, n),
      colSpec,
      current.appendRows.map((r) => r[c]),
      current.appendKeys.map((key) => formatOf(read.desired, key, colSpec)),
      false,
    );
  });
  const layout: TableLayout = {
    sheet,
    table,
    bodyTop: top + 1,
    left,
    headers,
    bodyRows: Math.max(n, 1),
    created: true,
  };
  return layout;
}

/** Column widths, frozen header, the spec's decorations of a table just created. */
function decorateCreated(spec: OwnedTableSpec, layout: TableLayout, newSheet: boolean): void {
  const { sheet, left, headers } = layout;
  const top = layout.bodyTop - 1;
  sheet.getRangeByIndexes(top, left, 1 + layout.bodyRows, headers.length).format.autofitColumns();
  for (const [header, width] of Object.entries(spec.widths ?? {})) {
    const c = headers.indexOf(header);
    if (c >= 0) sheet.getRangeByIndexes(top, left + c, 1, 1).format.columnWidth = width;
  }
  if (newSheet) sheet.freezePanes.freezeRows(1);
  spec.decorateNew?.(layout);
}

/** Body range of one column of the layout (by header), or null if the table has no such column. */
export function columnBody(layout: TableLayout, header: string): Excel.Range | null {
  const c = layout.headers.findIndex((h) => headerId(h) === headerId(header));
  if (c < 0) return null;
  return layout.sheet.getRangeByIndexes(layout.bodyTop, layout.left + c, layout.bodyRows, 1);
}

/**
 * The one refusal for a table with hidden (filtered) rows, for every action: writing into it would put
 * values into the wrong rows, rows.add fails, and clearing the user's filter silently is no option.
 */
export function filteredTableError(table: string, sheet: string): ExcelActionError {
  return new ExcelActionError(
    "tabelle_gefiltert",
    `In der Tabelle ${table} auf dem Blatt „${sheet}“ sind Zeilen ausgeblendet (Filter). ` +
      `Bitte heben Sie den Filter auf (Daten > Filter löschen) oder blenden Sie die Zeilen ein ` +
      `und versuchen Sie es dann noch einmal. Es wurde nichts geändert.`,
    { table, sheet, reason: "gefiltert" },
  );
}
