/**
 * A small, honest in-memory Excel for the tests of src/excel.
 *
 * Why not office-addin-mock alone: OfficeMockObject is a property bag with load/sync checks. It has
 * no behaviour: writing `range.values` does not land in a grid, there are no tables that grow when
 * rows are added, no settings collection, sheets, charts or conditional formats. The keep-user-data
 * tests need all of that, so this file models just the part of the Excel API that src/excel uses.
 * (office-addin-mock is still used where a property bag is enough: see officeMock.test.ts.)
 *
 * What it models faithfully, because the code under test depends on it:
 * - load/sync: a loaded property is readable only after the next context.sync(), as a snapshot;
 *   reading it earlier throws like Office.js ("PropertyNotLoaded"). isNullObject is readable after a sync.
 * - Excel's type coercion on write: a string that looks like a number becomes a number unless the cell
 *   is formatted as text ("@"), parsed with en-US rules whatever the user's locale (Office.js `values`
 *   are invariant): "170.000" is 170, "1,234.5" is 1234.5, "2,5" stays text, "2.5%" is 0.025. A string
 *   starting with "=" written to `values` becomes a formula.
 * - Formulas: a structured reference to "this row" (`[@…]`) outside a table body is an invalid formula
 *   and the write fails (as the sync would in Excel). Formulas come back in Excel's canonical form:
 *   `[@[Jahr]]` as `[@Jahr]`, `T[[#All],[A]:[B]]` spanning all of T's columns as `T[#All]`; renaming a
 *   table rewrites the references to it in every formula of the workbook.
 * - Tables: header/body ranges, rows.add / columns.add insert (shift cells below / to the right),
 *   sort, names unique workbook-wide (defined names included); a hidden header row and a totals row
 *   (TableData.showHeaders / showTotals); ranges taken from a table are fixed when taken, like
 *   Office.js range objects, so they do not grow with later rows.add.
 * - Filters, roughly: hidden sheet rows; `rowHidden` of a range (true / false / null when mixed);
 *   writing several rows across hidden rows fails (in Excel the data lands in the wrong rows,
 *   office-js#224), and so does rows.add on a table with hidden rows.
 * - Writes apply immediately (stricter than Office.js, which queues them until sync): a test that an
 *   action cancelled before its write sync changed nothing therefore also catches writes that were
 *   queued too early. A failing operation leaves everything before it applied and nothing after it,
 *   as a failing Office.js batch does. `FakeWorkbook.failOn` makes chosen operations fail.
 * What it does not model: calculation (formula cells have no value), notes, styles beyond number
 * format / fill / bold, filter criteria, undo.
 */

export type Scalar = string | number | boolean;

export interface CellData {
  value: Scalar;
  formula?: string;
  format: string;
  fill?: string;
  bold?: boolean;
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
export class FakeWorkbook {
  sheets: SheetData[] = [];
  settings = new Map<string, unknown>();
  conditionalFormats: ConditionalFormatData[] = [];
  namedItems: string[] = [];
  selection: { sheet: string; bounds: Bounds } | null = null;
  activeSheet: string | null = null;
  syncs = 0;
  runs = 0;
  /** Operations that fail ("chart", "sort", "conditionalFormat"), to test a batch failing midway. */
  failOn = new Set<string>();
  /** Called before each sync with its number in the current run (for injecting user edits). */
  onSync: ((n: number) => void) | null = null;

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

  /** Runner for setExcelRunner: one Excel.run with a fresh context. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

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

// ---------------------------------------------------------------------------------------------------
// Proxies with load/sync semantics

class FakeContext {
  pending = new Set<FakeObject>();
  workbook: FakeWorkbookProxy;
  constructor(public book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  async sync(): Promise<void> {
    this.book.syncs++;
    this.book.onSync?.(this.book.syncs);
    for (const o of this.pending) o.snapshot();
    this.pending.clear();
    for (const o of this.all) o.synced = true;
  }
  all: FakeObject[] = [];
}

function propsOf(arg: unknown): string[] {
  if (arg === undefined) return ["*"];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim().split("/")[0]);
  if (Array.isArray(arg)) return arg.flatMap((a) => propsOf(a));
  if (typeof arg === "object" && arg !== null) return Object.keys(arg);
  return [];
}

abstract class FakeObject {
  private requested = new Set<string>();
  private loaded = new Map<string, unknown>();
  synced = false;
  constructor(protected ctx: FakeContext) {
    ctx.all.push(this);
  }
  protected abstract current(prop: string): unknown;
  protected nullObject(): boolean {
    return false;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw new Error("PropertyNotLoaded: isNullObject before sync");
    return this.nullObject();
  }
  load(arg?: unknown): this {
    for (const p of propsOf(arg)) this.requested.add(p);
    this.ctx.pending.add(this);
    return this;
  }
  snapshot(): void {
    if (this.nullObject()) return;
    for (const p of this.requested) this.loaded.set(p, this.current(p));
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop) && !this.loaded.has("*")) {
      throw new Error(`PropertyNotLoaded: ${prop} (call load("${prop}") and sync first)`);
    }
    return (this.loaded.has(prop) ? this.loaded.get(prop) : this.current(prop)) as T;
  }
  protected ensureReal(): void {
    if (this.nullObject()) throw new Error("InvalidObjectPath: the object is a null object");
  }
}

class FakeWorkbookProxy {
  worksheets: WorksheetCollectionProxy;
  tables: TableCollectionProxy;
  settings: SettingCollectionProxy;
  names: NamedItemCollectionProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, null);
    this.settings = new SettingCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }
}

class NamedItemCollectionProxy extends FakeObject {
  protected current(prop: string): unknown {
    if (prop === "items") return this.ctx.book.namedItems.map((name) => ({ name }));
    return undefined;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
}

class SettingCollectionProxy extends FakeObject {
  protected current(): unknown {
    return undefined;
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
  add(key: string, value: unknown): void {
    this.ctx.book.settings.set(key, value);
  }
}

class SettingProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private key: string,
  ) {
    super(ctx);
  }
  protected nullObject(): boolean {
    return !this.ctx.book.settings.has(this.key);
  }
  protected current(prop: string): unknown {
    return prop === "value" ? this.ctx.book.settings.get(this.key) : undefined;
  }
  get value(): unknown {
    return this.read("value");
  }
}

class WorksheetCollectionProxy extends FakeObject {
  protected current(prop: string): unknown {
    if (prop === "items") return this.ctx.book.sheets.map((s) => new WorksheetProxy(this.ctx, s, true));
    return undefined;
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.ctx.book.sheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    const data = this.ctx.book.addSheet(name);
    return new WorksheetProxy(this.ctx, data);
  }
}

export class WorksheetProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private data: SheetData | null,
    preloaded = false,
  ) {
    super(ctx);
    if (preloaded) {
      this.synced = true;
      this.load("name");
      this.snapshot();
    }
  }
  protected nullObject(): boolean {
    return this.data === null || !this.ctx.book.sheets.includes(this.data);
  }
  protected current(prop: string): unknown {
    return prop === "name" ? this.data?.name : undefined;
  }
  private real(): SheetData {
    this.ensureReal();
    return this.data as SheetData;
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    const d = this.real();
    if (value.length > 31 || /[:\\/?*[\]]/.test(value))
      throw new Error(`InvalidArgument: sheet name "${value}"`);
    const other = this.ctx.book.sheet(value);
    if (other !== undefined && other !== d) throw new Error(`ItemAlreadyExists: sheet "${value}"`);
    d.name = value;
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, this.real());
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, this.real());
  }
  get freezePanes(): { freezeRows: (n: number) => void } {
    const d = this.real();
    return { freezeRows: (n: number) => (d.frozenRows = n) };
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    if (rows < 1 || columns < 1 || row < 0 || column < 0)
      throw new Error("InvalidArgument: getRangeByIndexes");
    const d = this.real();
    return new RangeProxy(this.ctx, d, () => ({ row, column, rows, columns }));
  }
  getUsedRangeOrNullObject(): RangeProxy {
    const d = this.real();
    const used = d.used();
    return new RangeProxy(this.ctx, d, () => used as Bounds, used === null);
  }
  activate(): void {
    this.ctx.book.activeSheet = this.real().name;
  }
  delete(): void {
    const d = this.real();
    this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s !== d);
    this.ctx.book.conditionalFormats = this.ctx.book.conditionalFormats.filter((c) => c.sheet !== d.name);
  }
}

/** A number as Excel reads a string written through Office.js: en-US, comma groups, dot decimal. */
export function parseEnUs(text: string): number | null {
  const m = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(%?)$/.exec(text.trim());
  if (m === null) return null;
  const n = Number(m[1] + m[2].replace(/,/g, ""));
  return m[3] === "%" ? n / 100 : n;
}

/** Excel's coercion of a written string: numbers (en-US) unless the cell is text. */
function coerce(value: unknown, format: string): { value: Scalar; formula?: string } {
  if (value === null || value === undefined)
    throw new Error("fake: null in a written array (means 'unchanged')");
  if (typeof value === "string") {
    if (value.startsWith("=") && value.length > 1) return { value: "", formula: value };
    const n = format === "@" ? null : parseEnUs(value);
    return n === null ? { value } : { value: n };
  }
  if (typeof value === "number" || typeof value === "boolean") return { value };
  throw new Error(`fake: cannot write ${typeof value}`);
}

/** Applies `f` to the parts of a formula outside string literals. */
function outsideLiterals(formula: string, f: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

const SIMPLE_COLUMN = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** A formula as Excel gives it back: structured references in their short form. */
function canonicalFormula(formula: string, book: FakeWorkbook): string {
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

/** Excel rewrites references to a renamed table in every formula. */
function renameInFormula(formula: string, from: string, to: string): string {
  const escaped = from.replace(/[.\\]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.\\\\])${escaped}(?=\\[)`, "giu");
  return outsideLiterals(formula, (part) => part.replace(pattern, to));
}

/** What a cell becomes when `value` is written to it through Office.js (throws like a failing sync). */
function written(
  book: FakeWorkbook,
  sheet: SheetData,
  row: number,
  column: number,
  value: unknown,
  format: string,
): { value: Scalar; formula?: string } {
  const c = coerce(value, format);
  if (c.formula === undefined) return c;
  const thisRow = c.formula
    .split(/("(?:[^"]|"")*")/)
    .some((part, i) => i % 2 === 0 && /\[@|\[#This Row\]/i.test(part));
  if (thisRow && !sheet.tables.some((t) => t.inBody(row, column))) {
    throw new Error(
      `InvalidArgument: ${sheet.name}!${cellName(row, column)}: "${c.formula}" refers to "this row" of a table outside a table`,
    );
  }
  return { value: "", formula: canonicalFormula(c.formula, book) };
}

function cellName(row: number, column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return `${out}${row + 1}`;
}

export class RangeProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private sheet: SheetData,
    private where: () => Bounds,
    private isNull = false,
  ) {
    super(ctx);
  }
  protected nullObject(): boolean {
    return this.isNull;
  }
  protected current(prop: string): unknown {
    const b = this.where();
    const grid = <T>(f: (c: CellData | undefined) => T): T[][] =>
      Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.columns }, (_, c) => f(this.sheet.get(b.row + r, b.column + c))),
      );
    switch (prop) {
      case "values":
        return grid((c) => (c?.formula !== undefined ? "" : (c?.value ?? "")));
      case "formulas":
        return grid((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.format ?? "General");
      case "rowIndex":
        return b.row;
      case "columnIndex":
        return b.column;
      case "rowCount":
        return b.rows;
      case "columnCount":
        return b.columns;
      case "address":
        return `${this.sheet.name}!${b.row},${b.column}`;
      case "rowHidden": {
        let hidden = 0;
        for (let r = b.row; r < b.row + b.rows; r++) if (this.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === b.rows ? true : null;
      }
      default:
        return undefined;
    }
  }
  bounds(): Bounds {
    this.ensureReal();
    return this.where();
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  /** The cell at (row, column) of this range (0-based, relative). */
  getCell(row: number, column: number): RangeProxy {
    const b = this.bounds();
    const at: Bounds = { row: b.row + row, column: b.column + column, rows: 1, columns: 1 };
    return new RangeProxy(this.ctx, this.sheet, () => at);
  }
  /** One row of this range (0-based, relative). */
  getRow(row: number): RangeProxy {
    const b = this.bounds();
    if (row < 0 || row >= b.rows) throw new Error("InvalidArgument: getRow");
    const at: Bounds = { ...b, row: b.row + row, rows: 1 };
    return new RangeProxy(this.ctx, this.sheet, () => at);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    const b = this.bounds();
    const at: Bounds = { ...b, rows: b.rows + deltaRows, columns: b.columns + deltaColumns };
    if (at.rows < 1 || at.columns < 1) throw new Error("InvalidArgument: getResizedRange");
    return new RangeProxy(this.ctx, this.sheet, () => at);
  }
  private each(
    values: unknown[][],
    name: string,
    f: (cell: CellData, v: unknown, row: number, column: number) => void,
  ): void {
    const b = this.bounds();
    if (!Array.isArray(values) || values.length !== b.rows || values.some((r) => r.length !== b.columns)) {
      throw new Error(
        `InvalidArgument: ${name} of ${values.length}x${values[0]?.length} for ${b.rows}x${b.columns}`,
      );
    }
    if (b.rows > 1) {
      for (let r = b.row; r < b.row + b.rows; r++) {
        if (this.sheet.hiddenRows.has(r))
          throw new Error(
            `fake: writing ${name} across hidden (filtered) rows puts data into the wrong rows in Excel (office-js#224)`,
          );
      }
    }
    values.forEach((r, i) =>
      r.forEach((v, j) => f(this.sheet.cell(b.row + i, b.column + j), v, b.row + i, b.column + j)),
    );
  }
  private writeContent(values: unknown[][], name: string): void {
    const book = this.ctx.book;
    // All cells are checked before any is changed: one failing cell fails the whole assignment.
    const out: [CellData, { value: Scalar; formula?: string }][] = [];
    this.each(values, name, (cell, v, row, column) =>
      out.push([cell, written(book, this.sheet, row, column, v, cell.format)]),
    );
    for (const [cell, c] of out) {
      cell.value = c.value;
      cell.formula = c.formula;
    }
  }
  set values(values: unknown[][]) {
    this.writeContent(values, "values");
  }
  set formulas(values: unknown[][]) {
    this.writeContent(values, "formulas");
  }
  set numberFormat(values: unknown[][]) {
    this.each(values, "numberFormat", (cell, v) => (cell.format = String(v)));
  }
  get format() {
    const b = this.bounds();
    const sheet = this.sheet;
    const cells = () => {
      const out: CellData[] = [];
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.columns; c++) out.push(sheet.cell(b.row + r, b.column + c));
      return out;
    };
    return {
      autofitColumns: () => undefined,
      set columnWidth(w: number) {
        for (let c = 0; c < b.columns; c++) sheet.columnWidths.set(b.column + c, w);
      },
      font: {
        set bold(v: boolean) {
          cells().forEach((c) => (c.bold = v));
        },
      },
      fill: {
        set color(v: string) {
          cells().forEach((c) => (c.fill = v));
        },
      },
    };
  }
  get conditionalFormats() {
    const b = this.bounds();
    const book = this.ctx.book;
    const sheet = this.sheet;
    return {
      add: (type: string) => {
        book.fail("conditionalFormat");
        const cf: ConditionalFormatData = { sheet: sheet.name, ...b, type };
        book.conditionalFormats.push(cf);
        const fmt = {
          fill: {
            set color(v: string) {
              cf.fill = v;
            },
          },
          font: {
            set color(v: string) {
              cf.font = v;
            },
          },
        };
        return {
          textComparison: {
            format: fmt,
            set rule(r: unknown) {
              cf.rule = r;
            },
          },
          custom: {
            format: fmt,
            rule: {
              set formula(f: string) {
                cf.formula = f;
              },
            },
          },
        };
      },
    };
  }
  select(): void {
    this.ctx.book.selection = { sheet: this.sheet.name, bounds: this.bounds() };
  }
}

class TableCollectionProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private sheet: SheetData | null,
  ) {
    super(ctx);
  }
  private list(): TableData[] {
    return this.sheet === null ? this.ctx.book.tables() : this.sheet.tables;
  }
  protected current(prop: string): unknown {
    if (prop === "items") return this.list().map((t) => new TableProxy(this.ctx, t, true));
    return undefined;
  }
  get items(): TableProxy[] {
    return this.read("items");
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.ctx,
      this.list().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  add(address: RangeProxy, hasHeaders: boolean): TableProxy {
    if (this.sheet === null) throw new Error("fake: add tables through a worksheet");
    const b = address.bounds();
    for (const t of this.sheet.tables) {
      const o = t.bounds();
      const overlap =
        b.row < o.row + o.rows &&
        o.row < b.row + b.rows &&
        b.column < o.column + o.columns &&
        o.column < b.column + b.columns;
      if (overlap) throw new Error("InvalidArgument: tables overlap");
    }
    if (!hasHeaders) throw new Error("fake: only tables with headers");
    let n = 1;
    while (this.ctx.book.table(`Tabelle${n}`) !== undefined) n++;
    const t = new TableData(`Tabelle${n}`, this.sheet, b.row, b.column, b.rows, b.columns);
    const sheet = this.sheet;
    t.headers().forEach((h, i) => {
      if (h === "") sheet.cell(b.row, b.column + i).value = `Spalte${i + 1}`;
    });
    sheet.tables.push(t);
    return new TableProxy(this.ctx, t);
  }
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class TableProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private data: TableData | null,
    private preloaded = false,
  ) {
    super(ctx);
    if (preloaded) {
      this.synced = true;
      this.load("name");
      this.snapshot();
    }
  }
  protected nullObject(): boolean {
    return this.data === null || !this.data.sheet.tables.includes(this.data);
  }
  protected current(prop: string): unknown {
    if (prop === "showHeaders") return this.data?.showHeaders;
    if (prop === "showTotals") return this.data?.showTotals;
    return prop === "name" ? this.data?.name : undefined;
  }
  private real(): TableData {
    this.ensureReal();
    return this.data as TableData;
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    const t = this.real();
    if (!TABLE_NAME.test(value)) throw new Error(`InvalidArgument: table name "${value}"`);
    if (this.ctx.book.namedItems.some((n) => n.toLowerCase() === value.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: name "${value}"`);
    }
    const other = this.ctx.book.table(value);
    if (other !== undefined && other !== t) throw new Error(`ItemAlreadyExists: table "${value}"`);
    const from = t.name;
    t.name = value;
    if (from === value) return;
    // Excel rewrites every structured reference to the table.
    for (const sheet of this.ctx.book.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== undefined) cell.formula = renameInFormula(cell.formula, from, value);
      }
    }
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set style(value: string) {
    this.real().style = value;
  }
  /** Items of a loaded table collection come with their sheet's name ("items/worksheet/name"). */
  get worksheet(): WorksheetProxy {
    const t = this.real();
    return new WorksheetProxy(this.ctx, t.sheet, this.preloaded);
  }
  /** Ranges are fixed when taken (like Office.js range objects): they do not follow later rows.add. */
  getRange(): RangeProxy {
    const b = this.real().bounds();
    return new RangeProxy(this.ctx, this.real().sheet, () => b);
  }
  getHeaderRowRange(): RangeProxy {
    const t = this.real();
    if (!t.showHeaders) throw new Error("fake: the header row of a table without one is not modelled");
    const b: Bounds = { row: t.top, column: t.left, rows: 1, columns: t.columns };
    return new RangeProxy(this.ctx, t.sheet, () => b);
  }
  getDataBodyRange(): RangeProxy {
    const t = this.real();
    const b = t.bodyBounds();
    return new RangeProxy(this.ctx, t.sheet, () => b);
  }
  get rows() {
    const t = this.real();
    const ctx = this.ctx;
    return {
      add: (index: number | undefined, values: Scalar[][]) => {
        if (index !== undefined && index !== null && index !== -1)
          throw new Error("fake: rows.add only at the end");
        if (values.some((r) => r.length !== t.columns)) throw new Error("InvalidArgument: row width");
        if (t.filtered())
          throw new Error("InvalidOperation: rows.add on a table with hidden (filtered) rows");
        // Inserted after the body, above a totals row.
        const at = t.top + t.rows;
        t.sheet.shiftDown(at, values.length, t.left, t.left + t.columns - 1);
        values.forEach((r, i) =>
          r.forEach((v, j) => {
            const cell = t.sheet.cell(at + i, t.left + j);
            // New table rows take the number format of the row above, as Excel does.
            cell.format = t.sheet.get(at - 1, t.left + j)?.format ?? "General";
            const c = coerce(v, cell.format);
            cell.value = c.value;
            cell.formula = c.formula;
          }),
        );
        t.rows += values.length;
        const added: Bounds = { row: at, column: t.left, rows: values.length, columns: t.columns };
        return {
          getRange: () => {
            if (values.length !== 1) throw new Error("fake: the row of a multi-row rows.add is not modelled");
            return new RangeProxy(ctx, t.sheet, () => added);
          },
        };
      },
    };
  }
  get columns(): TableColumnCollectionProxy {
    return new TableColumnCollectionProxy(this.ctx, this.real());
  }
  get sort() {
    const t = this.real();
    const book = this.ctx.book;
    return {
      apply: (fields: { key: number; ascending?: boolean }[]) => {
        book.fail("sort");
        const body: CellData[][] = [];
        for (let r = 1; r < t.rows; r++) {
          const row: CellData[] = [];
          for (let c = 0; c < t.columns; c++) row.push(t.sheet.cell(t.top + r, t.left + c));
          body.push(row);
        }
        const rank = (c: CellData): [number, Scalar] =>
          c.value === "" && c.formula === undefined
            ? [2, ""]
            : typeof c.value === "number"
              ? [0, c.value]
              : [1, String(c.value)];
        body.sort((a, b) => {
          for (const f of fields) {
            const [ra, va] = rank(a[f.key]);
            const [rb, vb] = rank(b[f.key]);
            const d = ra !== rb ? ra - rb : va < vb ? -1 : va > vb ? 1 : 0;
            if (d !== 0) return f.ascending === false ? -d : d;
          }
          return 0;
        });
        body.forEach((row, r) =>
          row.forEach((cell, c) => t.sheet.cells.set(t.sheet.key(t.top + 1 + r, t.left + c), cell)),
        );
      },
    };
  }
  delete(): void {
    const t = this.real();
    t.sheet.tables = t.sheet.tables.filter((x) => x !== t);
    for (let r = 0; r < t.rows; r++)
      for (let c = 0; c < t.columns; c++) t.sheet.cells.delete(t.sheet.key(t.top + r, t.left + c));
  }
}

class TableColumnCollectionProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private t: TableData,
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    if (prop === "items") return this.t.headers().map((name) => ({ name }));
    return undefined;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
  add(index: number | undefined, values: unknown, name?: string) {
    const t = this.t;
    if (index !== undefined && index !== null && index !== -1)
      throw new Error("fake: columns.add only at the end");
    if (values !== undefined && values !== null)
      throw new Error("fake: columns.add with values not modelled");
    const header = name ?? `Spalte${t.columns + 1}`;
    if (t.headers().some((h) => h.toLowerCase() === header.toLowerCase())) {
      throw new Error(`InvalidArgument: duplicate column "${header}"`);
    }
    const at = t.left + t.columns;
    t.sheet.shiftRight(at, 1, t.top, t.top + t.rows - (t.showTotals ? 0 : 1));
    if (t.showHeaders) t.sheet.cell(t.top, at).value = header;
    else t.hiddenHeaders.push(header);
    t.columns += 1;
    const body: Bounds = { row: t.top + 1, column: at, rows: t.rows - 1, columns: 1 };
    return { getDataBodyRange: () => new RangeProxy(this.ctx, t.sheet, () => body) };
  }
}

class ChartCollectionProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private sheet: SheetData,
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    if (prop === "items") return this.sheet.charts.map((c) => new ChartProxy(this.sheet, c, true));
    return undefined;
  }
  get items(): ChartProxy[] {
    return this.read("items");
  }
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    this.ctx.book.fail("chart");
    if (seriesBy !== "Columns") throw new Error("fake: only series by columns");
    const b = source.bounds();
    // Excel's guess: a text cell on top of the column is the series name.
    const top = this.sheet.get(b.row, b.column);
    const named =
      top !== undefined && top.formula === undefined && typeof top.value === "string" && top.value !== "";
    const data: ChartData = {
      name: `Diagramm ${this.sheet.charts.length + 1}`,
      type,
      title: "",
      source: b,
      series: [
        named
          ? { name: String(top.value), values: { ...b, row: b.row + 1, rows: b.rows - 1 } }
          : { name: "Reihe1", values: b },
      ],
    };
    this.sheet.charts.push(data);
    return new ChartProxy(this.sheet, data);
  }
}

class ChartProxy {
  constructor(
    private sheet: SheetData,
    private data: ChartData,
    readonly preloaded = false,
  ) {}
  get name(): string {
    return this.data.name;
  }
  set name(v: string) {
    this.data.name = v;
  }
  get title() {
    const d = this.data;
    return {
      set text(v: string) {
        d.title = v;
      },
    };
  }
  get series() {
    const d = this.data;
    const wrap = (s: SeriesData) => ({
      set name(v: string) {
        s.name = v;
      },
      setValues: (r: RangeProxy) => (s.values = r.bounds()),
      setXAxisValues: (r: RangeProxy) => (s.xValues = r.bounds()),
    });
    return {
      getItemAt: (i: number) => wrap(d.series[i]),
      add: (name: string) => {
        const s: SeriesData = { name };
        d.series.push(s);
        return wrap(s);
      },
    };
  }
  get axes() {
    const d = this.data;
    return {
      valueAxis: {
        set numberFormat(v: string) {
          d.valueAxisFormat = v;
        },
      },
    };
  }
  setPosition(a: RangeProxy, b: RangeProxy): void {
    const pa = a.bounds();
    const pb = b.bounds();
    this.data.position = [`${pa.row},${pa.column}`, `${pb.row},${pb.column}`];
  }
  delete(): void {
    this.sheet.charts = this.sheet.charts.filter((c) => c !== this.data);
  }
}
