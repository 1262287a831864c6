/**
 * The in-memory workbook the host answers from: plain data (sheets of cells, tables, charts,
 * settings, custom XML parts, defined names), no Office.js objects. Tests set it up, the host
 * (interpreter.ts) changes it as Excel would, tests inspect it.
 */
export type Scalar = string | number | boolean;

export interface CellData {
  value: Scalar;
  formula?: string;
  format: string;
  fill?: string;
  bold?: boolean;
  /**
   * What a formula cell shows, set by a test that calculated it (the host does not calculate):
   * `values` reads it, "" when unset. Also the value of a cell a spill fills (`spilled`).
   */
  shown?: Scalar;
  /** The cell is filled by a dynamic-array spill from another cell: no formula of its own. */
  spilled?: boolean;
}

export interface ConditionalFormatData {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
  type: string;
  rule?: unknown;
  formula?: string;
  fill?: string;
  font?: string;
}

export interface SeriesData {
  name: string;
  values?: Bounds;
  xValues?: Bounds;
}

export interface ChartData {
  name: string;
  type: string;
  title: string;
  source: Bounds;
  series: SeriesData[];
  valueAxisFormat?: string;
  position?: [string, string];
}

export interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export class SheetData {
  cells = new Map<string, CellData>();
  tables: TableData[] = [];
  charts: ChartData[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  /** Sheet rows hidden (by a filter or by hand). */
  hiddenRows = new Set<number>();
  constructor(public name: string) {}

  key(row: number, column: number): string {
    return `${row},${column}`;
  }
  get(row: number, column: number): CellData | undefined {
    return this.cells.get(this.key(row, column));
  }
  cell(row: number, column: number): CellData {
    let c = this.get(row, column);
    if (c === undefined) {
      c = { value: "", format: "General" };
      this.cells.set(this.key(row, column), c);
    }
    return c;
  }
  /** Moves every cell at row >= fromRow within [col0, col1] down by `count` (an insert). */
  shiftDown(fromRow: number, count: number, col0: number, col1: number): void {
    const moved: [number, number, CellData][] = [];
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(",").map(Number);
      if (r >= fromRow && col >= col0 && col <= col1) moved.push([r, col, c]);
    }
    for (const [r, col] of moved) this.cells.delete(this.key(r, col));
    for (const [r, col, c] of moved) this.cells.set(this.key(r + count, col), c);
    if (col0 === 0 && col1 >= 16383) {
      this.hiddenRows = new Set([...this.hiddenRows].map((r) => (r >= fromRow ? r + count : r)));
    }
  }
  /** Moves every cell at column >= fromCol within [row0, row1] right by `count`. */
  shiftRight(fromCol: number, count: number, row0: number, row1: number): void {
    const moved: [number, number, CellData][] = [];
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(",").map(Number);
      if (col >= fromCol && r >= row0 && r <= row1) moved.push([r, col, c]);
    }
    for (const [r, col] of moved) this.cells.delete(this.key(r, col));
    for (const [r, col, c] of moved) this.cells.set(this.key(r, col + count), c);
  }
  used(): Bounds | null {
    let r0 = Infinity,
      r1 = -1,
      c0 = Infinity,
      c1 = -1;
    for (const [k, c] of this.cells) {
      if (c.value === "" && c.formula === undefined) continue;
      const [r, col] = k.split(",").map(Number);
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, col);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }
}

export class TableData {
  style = "";
  /** Header row shown. When hidden, row `top` is an ordinary (empty) sheet row; the body stays put. */
  showHeaders = true;
  /** Header names while the header row is hidden. */
  hiddenHeaders: string[] = [];
  /** Totals row shown, at row top + rows (below the body). */
  showTotals = false;
  /** Calculated columns (column index within the table -> formula), see behaviours.ts. */
  calculated = new Map<number, string>();
  constructor(
    public name: string,
    public sheet: SheetData,
    /** Row of the header (also when it is hidden). */
    public top: number,
    public left: number,
    /** Header plus body rows (the totals row not included). */
    public rows: number,
    public columns: number,
  ) {}
  /** The whole table range as Excel reports it: header if shown, body, totals row if shown. */
  bounds(): Bounds {
    const row = this.showHeaders ? this.top : this.top + 1;
    const rows = (this.showHeaders ? 1 : 0) + this.rows - 1 + (this.showTotals ? 1 : 0);
    return { row, column: this.left, rows, columns: this.columns };
  }
  bodyBounds(): Bounds {
    return { row: this.top + 1, column: this.left, rows: this.rows - 1, columns: this.columns };
  }
  inBody(row: number, column: number): boolean {
    const b = this.bodyBounds();
    return row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns;
  }
  headers(): string[] {
    if (!this.showHeaders) return [...this.hiddenHeaders];
    const out: string[] = [];
    for (let c = 0; c < this.columns; c++)
      out.push(String(this.sheet.get(this.top, this.left + c)?.value ?? ""));
    return out;
  }
  /** True when a sheet row of the body is hidden (a filter is on). */
  filtered(): boolean {
    for (let r = this.top + 1; r < this.top + this.rows; r++) if (this.sheet.hiddenRows.has(r)) return true;
    return false;
  }
}

/** The whole workbook; tests create one, run actions against it and inspect it. */
export class WorkbookData {
  sheets: SheetData[] = [];
  settings = new Map<string, unknown>();
  conditionalFormats: ConditionalFormatData[] = [];
  namedItems: string[] = [];
  selection: { sheet: string; bounds: Bounds } | null = null;
  activeSheet: string | null = null;
  /** Custom XML parts of the file: id -> { namespace, xml } (they stay with the file whatever the add-in Id). */
  customXmlParts = new Map<string, { namespace: string; xml: string }>();
  /** Sheets protected by the user (Review > Protect Sheet): writes to their cells fail with AccessDenied. */
  protectedSheets = new Set<string>();
  /** Operations that fail ("chart", "sort", "conditionalFormat"), to test a batch failing midway. */
  failOn = new Set<string>();

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): SheetData {
    if (name.length > 31 || /[:\\/?*[\]]/.test(name) || name.trim() === "") {
      throw new Error(`InvalidArgument: sheet name "${name}"`);
    }
    if (this.sheet(name) !== undefined) throw new Error(`ItemAlreadyExists: sheet "${name}"`);
    const s = new SheetData(name);
    this.sheets.push(s);
    return s;
  }
  tables(): TableData[] {
    return this.sheets.flatMap((s) => s.tables);
  }
  table(name: string): TableData | undefined {
    return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  /** Adds a table directly (test setup, no sync counted). */
  addTable(sheet: SheetData, name: string, top: number, left: number, rows: Scalar[][]): TableData {
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        sheet.cell(top + i, left + j).value = v;
      }),
    );
    const t = new TableData(name, sheet, top, left, rows.length, rows[0].length);
    sheet.tables.push(t);
    return t;
  }

  fail(operation: string): void {
    if (this.failOn.has(operation)) throw new Error(`GeneralException: ${operation} failed (injected)`);
  }

  /** Table contents as a 2-D array of values (header first; formula text for formula cells). */
  tableValues(name: string): Scalar[][] {
    const t = this.table(name);
    if (t === undefined) throw new Error(`no table ${name}`);
    const out: Scalar[][] = [t.headers()];
    for (let r = 1; r < t.rows; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c < t.columns; c++) {
        const cell = t.sheet.get(t.top + r, t.left + c);
        row.push(cell?.formula ?? cell?.value ?? "");
      }
      out.push(row);
    }
    return out;
  }

  /** A deep copy of everything a user could see or the add-in stores (for "nothing changed" tests). */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
        tables: s.tables.map((t) => ({ ...t, sheet: s.name })),
        charts: s.charts,
        frozenRows: s.frozenRows,
      })),
      settings: [...this.settings.entries()],
      conditionalFormats: this.conditionalFormats,
    });
  }
}
