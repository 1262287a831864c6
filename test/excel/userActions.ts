/**
 * What a user does in Excel between two pulls, applied straight to the in-memory workbook (no sync, no
 * add-in code): typing, adding columns and rows to a table, moving columns, sorting, colouring cells,
 * inserting sheet rows above a table, hiding its header row, showing a totals row, filtering.
 */
import type { CellData, Scalar, TableData, Workbook } from "./host";

export class User {
  constructor(private book: Workbook) {}

  table(name: string): TableData {
    const t = this.book.table(name);
    if (t === undefined) throw new Error(`no table ${name}`);
    return t;
  }

  headers(name: string): string[] {
    return this.table(name).headers();
  }

  /** Body row index (0-based) of the first row whose key column holds `key`. */
  rowOf(name: string, keyHeader: string, key: string): number {
    const t = this.table(name);
    const k = t.headers().indexOf(keyHeader);
    for (let r = 1; r < t.rows; r++) {
      if (String(t.sheet.get(t.top + r, t.left + k)?.value ?? "") === key) return r - 1;
    }
    return -1;
  }

  cell(name: string, keyHeader: string, key: string, header: string): CellData | undefined {
    const t = this.table(name);
    const r = this.rowOf(name, keyHeader, key);
    const c = t.headers().indexOf(header);
    if (r < 0 || c < 0) return undefined;
    return t.sheet.get(t.top + 1 + r, t.left + c);
  }

  /** What the cell shows as content (formula text or value). */
  content(name: string, keyHeader: string, key: string, header: string): Scalar | undefined {
    const c = this.cell(name, keyHeader, key, header);
    if (c === undefined) return undefined;
    return c.formula ?? c.value;
  }

  /** Types into a cell (a text-formatted cell keeps text, like Excel). */
  type(name: string, keyHeader: string, key: string, header: string, value: Scalar): void {
    const t = this.table(name);
    const r = this.rowOf(name, keyHeader, key);
    const c = t.headers().indexOf(header);
    if (r < 0 || c < 0) throw new Error(`no cell ${key}/${header}`);
    const cell = t.sheet.cell(t.top + 1 + r, t.left + c);
    if (typeof value === "string" && value.startsWith("=")) {
      cell.formula = value;
      cell.value = "";
    } else {
      cell.formula = undefined;
      cell.value = value;
    }
  }

  fill(name: string, keyHeader: string, key: string, header: string, color: string): void {
    const t = this.table(name);
    const r = this.rowOf(name, keyHeader, key);
    const c = t.headers().indexOf(header);
    t.sheet.cell(t.top + 1 + r, t.left + c).fill = color;
  }

  /** Adds a column at the right end of the table (the table grows, like typing beside it). */
  addColumn(name: string, header: string, values: (rowIndex: number) => Scalar = () => ""): void {
    const t = this.table(name);
    const at = t.left + t.columns;
    t.sheet.shiftRight(at, 1, t.top, t.top + t.rows - 1);
    t.sheet.cell(t.top, at).value = header;
    for (let r = 1; r < t.rows; r++) t.sheet.cell(t.top + r, at).value = values(r - 1);
    t.columns++;
  }

  /** Adds a row at the end of the table with cells by header. */
  addRow(name: string, cells: Record<string, Scalar>): void {
    const t = this.table(name);
    const at = t.top + t.rows;
    t.sheet.shiftDown(at, 1, t.left, t.left + t.columns - 1);
    const headers = t.headers();
    for (const [h, v] of Object.entries(cells)) {
      const c = headers.indexOf(h);
      if (c < 0) throw new Error(`no column ${h}`);
      t.sheet.cell(at, t.left + c).value = v;
    }
    t.rows++;
  }

  /** Moves a whole table column (header and body) from one position to another. */
  moveColumn(name: string, from: number, to: number): void {
    const t = this.table(name);
    const columns: (CellData | undefined)[][] = [];
    for (let c = 0; c < t.columns; c++) {
      const col: (CellData | undefined)[] = [];
      for (let r = 0; r < t.rows; r++) col.push(t.sheet.get(t.top + r, t.left + c));
      columns.push(col);
    }
    const [moved] = columns.splice(from, 1);
    columns.splice(to, 0, moved);
    columns.forEach((col, c) =>
      col.forEach((cell, r) => {
        const key = t.sheet.key(t.top + r, t.left + c);
        if (cell === undefined) t.sheet.cells.delete(key);
        else t.sheet.cells.set(key, cell);
      }),
    );
  }

  /** Sorts the table body by a column (text after numbers, empty last), as Excel's sort does. */
  sort(name: string, column: number, descending: boolean): void {
    const t = this.table(name);
    const rows: (CellData | undefined)[][] = [];
    for (let r = 1; r < t.rows; r++) {
      const row: (CellData | undefined)[] = [];
      for (let c = 0; c < t.columns; c++) row.push(t.sheet.get(t.top + r, t.left + c));
      rows.push(row);
    }
    const rank = (c: CellData | undefined): [number, Scalar] =>
      c === undefined || (c.value === "" && c.formula === undefined)
        ? [2, ""]
        : typeof c.value === "number"
          ? [0, c.value]
          : [1, String(c.value)];
    rows.sort((a, b) => {
      const [ra, va] = rank(a[column]);
      const [rb, vb] = rank(b[column]);
      const d = ra !== rb ? ra - rb : va < vb ? -1 : va > vb ? 1 : 0;
      return descending ? -d : d;
    });
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const key = t.sheet.key(t.top + 1 + r, t.left + c);
        if (cell === undefined) t.sheet.cells.delete(key);
        else t.sheet.cells.set(key, cell);
      }),
    );
  }

  /** Inserts whole sheet rows above the table: everything moves down. */
  insertRowsAbove(name: string, count: number): void {
    const t = this.table(name);
    t.sheet.shiftDown(0, count, 0, 16383);
    for (const other of t.sheet.tables) other.top += count;
  }

  /** Deletes one body row of the table (cells below move up). */
  deleteRow(name: string, bodyRow: number): void {
    const t = this.table(name);
    const r = t.top + 1 + bodyRow;
    for (let c = 0; c < t.columns; c++) t.sheet.cells.delete(t.sheet.key(r, t.left + c));
    const moved: [string, CellData][] = [];
    for (const [k, cell] of t.sheet.cells) {
      const [row, col] = k.split(",").map(Number);
      if (row > r && col >= t.left && col < t.left + t.columns) moved.push([k, cell]);
    }
    for (const [k] of moved) t.sheet.cells.delete(k);
    for (const [k, cell] of moved) {
      const [row, col] = k.split(",").map(Number);
      t.sheet.cells.set(t.sheet.key(row - 1, col), cell);
    }
    t.rows--;
  }

  renameHeader(name: string, from: string, to: string): void {
    const t = this.table(name);
    const c = t.headers().indexOf(from);
    t.sheet.cell(t.top, t.left + c).value = to;
  }

  /** Table Design > Header Row off: the header row becomes an empty sheet row; the body stays. */
  hideHeaders(name: string): void {
    const t = this.table(name);
    t.hiddenHeaders = t.headers();
    for (let c = 0; c < t.columns; c++) t.sheet.cells.delete(t.sheet.key(t.top, t.left + c));
    t.showHeaders = false;
  }

  /** Table Design > Total Row on: a row below the body (cells below move down), a label in column 1. */
  showTotals(name: string, label = "Ergebnis"): void {
    const t = this.table(name);
    t.sheet.shiftDown(t.top + t.rows, 1, t.left, t.left + t.columns - 1);
    t.sheet.cell(t.top + t.rows, t.left).value = label;
    t.showTotals = true;
  }

  /** A filter on the table: hides the body rows whose `header` cell does not satisfy `keep`. */
  filter(name: string, header: string, keep: (value: Scalar) => boolean): void {
    const t = this.table(name);
    const c = t.headers().indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    for (let r = t.top + 1; r < t.top + t.rows; r++) {
      if (!keep(t.sheet.get(r, t.left + c)?.value ?? "")) t.sheet.hiddenRows.add(r);
    }
  }
}
