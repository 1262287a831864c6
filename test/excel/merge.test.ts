import {
  cellContent,
  groupRuns,
  learnFormulas,
  planMerge,
  renameTableInFormula,
  renameTableInMemory,
  resolveMerge,
  sameContent,
  writesFormulas,
  MergeError,
  type DesiredTable,
  type ExistingTable,
  type TableMemory,
} from "../../src/excel/merge";
import { parseTableMemory, serializeTableMemory } from "../../src/excel/state";

const desired = (rows: [string, string | number | null][]): DesiredTable => ({
  columns: [{ header: "ID", numberFormat: "@" }, { header: "Wert" }],
  keyColumn: "ID",
  rows: rows.map(([key, v]) => ({ key, cells: [key, v] })),
});

const existing = (headers: string[], rows: unknown[][]): ExistingTable => ({
  headers,
  values: rows.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? 0 : v))),
  formulas: rows,
});

const memory = (rows: Record<string, (string | number | null)[]>): TableMemory => ({
  columns: ["ID", "Wert"],
  rows,
  declined: {},
  writtenAt: "",
});

describe("sameContent / cellContent", () => {
  test.each([
    ["", null, true],
    [null, undefined, true],
    [0, "", false],
    [1, 1 + 1e-12, true],
    [1, 1.0001, false],
    ["=SUMME(A1)", "=summe( A1 )", true],
    ["a", "A", false],
    [true, "true", false],
    ["05358", 5358, false],
  ])("sameContent(%j, %j) = %s", (a, b, expected) => {
    expect(sameContent(a, b)).toBe(expected);
  });

  test("a formula cell's content is its formula; an empty string is empty", () => {
    expect(cellContent(42, "=6*7")).toBe("=6*7");
    expect(cellContent("", "")).toBeNull();
    expect(cellContent(5, 5)).toBe(5);
  });
});

describe("planMerge", () => {
  test("a new table: every desired row is appended, nothing else", () => {
    const plan = planMerge(
      null,
      null,
      desired([
        ["a", 1],
        ["b", 2],
      ]),
    );
    expect(plan.finalHeaders).toEqual(["ID", "Wert"]);
    expect(plan.appendRows).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  test.each([
    // [case, cell now, remembered, new value, expect: write | conflict | nothing]
    ["unchanged add-in cell, new value", 1, 1, 2, "write"],
    ["user edit, new value", 5, 1, 2, "conflict"],
    ["user edit equal to new value", 2, 1, 2, "nothing"],
    ["add-in cell, value unchanged", 1, 1, 1, "nothing"],
    ["user cleared, value unchanged", "", 1, 1, "conflict"],
    ["nothing remembered, empty cell", "", undefined, 2, "write"],
    ["nothing remembered, non-empty cell", 7, undefined, 2, "conflict"],
    ["nothing remembered, equal", 2, undefined, 2, "nothing"],
    ["user formula over add-in value", "=1+1", 2, 2, "conflict"],
  ])("%s -> %s", (_label, now, last, next, expected) => {
    const mem = last === undefined ? null : memory({ a: ["a", last as number] });
    const plan = planMerge(existing(["ID", "Wert"], [["a", now]]), mem, desired([["a", next as number]]));
    const got = plan.writes.length > 0 ? "write" : plan.conflicts.length > 0 ? "conflict" : "nothing";
    expect(got).toBe(expected);
  });

  test("columns by header (any order, any case), rows by key (any order); user columns and rows untouched", () => {
    const plan = planMerge(
      existing(
        ["Notiz", "wert", "id"],
        [
          ["n1", 1, "b"],
          ["n2", 9, "x"],
          ["n3", 3, "a"],
        ],
      ),
      memory({ a: ["a", 3], b: ["b", 1] }),
      desired([
        ["a", 4],
        ["b", 1],
        ["c", 5],
      ]),
    );
    expect(plan.finalHeaders).toEqual(["Notiz", "wert", "id"]);
    expect(plan.writes).toEqual([{ row: 2, column: 1, value: 4, formula: false }]);
    expect(plan.appendRows).toEqual([[null, 5, "c"]]);
    expect(plan.userRows).toBe(1);
    expect(plan.userColumns).toBe(1);
  });

  test("a missing add-in column is appended with values for the add-in's rows only", () => {
    const plan = planMerge(existing(["ID"], [["a"], ["mine"]]), null, desired([["a", 1]]));
    expect(plan.finalHeaders).toEqual(["ID", "Wert"]);
    expect(plan.newColumnValues).toEqual([[1, null]]);
  });

  test("the second row with the same key is the user's", () => {
    const plan = planMerge(
      existing(
        ["ID", "Wert"],
        [
          ["a", 1],
          ["a", 99],
        ],
      ),
      memory({ a: ["a", 1] }),
      desired([["a", 2]]),
    );
    expect(plan.writes).toEqual([{ row: 0, column: 1, value: 2, formula: false }]);
    expect(plan.userRows).toBe(1);
  });

  test("numeric keys typed by the user are matched through normalizeKey", () => {
    const d = { ...desired([["05358", 1]]), normalizeKey: (v: unknown) => String(v).padStart(5, "0") };
    const plan = planMerge(existing(["ID", "Wert"], [[5358, 1]]), null, d);
    expect(plan.appendRows).toEqual([]);
    expect(plan.ownedRows.get(0)).toBe("05358");
  });

  test("a table without the key column is refused", () => {
    expect(() => planMerge(existing(["Wert"], [[1]]), null, desired([["a", 1]]))).toThrow(MergeError);
  });

  test("duplicate desired keys are a programming error", () => {
    expect(() =>
      planMerge(
        null,
        null,
        desired([
          ["a", 1],
          ["a", 2],
        ]),
      ),
    ).toThrow(/doppelt/);
  });

  test("a conflict declined before for the same new value is kept without asking; a new value asks", () => {
    const mem: TableMemory = { ...memory({ a: ["a", 1] }), declined: { a: { Wert: 2 } } };
    const same = planMerge(existing(["ID", "Wert"], [["a", 5]]), mem, desired([["a", 2]]));
    expect(same.conflicts).toEqual([]);
    expect(same.keptWithoutAsking).toHaveLength(1);
    const other = planMerge(existing(["ID", "Wert"], [["a", 5]]), mem, desired([["a", 3]]));
    expect(other.conflicts).toHaveLength(1);
  });
});

describe("resolveMerge", () => {
  const plan = () =>
    planMerge(
      existing(
        ["ID", "Wert"],
        [
          ["a", 5],
          ["b", 1],
        ],
      ),
      memory({ a: ["a", 1], b: ["b", 1] }),
      desired([
        ["a", 2],
        ["b", 3],
      ]),
    );

  test("declined: the user's value stays, the old memory stays, the declined value is noted", () => {
    const p = plan();
    const out = resolveMerge(
      p,
      memory({ a: ["a", 1], b: ["b", 1] }),
      desired([
        ["a", 2],
        ["b", 3],
      ]),
      () => false,
      "t",
    );
    expect(out.writes).toEqual([{ row: 1, column: 1, value: 3, formula: false }]);
    expect(out.memory.rows.a).toEqual(["a", 1]);
    expect(out.memory.rows.b).toEqual(["b", 3]);
    expect(out.memory.declined).toEqual({ a: { Wert: 2 } });
    expect(out).toMatchObject({ userEditsKept: 1, userEditsOverwritten: 0, rowsWritten: 1 });
  });

  test("accepted: the conflict is written and remembered", () => {
    const out = resolveMerge(
      plan(),
      memory({ a: ["a", 1], b: ["b", 1] }),
      desired([
        ["a", 2],
        ["b", 3],
      ]),
      () => true,
      "t",
    );
    expect(out.writes).toHaveLength(2);
    expect(out.memory.rows.a).toEqual(["a", 2]);
    expect(out.memory.declined).toEqual({});
    expect(out).toMatchObject({ userEditsKept: 0, userEditsOverwritten: 1, rowsWritten: 2 });
  });

  test("columns and rows no longer wanted stay in memory", () => {
    const mem: TableMemory = {
      columns: ["ID", "Wert", "Alt"],
      rows: { a: ["a", 1, "x"], z: ["z", 9, "y"] },
      declined: {},
      writtenAt: "",
    };
    const p = planMerge(existing(["ID", "Wert", "Alt"], [["a", 1, "x"]]), mem, desired([["a", 1]]));
    const out = resolveMerge(p, mem, desired([["a", 1]]), () => false, "t");
    expect(out.memory.columns).toEqual(["ID", "Wert", "Alt"]);
    expect(out.memory.rows).toEqual({ a: ["a", 1, "x"], z: ["z", 9, "y"] });
  });
});

describe("groupRuns", () => {
  test("consecutive rows of one column become one run; formulas and values are not mixed", () => {
    const runs = groupRuns([
      { row: 3, column: 1, value: 1, formula: false },
      { row: 1, column: 1, value: 1, formula: false },
      { row: 2, column: 1, value: 1, formula: false },
      { row: 5, column: 1, value: 1, formula: false },
      { row: 1, column: 0, value: "=1", formula: true },
    ]);
    expect(runs.map((r) => [r.column, r.row, r.cells.length])).toEqual([
      [0, 1, 1],
      [1, 1, 3],
      [1, 5, 1],
    ]);
  });
});

describe("formulas as Excel gives them back", () => {
  const withFormula: DesiredTable = {
    columns: [
      { header: "ID", numberFormat: "@" },
      { header: "F", formula: true },
    ],
    keyColumn: "ID",
    rows: [{ key: "a", cells: ["a", "=[@[Wert]]+T[[#All],[X]:[Y]]"] }],
  };
  const excelForm = "=[@Wert]+T[#All]";

  test("[@[Simple]] and [@Simple] are the same formula; bracketed names with spaces are not shortened", () => {
    expect(sameContent("=[@[Jahr]]-1", "=[@Jahr]-1")).toBe(true);
    expect(sameContent("=[@[Differenz A]]", "=[@Differenz A]")).toBe(false);
  });

  test("learnt: the cell is remembered in Excel's form, and the next plan neither writes nor asks", () => {
    const first = planMerge(null, null, withFormula);
    const out = resolveMerge(first, null, withFormula, () => false, "t");
    expect(writesFormulas(first, out)).toBe(true);
    const memory = learnFormulas(out, withFormula, existing(["ID", "F"], [["a", excelForm]]));
    expect(memory.rows.a).toEqual(["a", excelForm]);
    expect(memory.formulas).toEqual({ [withFormula.rows[0].cells[1] as string]: excelForm });
    const again = planMerge(existing(["ID", "F"], [["a", excelForm]]), memory, withFormula);
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.coincidingEdits).toEqual([]);
    const out2 = resolveMerge(again, memory, withFormula, () => false, "t2");
    expect(writesFormulas(again, out2)).toBe(false);
    expect(out2.memory.rows.a).toEqual(["a", excelForm]);
    expect(out2.memory.formulas).toEqual(memory.formulas);
  });

  test("a cell left to the user is not learnt", () => {
    const memory: TableMemory = {
      columns: ["ID", "F"],
      rows: { a: ["a", "=1"] },
      declined: {},
      writtenAt: "",
    };
    const plan = planMerge(existing(["ID", "F"], [["a", "=2"]]), memory, withFormula);
    expect(plan.conflicts).toHaveLength(1);
    const out = resolveMerge(plan, memory, withFormula, () => false, "t");
    const learnt = learnFormulas(out, withFormula, existing(["ID", "F"], [["a", "=2"]]));
    expect(learnt.rows.a).toEqual(["a", "=1"]);
  });

  test("a table rename is applied to formulas outside string literals, whole names only", () => {
    expect(
      renameTableInFormula(
        '=F([@Jahr],"Szenario_A[x",szenario_a[#All],Szenario_AB[#All])',
        "Szenario_A",
        "Szenario_B",
      ),
    ).toBe('=F([@Jahr],"Szenario_A[x",Szenario_B[#All],Szenario_AB[#All])');
    const memory: TableMemory = {
      columns: ["ID", "F"],
      rows: { a: ["a", "=G(Szenario_A[#All])"] },
      declined: {},
      writtenAt: "",
      formulas: { "=G(Szenario_A[[#All],[P]:[W]])": "=G(Szenario_A[#All])" },
    };
    expect(renameTableInMemory(memory, "Szenario_A", "Szenario_B")).toMatchObject({
      rows: { a: ["a", "=G(Szenario_B[#All])"] },
      formulas: { "=G(Szenario_B[[#All],[P]:[W]])": "=G(Szenario_B[#All])" },
    });
    expect(renameTableInMemory(memory, "Szenario_X", "Szenario_Y")).toBeNull();
  });

  test("the learnt forms are stored and read back", () => {
    const memory: TableMemory = {
      columns: ["ID"],
      rows: { a: ["a"] },
      declined: {},
      writtenAt: "",
      formulas: { "=[@[A]]": "=[@A]" },
    };
    expect(parseTableMemory("T", serializeTableMemory(memory)).memory?.formulas).toEqual({
      "=[@[A]]": "=[@A]",
    });
    expect(parseTableMemory("T", JSON.stringify({ v: 2, columns: [], rows: {} })).memory?.formulas).toEqual(
      {},
    );
  });
});
