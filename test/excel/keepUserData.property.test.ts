/**
 * Property (issue 6): across many random sequences of user edits and repeated pulls, no cell of
 * user data is lost. "User data" = every value the user typed (into their own columns, their own
 * rows, or over an add-in cell) and every fill colour they set. The only way such a value may go is
 * an explicit "yes" to confirmOverwrite for exactly that cell. Also checked: add-in cells the user
 * did not touch show what the add-in wants (so the test cannot pass by writing nothing).
 *
 * Runs through the real Office.js code path (updateOwnedTable, pullRegister, pullRules) against the
 * fake workbook.
 */
import fc from "fast-check";
import { pullRegister, pullRules, setExcelRunner, type CellConflict } from "../../src/excel";
import type { CellValue, ColumnSpec, DesiredTable } from "../../src/excel/merge";
import { sameContent } from "../../src/excel/merge";
import { updateOwnedTable } from "../../src/excel/ownedTable";
import { tableStateKey } from "../../src/excel/state";
import { registerTable, rulesTable } from "../../src/excel/tables";
import { Workbook, type Scalar } from "./host";
import { User } from "./userActions";

type Answer = "ja" | "nein" | "keine Frage";

interface Fact {
  key: string;
  header: string;
  value?: Scalar;
  fill?: string;
}

/**
 * The user's data, by row key and column header, and the checks.
 *
 * "What the add-in wrote" is read from its stored memory (the definition the add-in itself uses to
 * tell its values from the user's). The memory is not trusted blindly: memoryMismatches() checks
 * that every cell the memory claims for the add-in really holds that value unless the user typed there.
 */
class Ledger {
  facts = new Map<string, Fact>();
  constructor(
    private user: User,
    private book: Workbook,
    private table: string,
    private keyHeader: string,
  ) {}
  private cache: {
    text: unknown;
    data: { columns: string[]; rows: Record<string, unknown[]> } | null;
  } | null = null;
  private memory(): { columns: string[]; rows: Record<string, unknown[]> } | null {
    const text = this.book.settings.get(tableStateKey(this.table));
    if (this.cache !== null && this.cache.text === text) return this.cache.data;
    let data = null;
    try {
      const parsed = JSON.parse(String(text));
      data =
        Array.isArray(parsed.columns) && typeof parsed.rows === "object" && parsed.rows !== null
          ? parsed
          : null;
    } catch {
      data = null;
    }
    this.cache = { text, data };
    return data;
  }
  /** The add-in's remembered value; undefined where it remembers nothing (or only "unknown" = null). */
  remembered(key: string, header: string): CellValue | undefined {
    const m = this.memory();
    const row = m?.rows[key];
    const at = m?.columns.indexOf(header) ?? -1;
    if (!Array.isArray(row) || at < 0) return undefined;
    const v = row[at];
    return v === null || v === undefined ? undefined : (v as CellValue);
  }
  typed(key: string, header: string, value: Scalar): void {
    const id = `${key}\u0000${header}`;
    this.facts.set(id, { ...this.facts.get(id), key, header, value });
  }
  /** The user typed into an add-in cell that held `before`. */
  typedOwn(key: string, header: string, value: Scalar, before: unknown): void {
    const id = `${key}\u0000${header}`;
    if (sameContent(before, value)) return; // nothing changed
    const mem = this.remembered(key, header);
    // Typing the add-in's own value back, or clearing a cell the add-in knows nothing about, leaves
    // no user data in the cell.
    if ((mem !== undefined && sameContent(mem, value)) || (value === "" && mem === undefined)) {
      const f = this.facts.get(id);
      if (f !== undefined) this.facts.set(id, { ...f, value: undefined });
      return;
    }
    this.typed(key, header, value);
  }
  /**
   * The memory was damaged: a cleared add-in cell was protected while the memory knew it had been
   * cleared (unit-tested elsewhere); without memory an empty cell holds no data that could be lost.
   */
  forgetCleared(rowKey?: string): void {
    for (const [id, f] of this.facts) {
      if ((rowKey === undefined || f.key === rowKey) && f.value === "")
        this.facts.set(id, { ...f, value: undefined });
    }
  }
  filled(key: string, header: string, fill: string): void {
    const id = `${key}\u0000${header}`;
    this.facts.set(id, { ...this.facts.get(id), key, header, fill });
  }
  /** The user said yes for these cells: their typed values may go (fills stay theirs). */
  consented(conflicts: CellConflict[]): void {
    for (const c of conflicts) {
      const id = `${c.rowKey}\u0000${c.column}`;
      const f = this.facts.get(id);
      if (f !== undefined) this.facts.set(id, { ...f, value: undefined });
    }
  }
  content(key: string, header: string): Scalar | undefined {
    const cell = this.user.cell(this.table, this.keyHeader, key, header);
    return cell === undefined ? undefined : (cell.formula ?? cell.value);
  }
  lost(): string[] {
    const out: string[] = [];
    for (const f of this.facts.values()) {
      const cell = this.user.cell(this.table, this.keyHeader, f.key, f.header);
      const content = cell === undefined ? undefined : (cell.formula ?? cell.value);
      if (f.value !== undefined && content !== f.value)
        out.push(`${f.key}/${f.header}: ${String(f.value)} -> ${String(content)}`);
      if (f.fill !== undefined && cell?.fill !== f.fill)
        out.push(`${f.key}/${f.header}: fill ${f.fill} lost`);
    }
    return out;
  }
  /** Add-in cells the add-in regards as its own must show the desired value after a pull. */
  wrongAddinCells(desired: DesiredTable): string[] {
    const out: string[] = [];
    for (const row of desired.rows) {
      desired.columns.forEach((spec, i) => {
        if (this.facts.get(`${row.key}\u0000${spec.header}`)?.value !== undefined) return;
        const content = this.content(row.key, spec.header);
        const mem = this.remembered(row.key, spec.header);
        const usersInItsEyes =
          mem === undefined ? content !== undefined && content !== "" : !sameContent(content, mem);
        if (usersInItsEyes && i > 0) return;
        if (!sameContent(content, row.cells[i]))
          out.push(`${row.key}/${spec.header}: ${String(content)} != ${String(row.cells[i])}`);
      });
    }
    return out;
  }
  /** Cells the memory claims hold the add-in's value, but do not (and the user did not type there). */
  memoryMismatches(desired: DesiredTable): string[] {
    const out: string[] = [];
    for (const row of desired.rows) {
      for (const spec of desired.columns) {
        if (this.facts.get(`${row.key}\u0000${spec.header}`)?.value !== undefined) continue;
        const mem = this.remembered(row.key, spec.header);
        const content = this.content(row.key, spec.header);
        if (mem !== undefined && !sameContent(content, mem))
          out.push(`${row.key}/${spec.header}: memory ${String(mem)}, cell ${String(content)}`);
      }
    }
    return out;
  }
}

// ---- user operations ------------------------------------------------------------------------------

type UserOp =
  | { op: "typeOwn"; row: number; col: number; value: Scalar }
  | { op: "typeUser"; row: number; col: number; value: Scalar }
  | { op: "fill"; row: number; col: number }
  | { op: "addColumn" }
  | { op: "addRow" }
  | { op: "sort"; col: number; desc: boolean }
  | { op: "move"; from: number; to: number }
  | { op: "insertAbove"; n: number };

const typedValue = fc.oneof(
  fc.constantFrom("eigen", "x", "", "=1+1", "007"),
  fc.integer({ min: -5, max: 5 }),
);

const userOp: fc.Arbitrary<UserOp> = fc.oneof(
  fc.record({ op: fc.constant("typeOwn" as const), row: fc.nat(), col: fc.nat(), value: typedValue }),
  fc.record({ op: fc.constant("typeUser" as const), row: fc.nat(), col: fc.nat(), value: typedValue }),
  fc.record({ op: fc.constant("fill" as const), row: fc.nat(), col: fc.nat() }),
  fc.constant({ op: "addColumn" as const }),
  fc.constant({ op: "addRow" as const }),
  fc.record({ op: fc.constant("sort" as const), col: fc.nat(), desc: fc.boolean() }),
  fc.record({ op: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant("insertAbove" as const), n: fc.integer({ min: 1, max: 2 }) }),
);

/** Applies a user operation; does nothing where it does not apply (no table yet, no user column...). */
function applyUserOp(
  op: UserOp,
  user: User,
  ledger: Ledger,
  table: string,
  keyHeader: string,
  n: number,
): void {
  const t = (() => {
    try {
      return user.table(table);
    } catch {
      return null;
    }
  })();
  if (t === null) return;
  const headers = t.headers();
  const keyCol = headers.indexOf(keyHeader);
  const keys: string[] = [];
  for (let r = 1; r < t.rows; r++) keys.push(String(t.sheet.get(t.top + r, t.left + keyCol)?.value ?? ""));
  const userCols = headers.filter((h) => h.startsWith("Nutzer "));
  const ownCols = headers.filter((h) => h !== keyHeader && !h.startsWith("Nutzer "));
  const isUserRow = (k: string) => k.startsWith("nutzer-");
  // Only rows with a unique, non-empty key can be addressed by key.
  const unique = keys.filter((k, i) => k !== "" && keys.indexOf(k) === i);
  const ownRows = unique.filter((k) => !isUserRow(k));
  const userRows = unique.filter(isUserRow);
  switch (op.op) {
    case "typeOwn": {
      if (ownRows.length === 0 || ownCols.length === 0) return;
      const key = ownRows[op.row % ownRows.length];
      const header = ownCols[op.col % ownCols.length];
      const before = user.content(table, keyHeader, key, header);
      user.type(table, keyHeader, key, header, op.value);
      ledger.typedOwn(key, header, op.value, before);
      return;
    }
    case "typeUser": {
      // A cell of a user column (any row), or any non-key cell of a user row.
      const inUserCol = userCols.length > 0 && (op.row % 2 === 0 || userRows.length === 0);
      if (inUserCol) {
        const key = unique[op.row % Math.max(unique.length, 1)];
        if (key === undefined) return;
        const header = userCols[op.col % userCols.length];
        user.type(table, keyHeader, key, header, op.value);
        ledger.typed(key, header, op.value);
      } else if (userRows.length > 0) {
        const key = userRows[op.row % userRows.length];
        const nonKey = headers.filter((h) => h !== keyHeader);
        const header = nonKey[op.col % nonKey.length];
        user.type(table, keyHeader, key, header, op.value);
        ledger.typed(key, header, op.value);
      }
      return;
    }
    case "fill": {
      if (unique.length === 0) return;
      const key = unique[op.row % unique.length];
      const header = headers[op.col % headers.length];
      user.fill(table, keyHeader, key, header, "#00B050");
      ledger.filled(key, header, "#00B050");
      return;
    }
    case "addColumn": {
      const header = `Nutzer ${n}`;
      user.addColumn(table, header, (r) => (r % 3 === 0 ? `n${n}-${r}` : ""));
      for (let r = 0; r < keys.length; r += 3) {
        if (keys[r] !== "" && keys.indexOf(keys[r]) === r) ledger.typed(keys[r], header, `n${n}-${r}`);
      }
      return;
    }
    case "addRow": {
      const key = `nutzer-${n}`;
      const other = headers.find((h) => h !== keyHeader);
      user.addRow(
        table,
        other === undefined ? { [keyHeader]: key } : { [keyHeader]: key, [other]: `zeile ${n}` },
      );
      ledger.typed(key, keyHeader, key);
      if (other !== undefined) ledger.typed(key, other, `zeile ${n}`);
      return;
    }
    case "sort":
      user.sort(table, op.col % headers.length, op.desc);
      return;
    case "move":
      user.moveColumn(table, op.from % headers.length, op.to % headers.length);
      return;
    case "insertAbove":
      user.insertRowsAbove(table, op.n);
      return;
  }
}

function confirmFor(answer: Answer, ledger: Ledger): ((c: CellConflict[]) => Promise<boolean>) | undefined {
  if (answer === "keine Frage") return undefined;
  return async (conflicts) => {
    if (answer === "ja") ledger.consented(conflicts);
    return answer === "ja";
  };
}

// ---- 1. random tables through the generic update -----------------------------------------------

const POOL_HEADERS = ["Betrag", "Text", "Formel", "Datum"];
const specOf = (h: string): ColumnSpec =>
  h === "Betrag" || h === "Datum"
    ? { header: h, numberFormat: h === "Betrag" ? '#,##0.00 "€"' : "dd.mm.yyyy" }
    : h === "Formel"
      ? { header: h, formula: true, numberFormat: "General" }
      : { header: h, numberFormat: "@" };
const valueFor = (h: string): fc.Arbitrary<CellValue> =>
  h === "Betrag" || h === "Datum"
    ? fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 3 }).map((x) => x * 1000.5),
      )
    : h === "Formel"
      ? fc.constantFrom("=1", "=2", "=[@Betrag]*2")
      : fc.constantFrom(null, "a", "b", "0815", "11.2014");

const desiredArb: fc.Arbitrary<DesiredTable> = fc
  .record({
    headers: fc.subarray(POOL_HEADERS, { minLength: 1 }),
    keys: fc.uniqueArray(fc.constantFrom("k1", "k2", "k3", "k4", "k5", "k6"), { minLength: 1, maxLength: 6 }),
  })
  .chain(({ headers, keys }) =>
    fc.tuple(...keys.map(() => fc.tuple(...headers.map(valueFor)))).map((cells) => ({
      columns: [{ header: "ID", numberFormat: "@" }, ...headers.map(specOf)],
      keyColumn: "ID",
      rows: keys.map((key, i) => ({ key, cells: [key, ...(cells[i] as CellValue[])] })),
    })),
  );

type Damage = "unlesbar" | "geloescht" | "version1" | "zeile";
type Step =
  | { kind: "pull"; desired: DesiredTable; answer: Answer }
  | { kind: "user"; op: UserOp }
  | { kind: "damage"; mode: Damage };

/** Damages the stored memory the way issue 6 means: unreadable, gone, old format, one bad row. */
function damage(book: Workbook, mode: Damage, ledger: Ledger): void {
  const key = tableStateKey("T");
  const text = book.settings.get(key);
  if (typeof text !== "string") return;
  let data: { columns: string[]; rows: Record<string, unknown> };
  try {
    data = JSON.parse(text);
  } catch {
    return; // already unreadable
  }
  if (mode === "unlesbar") {
    book.settings.set(key, text.slice(0, Math.floor(text.length / 2)));
    ledger.forgetCleared();
  } else if (mode === "geloescht") {
    book.settings.delete(key);
    ledger.forgetCleared();
  } else if (mode === "version1") {
    book.settings.set(key, JSON.stringify({ version: 1, columns: data.columns, rows: data.rows }));
  } else {
    const first = Object.keys(data.rows)[0];
    if (first === undefined) return;
    data.rows[first] = { kaputt: true };
    book.settings.set(key, JSON.stringify(data));
    ledger.forgetCleared(first);
  }
}

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("damage" as const),
      mode: fc.constantFrom<Damage>("unlesbar", "geloescht", "version1", "zeile"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("pull" as const),
      desired: desiredArb,
      answer: fc.constantFrom<Answer>("ja", "nein", "keine Frage"),
    }),
  },
  { weight: 3, arbitrary: userOp.map((op) => ({ kind: "user" as const, op })) },
);

describe("no user data is lost (property)", () => {
  afterAll(() => setExcelRunner(null));

  test("random tables, random user edits, repeated pulls: 0 cells lost", async () => {
    await fc.assert(
      fc.asyncProperty(
        desiredArb,
        fc.array(stepArb, { minLength: 1, maxLength: 14 }),
        async (first, steps) => {
          const book = new Workbook();
          const user = new User(book);
          const ledger = new Ledger(user, book, "T", "ID");
          const pull = (desired: DesiredTable, answer: Answer) =>
            book.run((ctx) =>
              updateOwnedTable(
                ctx,
                { sheet: "Blatt", table: "T", desired: () => desired },
                { confirmOverwrite: confirmFor(answer, ledger) },
              ),
            );
          await pull(first, "nein");
          let n = 0;
          for (const step of steps) {
            n++;
            if (step.kind === "user") applyUserOp(step.op, user, ledger, "T", "ID", n);
            else if (step.kind === "damage") damage(book, step.mode, ledger);
            else {
              const syncsBefore = book.requests;
              await pull(step.desired, step.answer);
              // 2 reads, 2 more after a question, 1 write, 1 reading written formulas back.
              expect(book.requests - syncsBefore).toBeLessThanOrEqual(7);
              expect(ledger.lost()).toEqual([]);
              expect(ledger.wrongAddinCells(step.desired)).toEqual([]);
              expect(ledger.memoryMismatches(step.desired)).toEqual([]);
            }
          }
          expect(ledger.lost()).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.KI_PROPERTY_RUNS ?? 300) },
    );
  }, 120_000);

  test("random edits between Register and Regeln pulls at random dates: 0 cells lost", async () => {
    const dates = ["2013-12-31", "2016-06-28", "2017-06-30", "2018-09-30", "2025-01-01"];
    const pullArb = fc.record({
      kind: fc.constant("pull" as const),
      which: fc.constantFrom("register", "regeln"),
      date: fc.constantFrom(...dates),
      answer: fc.constantFrom<Answer>("ja", "nein", "keine Frage"),
    });
    const step = fc.oneof(
      { weight: 1, arbitrary: pullArb },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant("user" as const),
          op: userOp,
          which: fc.constantFrom("register", "regeln"),
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...dates),
        fc.array(step, { minLength: 1, maxLength: 10 }),
        async (firstDate, steps) => {
          const book = new Workbook();
          setExcelRunner(book.run);
          const user = new User(book);
          const reg = new Ledger(user, book, "KI_Register", "Schlüssel");
          const rules = new Ledger(user, book, "KI_Regeln", "ID");
          await pullRegister(firstDate);
          await pullRules();
          let n = 0;
          for (const s of steps) {
            n++;
            if (s.kind === "user") {
              if (s.which === "register") applyUserOp(s.op, user, reg, "KI_Register", "Schlüssel", n);
              else applyUserOp(s.op, user, rules, "KI_Regeln", "ID", n);
            } else if (s.which === "register") {
              await pullRegister(s.date, { confirmOverwrite: confirmFor(s.answer, reg) });
              expect(reg.lost()).toEqual([]);
              expect(reg.wrongAddinCells(registerTable(s.date))).toEqual([]);
              expect(reg.memoryMismatches(registerTable(s.date))).toEqual([]);
            } else {
              await pullRules({ confirmOverwrite: confirmFor(s.answer, rules) });
              expect(rules.lost()).toEqual([]);
              expect(rules.wrongAddinCells(rulesTable())).toEqual([]);
              expect(rules.memoryMismatches(rulesTable())).toEqual([]);
            }
          }
          expect([...reg.lost(), ...rules.lost()]).toEqual([]);
        },
      ),
      { numRuns: Math.ceil(Number(process.env.KI_PROPERTY_RUNS ?? 300) / 7) },
    );
  }, 120_000);
});
