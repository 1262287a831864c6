/**
 * Creates the three Vollzug tables the user fills (KI-Bescheide, KI-Zahlungen, KI-Nachweise) with the
 * owned-table machinery of the other sheets, but with no rows of the add-in's own: every row in them
 * is the user's. So an existing table is never written into; only a column of ours that is missing
 * (say "Bemerkung") is added at its right end, and a sheet of that name without the table gets the
 * table below its content. Header names come from the model (ledger/columns.ts), so what the pane
 * creates is what the functions and the view read.
 */
import { BESCHEIDE, LEDGER_TABLES, NACHWEISE, ZAHLUNGEN, type LedgerTableSpec } from "../model/ledger";
import type { ColumnSpec, DesiredTable } from "./merge";
import { columnBody, updateOwnedTable, type TableLayout } from "./ownedTable";
import { FORMAT_DATE, FORMAT_EURO, FORMAT_TEXT, FORMAT_YEAR } from "./tables";
import { ExcelActionError, type ActionOptions, type ActionResult } from "./types";
import { run } from "./run";

/** Number formats by column id: keys stay text ("05358"), dates TT.MM.JJJJ, amounts in euros. */
const FORMATS: Record<string, string> = {
  kreis: FORMAT_TEXT,
  jahr: FORMAT_YEAR,
  nummer: FORMAT_TEXT,
  datum: FORMAT_DATE,
  faellig: FORMAT_DATE,
  eingegangen: FORMAT_DATE,
  geprueft: FORMAT_DATE,
  betrag: FORMAT_EURO,
  anerkannt: FORMAT_EURO,
  rueckforderung: FORMAT_EURO,
  bestandteil: FORMAT_TEXT,
  art: FORMAT_TEXT,
  bemerkung: FORMAT_TEXT,
};

/** Wide text columns of a new table, in points. */
const WIDTHS: Record<string, number> = { Bemerkung: 240, "Bescheid-Nr.": 120, Kreis: 160 };

function columnsOf(spec: LedgerTableSpec): ColumnSpec[] {
  return spec.columns.map((c) => ({ header: c.header, numberFormat: FORMATS[c.id] }));
}

function desiredOf(spec: LedgerTableSpec): DesiredTable {
  // No rows of ours: the key column only serves the machinery's checks; every row is the user's.
  return { columns: columnsOf(spec), keyColumn: spec.columns[0].header, rows: [] };
}

/**
 * The blank first row of a new table gets each column's number format; Excel carries a table's
 * formats into the rows the user adds below (the table grows with typing or pasting).
 */
function formatFirstRow(spec: LedgerTableSpec) {
  return (layout: TableLayout): void => {
    for (const column of spec.columns) {
      const body = columnBody(layout, column.header);
      if (body !== null) body.numberFormat = [[FORMATS[column.id] ?? "General"]];
    }
  };
}

export interface VollzugTablesResult {
  /** One result per table, in the order Bescheide, Zahlungen, Nachweise. */
  tables: (ActionResult & { created: boolean })[];
}

export const VOLLZUG_TABLE_SPECS: readonly LedgerTableSpec[] = [BESCHEIDE, ZAHLUNGEN, NACHWEISE];

/**
 * Creates what is missing of the three tables, in one Excel.run. Cancelling is honoured until the
 * first table's write batch is sent; the other two follow without a further check, so a cancel never
 * leaves one of three created by surprise after the user saw the first.
 */
export async function createVollzugTables(options: ActionOptions = {}): Promise<VollzugTablesResult> {
  const steps = 4 * LEDGER_TABLES.length;
  return run(async (context) => {
    const tables: VollzugTablesResult["tables"] = [];
    // Which of them exist already, in one sync (the result says "angelegt" or "vorhanden").
    const found = VOLLZUG_TABLE_SPECS.map((spec) =>
      context.workbook.tables.getItemOrNullObject(spec.table).load("name"),
    );
    await context.sync();
    for (const [i, spec] of VOLLZUG_TABLE_SPECS.entries()) {
      const existed = !found[i].isNullObject;
      const result = await updateOwnedTable(
        context,
        {
          sheet: spec.sheet,
          table: spec.table,
          desired: () => desiredOf(spec),
          decorateNew: formatFirstRow(spec),
          widths: WIDTHS,
        },
        {
          ...options,
          signal: i === 0 ? options.signal : undefined,
          onProgress: (done) => options.onProgress?.(4 * i + done, steps),
        },
      );
      tables.push({ ...result, created: !existed });
    }
    return { tables };
  });
}

/** The three tables as ranges with their header rows (null where a table is missing). */
export interface VollzugRanges {
  bescheide: unknown[][] | null;
  zahlungen: unknown[][] | null;
  nachweise: unknown[][] | null;
}

/** Reads the three tables (header and body values) in one Excel.run with two syncs. */
export async function readVollzugTables(): Promise<VollzugRanges> {
  return run(async (context) => {
    const tables = VOLLZUG_TABLE_SPECS.map((spec) =>
      context.workbook.tables.getItemOrNullObject(spec.table).load("name"),
    );
    await context.sync();
    const ranges = tables.map((t) => (t.isNullObject ? null : t.getRange().load("values")));
    if (ranges.some((r) => r !== null)) await context.sync();
    const values = ranges.map((r) => (r === null ? null : (r.values as unknown[][])));
    return { bescheide: values[0], zahlungen: values[1], nachweise: values[2] };
  });
}

/**
 * Shows a row of a Vollzug table: activates its sheet and selects the row. `row` counts as the
 * messages do: in the table's range as readVollzugTables reads it, the header row being row 1.
 */
export async function goToVollzugRow(table: LedgerTableSpec["id"], row: number): Promise<void> {
  const spec = VOLLZUG_TABLE_SPECS.find((s) => s.id === table);
  if (spec === undefined || !Number.isInteger(row) || row < 1) {
    throw new ExcelActionError("ungueltige_eingabe", `Keine Zeile ${String(row)} einer Vollzug-Tabelle.`);
  }
  return run(async (context) => {
    const found = context.workbook.tables.getItemOrNullObject(spec.table).load("name");
    await context.sync();
    if (found.isNullObject) {
      throw new ExcelActionError(
        "eintrag_fehlt",
        `Die Tabelle ${spec.table} gibt es in dieser Arbeitsmappe nicht.`,
      );
    }
    const range = found.getRange().load("rowIndex,columnIndex,columnCount,rowCount");
    const sheet = found.worksheet;
    await context.sync();
    if (row > range.rowCount) {
      throw new ExcelActionError(
        "eintrag_fehlt",
        `Die Tabelle ${spec.table} hat keine Zeile ${row} mehr; bitte die Tabellen neu lesen.`,
      );
    }
    sheet.activate();
    sheet.getRangeByIndexes(range.rowIndex + row - 1, range.columnIndex, 1, range.columnCount).select();
    await context.sync();
  });
}
