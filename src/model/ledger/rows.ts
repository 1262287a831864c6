/**
 * Row-by-row reading of a Vollzug table given as a range with its header row (what Excel hands a
 * custom function for `KI_Bescheide[#Alle]`, or what the pane reads). Blank rows (every known column
 * empty) carry no data and are skipped; every other row is either valid or a BadRow with all its
 * messages. Row numbers count the header as row 1, so a table placed at A1 has them as on the sheet.
 */
import { KiError } from "../errors";
import { locateColumns, type ColumnIndex, type LedgerTableSpec } from "./columns";
import { CellProblem, isBlankCell } from "./cells";
import type { BadRow, ParsedTable } from "./types";

/** Far more than a year's Bescheide and payments of 54 centres; refuses whole-column references. */
export const MAX_LEDGER_ROWS = 100_000;

export class RowReader {
  readonly messages: string[] = [];
  entityKey: string | null = null;
  year: number | null = null;
  number: string | null = null;

  constructor(
    readonly row: number,
    private readonly cells: readonly unknown[],
    private readonly index: ColumnIndex,
  ) {}

  raw(id: string): unknown {
    const i = this.index[id];
    return i === undefined ? null : this.cells[i];
  }

  /** Runs one cell reader; a CellProblem becomes a message of the row and the result undefined. */
  read<T>(body: () => T): T | undefined {
    try {
      return body();
    } catch (error) {
      if (error instanceof CellProblem) {
        this.messages.push(error.message);
        return undefined;
      }
      throw error;
    }
  }

  problem(message: string): void {
    this.messages.push(message);
  }
}

function checkRange(spec: LedgerTableSpec, range: unknown): unknown[][] {
  if (!Array.isArray(range) || range.length === 0 || !range.every((row) => Array.isArray(row))) {
    throw new KiError(
      "ungueltig",
      `Tabelle ${spec.sheet}: erwartet wird der Bereich der Tabelle mit Kopfzeile, z. B. ${spec.table}[#Alle].`,
    );
  }
  if (range.length - 1 > MAX_LEDGER_ROWS) {
    throw new KiError(
      "ungueltig",
      `Tabelle ${spec.sheet}: ${range.length - 1} Zeilen sind zu viele (höchstens ${MAX_LEDGER_ROWS}); ` +
        `bitte die Tabelle angeben, nicht ganze Spalten.`,
    );
  }
  return range as unknown[][];
}

/**
 * Reads every data row with `readRow`, which returns the row's value (or undefined when a cell could
 * not be read; its messages are then in the reader). A row with messages is bad, whatever it returned.
 */
export function readTable<T>(
  spec: LedgerTableSpec,
  range: unknown,
  readRow: (reader: RowReader) => T | undefined,
): ParsedTable<T> & { rowsRead: number } {
  const rows = checkRange(spec, range);
  const index = locateColumns(spec, rows[0]);
  const known = Object.values(index).filter((i): i is number => i !== undefined);
  const valid: T[] = [];
  const bad: BadRow[] = [];
  let rowsRead = 0;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (known.every((i) => isBlankCell(cells[i]))) continue;
    rowsRead += 1;
    const reader = new RowReader(r + 1, cells, index);
    const value = readRow(reader);
    if (reader.messages.length > 0 || value === undefined) {
      bad.push({
        table: spec.id,
        row: r + 1,
        entityKey: reader.entityKey,
        year: reader.year,
        number: reader.number,
        messages: reader.messages,
      });
    } else valid.push(value);
  }
  return { rows: valid, bad, rowsRead };
}

/** "KI-Bescheide, Zeile 7: Betrag fehlt. Kreis: …" */
export function badRowText(spec: LedgerTableSpec, bad: BadRow): string {
  return `${spec.sheet}, Zeile ${bad.row}: ${bad.messages.join(" ")}`;
}
