/**
 * Interprets the requests Microsoft's Excel library serialises (Actions over ObjectPaths) against the
 * plain-data workbook, as Excel's host would: object paths resolve to workbook objects, queries
 * answer with PascalCase properties (`_Items` for collections, an `Id` for sheets, tables, columns and
 * charts, `_ReferenceId` for ranges), actions run in queue order, and the first failing action ends the
 * request with its error and ActionIndex while the actions before it stay done (batch-not-transaction).
 * Excel's own reactions to writes come from behaviours.ts.
 *
 * Only the members src/excel uses are modelled; any other member fails loudly ("host: … not modelled"),
 * so a change in the add-in that reaches further into Office.js shows up as a failing test.
 */
import {
  HostError,
  canonicalFormula,
  checkWritable,
  refersToThisRow,
  renameInFormula,
  writtenContent,
  type BehaviourOptions,
} from "./behaviours";
import {
  SheetData,
  TableData,
  type Bounds,
  type CellData,
  type ChartData,
  type Scalar,
  type SeriesData,
  type WorkbookData,
} from "./workbook";

/** A workbook object a path resolves to. */
type Obj =
  | { kind: "workbook" }
  | { kind: "worksheets" }
  | { kind: "sheet"; sheet: SheetData }
  | { kind: "range"; sheet: SheetData; b: Bounds }
  | { kind: "tables"; sheet: SheetData | null }
  | { kind: "table"; table: TableData }
  | { kind: "columns"; table: TableData }
  | { kind: "column"; table: TableData; index: number }
  | { kind: "rows"; table: TableData }
  | { kind: "row"; table: TableData; sheet: SheetData; b: Bounds }
  | { kind: "sort"; table: TableData }
  | { kind: "autoFilter"; table: TableData }
  | { kind: "settings" }
  | { kind: "setting"; key: string }
  | { kind: "names" }
  | { kind: "customXmlParts"; namespace: string | null }
  | { kind: "customXmlPart"; id: string }
  | { kind: "charts"; sheet: SheetData }
  | { kind: "chart"; sheet: SheetData; chart: ChartData }
  | { kind: "series"; chart: ChartData }
  | { kind: "seriesItem"; series: SeriesData }
  | {
      kind: "bag";
      set: (prop: string, value: unknown) => void;
      children?: Record<string, () => Obj>;
      calls?: Record<string, (args: unknown[]) => unknown>;
    }
  | { kind: "null" };

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, PathInfo>;
}

export interface Answer {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; ActionIndex: number; Location: string };
}

const notModelled = (what: string): never => {
  throw new Error(`host: ${what} is not modelled`);
};

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** One session's interpreter: kept ranges live as long as the session (one Excel.run). */
export class Interpreter {
  private refs = new Map<string, Obj>();
  private nextRef = 1;
  private ids = new WeakMap<object, string>();
  private nextId = 1;

  constructor(
    private book: WorkbookData,
    private options: BehaviourOptions,
  ) {}

  /** Runs one request; `failAt` makes the action at that index fail (fault injection). */
  execute(body: RequestBody, failAt: { index: number; code: string } | null): Answer {
    const resolved = new Map<number, Obj>();
    const results: Answer["Results"] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const action = body.Actions[i];
      try {
        if (failAt !== null && failAt.index === i) throw new HostError(failAt.code, "injected failure");
        const value = this.action(action, body.ObjectPaths, resolved);
        results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        const code = error instanceof HostError ? error.code : "GeneralException";
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof HostError) && message.startsWith("host:")) throw error;
        return { Results: results, Error: { Code: code, Message: message, ActionIndex: i, Location: "" } };
      }
    }
    return { Results: results };
  }

  private action(a: Action, paths: Record<string, PathInfo>, resolved: Map<number, Obj>): unknown {
    const obj = () => this.resolve(a.ObjectPathId, paths, resolved);
    switch (a.ActionType) {
      case 1: {
        // Instantiate: the answer lets the library re-address the object in later requests.
        const o = this.resolve(a.ObjectPathId, paths, resolved);
        if (o.kind === "null") return null;
        if (o.kind === "range" || o.kind === "row") {
          const ref = `ref${this.nextRef++}`;
          this.refs.set(ref, o);
          return { _ReferenceId: ref };
        }
        const id = this.idOf(o);
        return id === undefined ? {} : { Id: id };
      }
      case 2: {
        const o = obj();
        if (o.kind === "null") return null;
        return this.query(o, a.QueryInfo?.Select ?? []);
      }
      case 3: {
        const o = obj();
        const args = this.args(a.ArgumentInfo, paths, resolved);
        if (a.Name === "_KeepReference") return null;
        if (a.Name === "_RemoveReference") {
          for (const r of args) this.refs.delete(String(r));
          return null;
        }
        if (o.kind === "null") return { _IsNull: true };
        return this.call(o, a.Name, args, true);
      }
      case 4: {
        const o = obj();
        if (o.kind === "null") throw new HostError("InvalidObjectPath", "write to a null object");
        this.set(o, a.Name, this.args(a.ArgumentInfo, paths, resolved)[0]);
        return null;
      }
      default:
        return notModelled(`action type ${a.ActionType} (${a.Name})`);
    }
  }

  private args(
    info: Action["ArgumentInfo"],
    paths: Record<string, PathInfo>,
    resolved: Map<number, Obj>,
  ): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((v, i) =>
      refs[i] !== undefined && refs[i] !== 0 ? this.resolve(Number(v), paths, resolved) : v,
    );
  }

  private resolve(id: number, paths: Record<string, PathInfo>, resolved: Map<number, Obj>): Obj {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const p = paths[String(id)];
    if (p === undefined) throw new HostError("InvalidObjectPath", `path ${id} unknown`);
    let o: Obj;
    switch (p.ObjectPathType) {
      case 1:
        o = { kind: "workbook" };
        break;
      case 4:
        o = this.child(this.resolve(p.ParentObjectPathId as number, paths, resolved), p.Name);
        break;
      case 3: {
        const parent = this.resolve(p.ParentObjectPathId as number, paths, resolved);
        const args = this.args(p.ArgumentInfo, paths, resolved);
        o = parent.kind === "null" ? parent : (this.call(parent, p.Name, args, false) as Obj);
        break;
      }
      case 5: {
        const parent = this.resolve(p.ParentObjectPathId as number, paths, resolved);
        o = this.item(parent, String((p.ArgumentInfo?.Arguments ?? [])[0]), false);
        break;
      }
      case 6: {
        const r = this.refs.get(p.Name);
        if (r === undefined) throw new HostError("InvalidObjectPath", `reference ${p.Name} was removed`);
        o = r;
        break;
      }
      case 7:
        o = { kind: "null" };
        break;
      default:
        return notModelled(`object path type ${p.ObjectPathType}`);
    }
    if (o.kind === "sheet" && !this.book.sheets.includes(o.sheet))
      throw new HostError("ItemNotFound", "sheet deleted");
    resolved.set(id, o);
    return o;
  }

  private idOf(o: Obj): string | undefined {
    const target =
      o.kind === "sheet" ? o.sheet : o.kind === "table" ? o.table : o.kind === "chart" ? o.chart : undefined;
    if (o.kind === "customXmlPart") return o.id;
    if (o.kind === "column") return String(o.index + 1);
    if (target === undefined) return undefined;
    let id = this.ids.get(target);
    if (id === undefined) {
      id = `{${o.kind}-${this.nextId++}}`;
      this.ids.set(target, id);
    }
    return id;
  }

  // ------------------------------------------------------------------------------------------------
  // Navigation

  private child(o: Obj, name: string): Obj {
    if (o.kind === "null") return o;
    const n = camel(name);
    switch (o.kind) {
      case "workbook":
        if (n === "worksheets") return { kind: "worksheets" };
        if (n === "tables") return { kind: "tables", sheet: null };
        if (n === "settings") return { kind: "settings" };
        if (n === "names") return { kind: "names" };
        if (n === "customXmlParts") return { kind: "customXmlParts", namespace: null };
        break;
      case "sheet":
        if (n === "tables") return { kind: "tables", sheet: o.sheet };
        if (n === "charts") return { kind: "charts", sheet: o.sheet };
        if (n === "freezePanes") {
          const sheet = o.sheet;
          return {
            kind: "bag",
            set: () => notModelled("freezePanes properties"),
            calls: { FreezeRows: ([count]) => (sheet.frozenRows = Number(count)) },
          };
        }
        break;
      case "table":
        if (n === "columns") return { kind: "columns", table: o.table };
        if (n === "rows") return { kind: "rows", table: o.table };
        if (n === "sort") return { kind: "sort", table: o.table };
        if (n === "autoFilter") return { kind: "autoFilter", table: o.table };
        if (n === "worksheet") return { kind: "sheet", sheet: o.table.sheet };
        break;
      case "range":
        if (n === "format") return this.rangeFormat(o);
        if (n === "conditionalFormats") return this.conditionalFormats(o);
        break;
      case "chart":
        return this.chartPart(o, n);
      case "bag":
        if (o.children?.[n] !== undefined) return o.children[n]();
        break;
    }
    return notModelled(`${o.kind}.${n}`);
  }

  private item(o: Obj, key: string, orNull: boolean): Obj {
    const none = (): Obj => {
      if (orNull) return { kind: "null" };
      throw new HostError("ItemNotFound", `${key} not found`);
    };
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    switch (o.kind) {
      case "worksheets": {
        const s = this.book.sheets.find((x) => same(x.name, key) || this.ids.get(x) === key);
        return s === undefined ? none() : { kind: "sheet", sheet: s };
      }
      case "tables": {
        const list = o.sheet === null ? this.book.tables() : o.sheet.tables;
        const t = list.find((x) => same(x.name, key) || this.ids.get(x) === key);
        return t === undefined ? none() : { kind: "table", table: t };
      }
      case "columns": {
        const headers = o.table.headers();
        let i = headers.findIndex((h) => same(h, key));
        if (i < 0 && /^\d+$/.test(key)) i = Number(key) - 1;
        return i >= 0 && i < headers.length ? { kind: "column", table: o.table, index: i } : none();
      }
      case "settings":
        return this.book.settings.has(key) ? { kind: "setting", key } : none();
      case "charts": {
        const c = o.sheet.charts.find((x) => same(x.name, key) || this.ids.get(x) === key);
        return c === undefined ? none() : { kind: "chart", sheet: o.sheet, chart: c };
      }
      case "customXmlParts": {
        const part = this.book.customXmlParts.get(key);
        return part === undefined || (o.namespace !== null && part.namespace !== o.namespace)
          ? none()
          : { kind: "customXmlPart", id: key };
      }
    }
    return notModelled(`items of ${o.kind}`);
  }

  // ------------------------------------------------------------------------------------------------
  // Queries

  private query(o: Obj, select: string[]): unknown {
    const collection = this.items(o);
    if (collection !== null) return { _Items: collection.map((item) => this.project(item, select)) };
    return this.project(o, select);
  }

  private items(o: Obj): Obj[] | null {
    switch (o.kind) {
      case "worksheets":
        return this.book.sheets.map((sheet) => ({ kind: "sheet", sheet }));
      case "tables":
        return (o.sheet === null ? this.book.tables() : o.sheet.tables).map((table) => ({
          kind: "table",
          table,
        }));
      case "columns":
        return o.table.headers().map((_, index) => ({ kind: "column", table: o.table, index }));
      case "names":
        return this.book.namedItems.map(
          (name) => ({ kind: "bag", set: () => undefined, children: {}, calls: {}, name }) as Obj,
        );
      case "charts":
        return o.sheet.charts.map((chart) => ({ kind: "chart", sheet: o.sheet, chart }));
      case "customXmlParts":
        return [...this.book.customXmlParts.entries()]
          .filter(([, p]) => o.namespace === null || p.namespace === o.namespace)
          .map(([id]) => ({ kind: "customXmlPart", id }));
      default:
        return null;
    }
  }

  /** The selected properties (camelCase paths like "worksheet/name") as a PascalCase object. */
  private project(o: Obj, select: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const id = this.idOf(o);
    if (id !== undefined) out.Id = id;
    if (o.kind === "range" || o.kind === "row") out._ReferenceId = this.keep(o);
    const props = select.length === 0 ? this.defaultProps(o) : select;
    for (const path of props) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) {
        const nested = this.project(this.child(o, head), [rest.join("/")]);
        out[pascal(head)] = { ...((out[pascal(head)] as object) ?? {}), ...nested };
      } else {
        out[pascal(head)] = this.get(o, head);
      }
    }
    return out;
  }

  private keep(o: Obj): string {
    const ref = `ref${this.nextRef++}`;
    this.refs.set(ref, o);
    return ref;
  }

  private defaultProps(o: Obj): string[] {
    switch (o.kind) {
      case "sheet":
      case "table":
      case "column":
      case "chart":
        return ["name"];
      case "setting":
        return ["key", "value"];
      case "customXmlPart":
        return ["id", "namespaceUri"];
      default:
        return [];
    }
  }

  private get(o: Obj, prop: string): unknown {
    switch (o.kind) {
      case "sheet":
        if (prop === "name") return o.sheet.name;
        break;
      case "table":
        if (prop === "name") return o.table.name;
        if (prop === "showHeaders") return o.table.showHeaders;
        if (prop === "showTotals") return o.table.showTotals;
        if (prop === "style") return o.table.style;
        break;
      case "column":
        if (prop === "name") return o.table.headers()[o.index];
        if (prop === "index") return o.index;
        break;
      case "setting":
        if (prop === "key") return o.key;
        if (prop === "value") return this.book.settings.get(o.key);
        break;
      case "chart":
        if (prop === "name") return o.chart.name;
        break;
      case "customXmlPart": {
        const part = this.book.customXmlParts.get(o.id);
        if (prop === "id") return o.id;
        if (prop === "namespaceUri") return part?.namespace;
        break;
      }
      case "autoFilter":
        if (prop === "enabled") return o.table.filtered();
        if (prop === "isDataFiltered") return o.table.filtered();
        break;
      case "range":
      case "row":
        return this.rangeProp(o.sheet, o.b, prop);
      case "bag": {
        const named = (o as unknown as { name?: string }).name;
        if (prop === "name" && named !== undefined) return named;
        break;
      }
    }
    return notModelled(`reading ${o.kind}.${prop}`);
  }

  private rangeProp(sheet: SheetData, b: Bounds, prop: string): unknown {
    const grid = <T>(f: (c: CellData | undefined) => T): T[][] =>
      Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.columns }, (_, c) => f(sheet.get(b.row + r, b.column + c))),
      );
    switch (prop) {
      case "values":
        // Formula cells: the host does not calculate; they read as "" (see README Limits) unless a test
        // set what they show.
        return grid((c) => (c?.formula !== undefined ? (c.shown ?? "") : (c?.value ?? "")));
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
        return `${sheet.name}!${cellName(b.row, b.column)}:${cellName(b.row + b.rows - 1, b.column + b.columns - 1)}`;
      case "rowHidden": {
        let hidden = 0;
        for (let r = b.row; r < b.row + b.rows; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === b.rows ? true : null;
      }
    }
    return notModelled(`reading range.${prop}`);
  }

  // ------------------------------------------------------------------------------------------------
  // Writes

  private set(o: Obj, name: string, value: unknown): void {
    const prop = camel(name);
    switch (o.kind) {
      case "range":
      case "row":
        if (prop === "values" || prop === "formulas") return this.writeContent(o.sheet, o.b, value, prop);
        if (prop === "numberFormat") return this.writeFormats(o.sheet, o.b, value);
        break;
      case "sheet":
        if (prop === "name") return this.renameSheet(o.sheet, String(value));
        break;
      case "table":
        if (prop === "name") return this.renameTable(o.table, String(value));
        if (prop === "style") {
          o.table.style = String(value);
          return;
        }
        break;
      case "chart":
        if (prop === "name") {
          o.chart.name = String(value);
          return;
        }
        break;
      case "seriesItem":
        if (prop === "name") {
          o.series.name = String(value);
          return;
        }
        break;
      case "bag":
        return o.set(prop, value);
    }
    notModelled(`writing ${o.kind}.${prop}`);
  }

  private grid(b: Bounds, value: unknown, what: string): unknown[][] {
    if (!Array.isArray(value)) throw new HostError("InvalidArgument", `${what} must be a 2-D array`);
    if (value.length !== b.rows || value.some((r) => !Array.isArray(r) || r.length !== b.columns)) {
      throw new HostError(
        "InvalidArgument",
        `${what} of ${value.length} rows for a range of ${b.rows}x${b.columns}`,
      );
    }
    return value as unknown[][];
  }

  private writeContent(sheet: SheetData, b: Bounds, value: unknown, what: string): void {
    checkWritable(this.book, sheet);
    const rows = this.grid(b, value, what);
    if (b.rows > 1) {
      for (let r = b.row; r < b.row + b.rows; r++) {
        if (sheet.hiddenRows.has(r))
          throw new HostError("InvalidOperation", "writing across rows hidden by a filter (office-js#224)");
      }
    }
    // All cells are checked before any changes: one bad cell fails the whole assignment.
    const out: [number, number, { value: Scalar; formula?: string }][] = [];
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const row = b.row + i;
        const column = b.column + j;
        const c = writtenContent(v, sheet.get(row, column)?.format ?? "General");
        if (c.formula !== undefined) {
          if (refersToThisRow(c.formula) && !sheet.tables.some((t) => t.inBody(row, column))) {
            throw new HostError(
              "InvalidArgument",
              `${cellName(row, column)}: a reference to "this row" outside a table`,
            );
          }
          c.formula = canonicalFormula(c.formula, this.book);
        }
        out.push([row, column, c]);
      }),
    );
    this.expandTables(sheet, b);
    for (const [row, column, c] of out) {
      const cell = sheet.cell(row, column);
      cell.value = c.value;
      cell.formula = c.formula;
    }
    if (this.options.calculatedColumns) this.fillCalculatedColumns(sheet, out);
  }

  /** table-auto-expand: a write into the row right below a table (no totals row) grows the table. */
  private expandTables(sheet: SheetData, b: Bounds): void {
    if (!this.options.autoExpandTables) return;
    for (const t of sheet.tables) {
      if (t.showTotals) continue;
      const below = t.top + t.rows;
      const overlaps = b.column < t.left + t.columns && t.left < b.column + b.columns;
      if (b.row === below && overlaps) {
        const before = t.rows;
        t.rows += b.rows;
        this.fillNewRows(t, before);
      }
    }
  }

  /** calculated-column-fill: a formula in a table column whose other body cells are empty fills it. */
  private fillCalculatedColumns(
    sheet: SheetData,
    written: [number, number, { value: Scalar; formula?: string }][],
  ): void {
    for (const t of sheet.tables) {
      // Only entering a formula starts the fill; writing a value or clearing a cell does not.
      const columns = new Set(
        written.filter(([r, c, w]) => w.formula !== undefined && t.inBody(r, c)).map(([, c]) => c),
      );
      for (const column of columns) {
        const body = t.bodyBounds();
        const formulas = new Set<string>();
        let others = false;
        for (let r = body.row; r < body.row + body.rows; r++) {
          const cell = sheet.get(r, column);
          if (cell?.formula !== undefined) formulas.add(cell.formula);
          else if (cell !== undefined && cell.value !== "") others = true;
        }
        if (formulas.size !== 1 || others) continue;
        const [formula] = [...formulas];
        t.calculated.set(column - t.left, formula);
        for (let r = body.row; r < body.row + body.rows; r++) {
          const cell = sheet.cell(r, column);
          if (cell.formula === undefined) {
            cell.formula = formula;
            cell.value = "";
          }
        }
      }
    }
  }

  /** calculated-column-new-rows: rows from `fromRow` (1-based below the header) get the column formulas. */
  private fillNewRows(t: TableData, fromRow: number): void {
    if (!this.options.calculatedColumns) return;
    for (const [c, formula] of t.calculated) {
      for (let r = fromRow; r < t.rows; r++) {
        const cell = t.sheet.cell(t.top + r, t.left + c);
        if (cell.formula === undefined && cell.value === "") cell.formula = formula;
      }
    }
  }

  private writeFormats(sheet: SheetData, b: Bounds, value: unknown): void {
    checkWritable(this.book, sheet);
    const rows = this.grid(b, value, "numberFormat");
    rows.forEach((r, i) => r.forEach((v, j) => (sheet.cell(b.row + i, b.column + j).format = String(v))));
  }

  private renameSheet(sheet: SheetData, name: string): void {
    if (name.length > 31 || /[:\\/?*[\]]/.test(name) || name.trim() === "")
      throw new HostError("InvalidArgument", `sheet name "${name}"`);
    const other = this.book.sheet(name);
    if (other !== undefined && other !== sheet) throw new HostError("ItemAlreadyExists", `sheet "${name}"`);
    sheet.name = name;
  }

  private renameTable(t: TableData, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
      throw new HostError("InvalidArgument", `table name "${name}"`);
    if (this.book.namedItems.some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new HostError("ItemAlreadyExists", `name "${name}"`);
    const other = this.book.table(name);
    if (other !== undefined && other !== t) throw new HostError("ItemAlreadyExists", `table "${name}"`);
    const from = t.name;
    t.name = name;
    if (from === name) return;
    for (const sheet of this.book.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== undefined) cell.formula = renameInFormula(cell.formula, from, name);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Methods (paths of type Method and method actions). `asAction` false: the call builds a path.

  private call(o: Obj, method: string, args: unknown[], asAction: boolean): unknown {
    const m = method;
    switch (o.kind) {
      case "worksheets":
        if (m === "GetItemOrNullObject") return this.item(o, String(args[0]), true);
        if (m === "GetItem") return this.item(o, String(args[0]), false);
        if (m === "Add") return this.addSheet(String(args[0]));
        break;
      case "sheet":
        if (m === "GetRangeByIndexes") {
          const [row, column, rows, columns] = args.map(Number);
          if (rows < 1 || columns < 1 || row < 0 || column < 0)
            throw new HostError("InvalidArgument", "getRangeByIndexes");
          return { kind: "range", sheet: o.sheet, b: { row, column, rows, columns } };
        }
        if (m === "GetUsedRangeOrNullObject") {
          const used = o.sheet.used();
          return used === null ? { kind: "null" } : { kind: "range", sheet: o.sheet, b: used };
        }
        if (m === "Activate") {
          this.book.activeSheet = o.sheet.name;
          return null;
        }
        if (m === "Copy") return this.copySheet(o.sheet, args[0], args[1]);
        if (m === "Delete") {
          checkWritable(this.book, o.sheet);
          this.book.sheets = this.book.sheets.filter((s) => s !== o.sheet);
          this.book.conditionalFormats = this.book.conditionalFormats.filter((c) => c.sheet !== o.sheet.name);
          return null;
        }
        break;
      case "range":
      case "row": {
        const b = o.b;
        if (m === "GetCell")
          return {
            kind: "range",
            sheet: o.sheet,
            b: { row: b.row + Number(args[0]), column: b.column + Number(args[1]), rows: 1, columns: 1 },
          };
        if (m === "GetRow") {
          const r = Number(args[0]);
          if (r < 0 || r >= b.rows) throw new HostError("InvalidArgument", "getRow");
          return { kind: "range", sheet: o.sheet, b: { ...b, row: b.row + r, rows: 1 } };
        }
        if (m === "GetResizedRange") {
          const nb = { ...b, rows: b.rows + Number(args[0]), columns: b.columns + Number(args[1]) };
          if (nb.rows < 1 || nb.columns < 1) throw new HostError("InvalidArgument", "getResizedRange");
          return { kind: "range", sheet: o.sheet, b: nb };
        }
        if (m === "GetOffsetRange") {
          const nb = { ...b, row: b.row + Number(args[0]), column: b.column + Number(args[1]) };
          if (nb.row < 0 || nb.column < 0) throw new HostError("InvalidArgument", "getOffsetRange");
          return { kind: "range", sheet: o.sheet, b: nb };
        }
        if (m === "GetRange" && o.kind === "row") return { kind: "range", sheet: o.sheet, b };
        if (m === "Select") {
          this.book.selection = { sheet: o.sheet.name, bounds: b };
          return null;
        }
        break;
      }
      case "tables":
        if (m === "GetItemOrNullObject") return this.item(o, String(args[0]), true);
        if (m === "GetItem") return this.item(o, String(args[0]), false);
        if (m === "Add") return this.addTable(o.sheet, args[0], args[1] === true);
        break;
      case "table": {
        const t = o.table;
        if (m === "GetDataBodyRange") return { kind: "range", sheet: t.sheet, b: t.bodyBounds() };
        if (m === "GetRange") return { kind: "range", sheet: t.sheet, b: t.bounds() };
        if (m === "GetHeaderRowRange") {
          if (!t.showHeaders) return notModelled("the header row range of a table without one");
          return {
            kind: "range",
            sheet: t.sheet,
            b: { row: t.top, column: t.left, rows: 1, columns: t.columns },
          };
        }
        if (m === "Resize") return this.resizeTable(t, args[0]);
        if (m === "Delete") {
          checkWritable(this.book, t.sheet);
          t.sheet.tables = t.sheet.tables.filter((x) => x !== t);
          for (let r = 0; r < t.rows; r++)
            for (let c = 0; c < t.columns; c++) t.sheet.cells.delete(t.sheet.key(t.top + r, t.left + c));
          return null;
        }
        break;
      }
      case "columns":
        if (m === "Add") return this.addColumn(o.table, args[0], args[1], args[2]);
        if (m === "GetItemOrNullObject") return this.item(o, String(args[0]), true);
        break;
      case "column":
        if (m === "GetDataBodyRange") {
          const body = o.table.bodyBounds();
          return {
            kind: "range",
            sheet: o.table.sheet,
            b: { ...body, column: o.table.left + o.index, columns: 1 },
          };
        }
        break;
      case "rows":
        if (m === "Add") return this.addRows(o.table, args[0], args[1]);
        break;
      case "sort":
        if (m === "Apply") return this.sortTable(o.table, args[0] as { key: number; ascending?: boolean }[]);
        break;
      case "settings":
        if (m === "GetItemOrNullObject") return this.item(o, String(args[0]), true);
        if (m === "GetItem") return this.item(o, String(args[0]), false);
        if (m === "Add") {
          this.book.settings.set(String(args[0]), args[1]);
          return asAction ? null : { kind: "setting", key: String(args[0]) };
        }
        break;
      case "setting":
        if (m === "Delete") {
          this.book.settings.delete(o.key);
          return null;
        }
        break;
      case "customXmlParts":
        if (m === "GetByNamespace") return { kind: "customXmlParts", namespace: String(args[0]) };
        if (m === "GetOnlyItemOrNullObject" || m === "GetOnlyItem") {
          const list = this.items(o) as Obj[];
          if (list.length === 1) return list[0];
          if (m === "GetOnlyItem" || list.length > 1)
            throw new HostError("InvalidOperation", `${list.length} parts in ${o.namespace}`);
          return { kind: "null" };
        }
        if (m === "GetItemOrNullObject") return this.item(o, String(args[0]), true);
        if (m === "Add") return this.addPart(String(args[0]));
        break;
      case "customXmlPart": {
        const part = this.book.customXmlParts.get(o.id);
        if (part === undefined) throw new HostError("ItemNotFound", "custom XML part deleted");
        if (m === "GetXml") return part.xml;
        if (m === "SetXml") {
          const ns = namespaceOf(String(args[0]));
          if (ns !== part.namespace) return notModelled("changing a part's namespace");
          part.xml = String(args[0]);
          return null;
        }
        if (m === "Delete") {
          this.book.customXmlParts.delete(o.id);
          return null;
        }
        break;
      }
      case "charts":
        if (m === "Add") return this.addChart(o.sheet, String(args[0]), args[1] as Obj, String(args[2]));
        break;
      case "chart":
        if (m === "Delete") {
          o.sheet.charts = o.sheet.charts.filter((c) => c !== o.chart);
          return null;
        }
        if (m === "SetPosition") {
          const [a, b] = args as Obj[];
          if (a.kind !== "range" || b.kind !== "range") return notModelled("setPosition by address");
          o.chart.position = [`${a.b.row},${a.b.column}`, `${b.b.row},${b.b.column}`];
          return null;
        }
        break;
      case "series":
        if (m === "GetItemAt") {
          const s = o.chart.series[Number(args[0])];
          if (s === undefined) throw new HostError("ItemNotFound", "series");
          return { kind: "seriesItem", series: s };
        }
        if (m === "Add") {
          const s: SeriesData = { name: String(args[0]) };
          o.chart.series.push(s);
          return { kind: "seriesItem", series: s };
        }
        break;
      case "seriesItem": {
        const r = args[0] as Obj;
        if (r.kind !== "range") break;
        if (m === "SetValues") {
          o.series.values = r.b;
          return null;
        }
        if (m === "SetXAxisValues") {
          o.series.xValues = r.b;
          return null;
        }
        break;
      }
      case "bag": {
        const f = o.calls?.[m];
        if (f !== undefined) return f(args);
        break;
      }
    }
    return notModelled(`${o.kind}.${m}()`);
  }

  private addSheet(name: string): Obj {
    if (name.length > 31 || /[:\\/?*[\]]/.test(name) || name.trim() === "")
      throw new HostError("InvalidArgument", `sheet name "${name}"`);
    if (this.book.sheet(name) !== undefined) throw new HostError("ItemAlreadyExists", `sheet "${name}"`);
    return { kind: "sheet", sheet: this.book.addSheet(name) };
  }

  /** worksheet-copy (ExcelApi 1.7): a copy at the end, named "<name> (2)", "(3)" …. */
  private copySheet(source: SheetData, position: unknown, relativeTo: unknown): Obj {
    if (position !== undefined && position !== null && position !== "End" && position !== "None")
      return notModelled(`worksheet.copy to ${String(position)}`);
    if (relativeTo !== undefined && relativeTo !== null) return notModelled("worksheet.copy relativeTo");
    let n = 2;
    const base = source.name.slice(0, 31 - 4);
    while (this.book.sheet(`${base} (${n})`) !== undefined) n++;
    const copy = this.book.addSheet(`${base} (${n})`);
    for (const [k, c] of source.cells) copy.cells.set(k, { ...c });
    copy.frozenRows = source.frozenRows;
    copy.columnWidths = new Map(source.columnWidths);
    copy.hiddenRows = new Set(source.hiddenRows);
    for (const t of source.tables) {
      let i = 2;
      while (this.book.table(`${t.name}${i}`) !== undefined) i++;
      const name = `${t.name}${i}`;
      const c = new TableData(name, copy, t.top, t.left, t.rows, t.columns);
      c.style = t.style;
      c.showHeaders = t.showHeaders;
      c.hiddenHeaders = [...t.hiddenHeaders];
      c.showTotals = t.showTotals;
      c.calculated = new Map(t.calculated);
      copy.tables.push(c);
      for (const cell of copy.cells.values())
        if (cell.formula !== undefined) cell.formula = renameInFormula(cell.formula, t.name, name);
    }
    copy.charts = source.charts.map((ch) => structuredClone(ch));
    this.book.conditionalFormats.push(
      ...this.book.conditionalFormats
        .filter((f) => f.sheet === source.name)
        .map((f) => ({ ...f, sheet: copy.name })),
    );
    return { kind: "sheet", sheet: copy };
  }

  private addTable(sheet: SheetData | null, address: unknown, hasHeaders: boolean): Obj {
    const range = address as Obj;
    if (typeof address === "string" || range.kind !== "range")
      return notModelled("tables.add by address text");
    const target = sheet ?? range.sheet;
    if (target !== range.sheet) throw new HostError("InvalidArgument", "range on another sheet");
    checkWritable(this.book, target);
    const b = range.b;
    for (const t of target.tables) {
      const o = t.bounds();
      if (
        b.row < o.row + o.rows &&
        o.row < b.row + b.rows &&
        b.column < o.column + o.columns &&
        o.column < b.column + b.columns
      ) {
        throw new HostError("InvalidArgument", "tables overlap");
      }
    }
    if (!hasHeaders) return notModelled("tables without headers");
    let n = 1;
    while (this.book.table(`Tabelle${n}`) !== undefined || this.book.namedItems.includes(`Tabelle${n}`)) n++;
    const t = new TableData(`Tabelle${n}`, target, b.row, b.column, b.rows, b.columns);
    // Excel names empty header cells and makes header cells text.
    for (let i = 0; i < b.columns; i++) {
      const cell = target.cell(b.row, b.column + i);
      if (cell.value === "" && cell.formula === undefined) cell.value = `Spalte${i + 1}`;
      else if (cell.formula !== undefined) return notModelled("formulas in a header row");
      else cell.value = String(cell.value);
    }
    target.tables.push(t);
    return { kind: "table", table: t };
  }

  private resizeTable(t: TableData, address: unknown): null {
    const r = address as Obj;
    if (typeof address === "string" || r.kind !== "range") return notModelled("resize by address text");
    if (r.b.row !== t.top || r.b.column !== t.left || r.b.columns !== t.columns)
      return notModelled("resize other than growing rows");
    const before = t.rows;
    t.rows = r.b.rows;
    this.fillNewRows(t, before);
    return null;
  }

  private addRows(t: TableData, index: unknown, values: unknown): Obj {
    checkWritable(this.book, t.sheet);
    if (index !== undefined && index !== null && index !== -1) return notModelled("rows.add at an index");
    const rows = values as unknown[][];
    if (!Array.isArray(rows) || rows.some((r) => r.length !== t.columns))
      throw new HostError("InvalidArgument", "row width");
    if (t.filtered()) throw new HostError("InsertDeleteConflict", "rows.add on a filtered table");
    const at = t.top + t.rows;
    const blocking = t.sheet.tables.some(
      (o) =>
        o !== t &&
        o.top >= at &&
        o.left < t.left + t.columns &&
        t.left < o.left + o.columns &&
        o.left < t.left,
    );
    if (blocking) throw new HostError("InsertDeleteConflict", "the insert would shift another table");
    t.sheet.shiftDown(at, rows.length, t.left, t.left + t.columns - 1);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = t.sheet.cell(at + i, t.left + j);
        cell.format = t.sheet.get(at - 1, t.left + j)?.format ?? "General";
        const c = writtenContent(v, cell.format);
        cell.value = c.value;
        cell.formula = c.formula;
      }),
    );
    const before = t.rows;
    t.rows += rows.length;
    this.fillNewRows(t, before);
    return {
      kind: "row",
      table: t,
      sheet: t.sheet,
      b: { row: at, column: t.left, rows: rows.length, columns: t.columns },
    };
  }

  private addColumn(t: TableData, index: unknown, values: unknown, name: unknown): Obj {
    checkWritable(this.book, t.sheet);
    if (index !== undefined && index !== null && index !== -1) return notModelled("columns.add at an index");
    if (values !== undefined && values !== null) return notModelled("columns.add with values");
    const header = typeof name === "string" ? name : `Spalte${t.columns + 1}`;
    if (t.headers().some((h) => h.toLowerCase() === header.toLowerCase()))
      throw new HostError("InvalidArgument", `duplicate column "${header}"`);
    const at = t.left + t.columns;
    t.sheet.shiftRight(at, 1, t.top, t.top + t.rows - (t.showTotals ? 0 : 1));
    if (t.showHeaders) t.sheet.cell(t.top, at).value = header;
    else t.hiddenHeaders.push(header);
    t.columns += 1;
    return { kind: "column", table: t, index: t.columns - 1 };
  }

  private sortTable(t: TableData, fields: { key: number; ascending?: boolean }[]): null {
    this.book.fail("sort");
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
    return null;
  }

  private addPart(xml: string): Obj {
    const namespace = namespaceOf(xml);
    const id = `{part-${this.book.customXmlParts.size + 1}-${Date.now() % 100000}}`;
    this.book.customXmlParts.set(id, { namespace, xml });
    return { kind: "customXmlPart", id };
  }

  private addChart(sheet: SheetData, type: string, source: Obj, seriesBy: string): Obj {
    this.book.fail("chart");
    if (source.kind !== "range") return notModelled("charts.add by address text");
    if (seriesBy !== "Columns") return notModelled("series by rows");
    const b = source.b;
    const top = sheet.get(b.row, b.column);
    const named =
      top !== undefined && top.formula === undefined && typeof top.value === "string" && top.value !== "";
    const chart: ChartData = {
      name: `Diagramm ${sheet.charts.length + 1}`,
      type,
      title: "",
      source: b,
      series: [
        named
          ? { name: String(top.value), values: { ...b, row: b.row + 1, rows: b.rows - 1 } }
          : { name: "Reihe1", values: b },
      ],
    };
    sheet.charts.push(chart);
    return { kind: "chart", sheet, chart };
  }

  // ------------------------------------------------------------------------------------------------
  // Small objects: formats, conditional formats, chart parts

  private rangeFormat(o: { sheet: SheetData; b: Bounds }): Obj {
    const { sheet, b } = o;
    const cells = () => {
      const out: CellData[] = [];
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.columns; c++) out.push(sheet.cell(b.row + r, b.column + c));
      return out;
    };
    return {
      kind: "bag",
      set: (prop, value) => {
        if (prop !== "columnWidth") return notModelled(`format.${prop}`);
        for (let c = 0; c < b.columns; c++) sheet.columnWidths.set(b.column + c, Number(value));
      },
      children: {
        font: () => ({
          kind: "bag",
          set: (p, v) =>
            p === "bold" ? cells().forEach((c) => (c.bold = v === true)) : notModelled(`font.${p}`),
        }),
        fill: () => ({
          kind: "bag",
          set: (p, v) =>
            p === "color" ? cells().forEach((c) => (c.fill = String(v))) : notModelled(`fill.${p}`),
        }),
      },
      calls: { AutofitColumns: () => null },
    };
  }

  private conditionalFormats(o: { sheet: SheetData; b: Bounds }): Obj {
    const book = this.book;
    return {
      kind: "bag",
      set: () => notModelled("conditionalFormats properties"),
      calls: {
        Add: ([type]) => {
          book.fail("conditionalFormat");
          checkWritable(book, o.sheet);
          const cf = {
            sheet: o.sheet.name,
            ...o.b,
            type: String(type),
          } as import("./workbook").ConditionalFormatData;
          book.conditionalFormats.push(cf);
          const format = (): Obj => ({
            kind: "bag",
            set: () => notModelled("conditional format properties"),
            children: {
              fill: () => ({
                kind: "bag",
                set: (p, v) => (p === "color" ? (cf.fill = String(v)) : notModelled(p)),
              }),
              font: () => ({
                kind: "bag",
                set: (p, v) => (p === "color" ? (cf.font = String(v)) : notModelled(p)),
              }),
            },
          });
          const rule = (): Obj => ({
            kind: "bag",
            set: (p, v) => (p === "formula" ? (cf.formula = String(v)) : notModelled(p)),
          });
          return {
            kind: "bag",
            set: () => notModelled("conditional format properties"),
            children: {
              textComparison: () => ({
                kind: "bag",
                set: (p, v) => (p === "rule" ? (cf.rule = v) : notModelled(p)),
                children: { format },
              }),
              custom: () => ({
                kind: "bag",
                set: () => notModelled("custom properties"),
                children: { format, rule },
              }),
            },
          } as Obj;
        },
      },
    };
  }

  private chartPart(o: { chart: ChartData }, n: string): Obj {
    const chart = o.chart;
    if (n === "series") return { kind: "series", chart };
    if (n === "title")
      return {
        kind: "bag",
        set: (p, v) => (p === "text" ? (chart.title = String(v)) : notModelled(`title.${p}`)),
      };
    if (n === "axes") {
      return {
        kind: "bag",
        set: () => notModelled("axes properties"),
        children: {
          valueAxis: () => ({
            kind: "bag",
            set: (p, v) =>
              p === "numberFormat" ? (chart.valueAxisFormat = String(v)) : notModelled(`valueAxis.${p}`),
          }),
        },
      };
    }
    return notModelled(`chart.${n}`);
  }
}

/** The namespace of an XML text's root element (xmlns="…"). */
export function namespaceOf(xml: string): string {
  const m = /^\s*(?:<\?xml[^>]*>\s*)?<[\w:.-]+[^>]*\sxmlns="([^"]*)"/.exec(xml);
  if (m === null) throw new HostError("InvalidArgument", "custom XML without a default namespace");
  return m[1];
}

export function cellName(row: number, column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return `${out}${row + 1}`;
}
