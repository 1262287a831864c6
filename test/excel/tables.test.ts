import Decimal from "decimal.js";
import { RULES, isoToExcelSerial, reconcile, registryAt } from "../../src/model";
import {
  comparisonTable,
  reconciliationTable,
  registerTable,
  rulesTable,
  sourceText,
} from "../../src/excel/tables";
import type { DesiredTable } from "../../src/excel/merge";

/** Every cell is a plain Excel value: no Decimal, no NaN, no undefined. */
function expectPlainCells(t: DesiredTable): void {
  for (const row of t.rows) {
    expect(row.cells).toHaveLength(t.columns.length);
    for (const v of row.cells) {
      expect(
        v === null ||
          ["string", "boolean"].includes(typeof v) ||
          (typeof v === "number" && Number.isFinite(v)),
      ).toBe(true);
    }
  }
  expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length);
  const k = t.columns.findIndex((c) => c.header === t.keyColumn);
  for (const row of t.rows) expect(String(row.cells[k])).toBe(row.key);
}

describe.each(["2013-06-30", "2016-12-31", "2018-09-30", "2026-01-01"])("registerTable(%s)", (date) => {
  const table = registerTable(date);
  const rows = registryAt(date);
  const col = (h: string) => table.columns.findIndex((c) => c.header === h);

  test("one row per registry row, plain cells, unique keys", () => {
    expect(table.rows).toHaveLength(rows.length);
    expectPlainCells(table);
  });

  test("values come from the model: start as serial, posts as numbers, status text", () => {
    rows.forEach((r, i) => {
      const cells = table.rows[i].cells;
      expect(cells[col("Start")]).toBe(r.start === null ? null : isoToExcelSerial(r.start));
      expect(cells[col("Stellen gesamt")]).toBe(r.posts === null ? null : r.posts.gesamt.toNumber());
      expect(cells[col("Status am Stichtag")]).toBe(r.statusText);
      expect(cells[col("Stichtag")]).toBe(isoToExcelSerial(date));
      // A gap flag whenever there is no working centre.
      if (!r.active) expect(String(cells[col("Lücke")])).toMatch(/kein KI|geschlossen/);
    });
  });
});

test("rulesTable: one row per version and component; yearly amount = fixed amount or posts × amount per post", () => {
  const table = rulesTable();
  expectPlainCells(table);
  const count = RULES.reduce((n, r) => n + r.components.length, 0);
  expect(table.rows).toHaveLength(count);
  const col = (h: string) => table.columns.findIndex((c) => c.header === h);
  for (const version of RULES) {
    for (const c of version.components) {
      const row = table.rows.find((r) => r.key === `${version.id}/${c.id}`)!;
      const expected =
        c.amountPerCentre ?? (c.posts && c.amountPerPost ? c.posts.times(c.amountPerPost) : undefined);
      expect(row.cells[col("Betrag je KI und Jahr")]).toBe(
        expected === undefined ? null : new Decimal(expected).toNumber(),
      );
      expect(row.cells[col("Zahler")]).toBe(c.payer);
      expect(row.cells[col("Gültig ab")]).toBe(isoToExcelSerial(version.validFrom));
    }
  }
});

test("reconciliationTable: one row per reconciliation row; per-row formats by unit", () => {
  const rows = reconcile();
  const table = reconciliationTable(rows);
  expectPlainCells(table);
  expect(table.rows).toHaveLength(rows.length);
  const gemeldet = table.columns.findIndex((c) => c.header === "Gemeldet");
  rows.forEach((r, i) => {
    expect(table.rows[i].formats?.[gemeldet]).toBe(r.unit === "EUR" ? '#,##0.00 "€"' : "#,##0");
  });
});

test("comparisonTable: formulas refer to the row's year and the scenario table; differences to the first", () => {
  const t = comparisonTable(
    [
      { name: "Basis", table: "Szenario_Basis" },
      { name: "Plan [B]", table: "Szenario_Plan__B_" },
    ],
    2026,
    2027,
    "lehrer",
  );
  expect(t.columns.map((c) => c.header)).toEqual([
    "Jahr",
    "Basis",
    "Plan [B]",
    "Differenz Plan [B]",
    "Differenz % Plan [B]",
  ]);
  expect(t.rows.map((r) => r.key)).toEqual(["2026", "2027"]);
  expect(t.rows[0].cells).toEqual([
    2026,
    '=KI.LANDESMITTEL([@Jahr],"lehrer",Szenario_Basis[[#All],[Parameter]:[Wert]])',
    '=KI.LANDESMITTEL([@Jahr],"lehrer",Szenario_Plan__B_[[#All],[Parameter]:[Wert]])',
    "=[@[Plan '[B']]]-[@[Basis]]",
    "=IFERROR([@[Plan '[B']]]/[@[Basis]]-1,\"\")",
  ]);
});

test("sourceText names title and date or address; unknown ids stay as they are", () => {
  expect(sourceText(["seed:001", "nicht:da"])).toMatch(/^seed:001: .*12\.02\.2016.* \| nicht:da$/);
  expect(sourceText([])).toBeNull();
});
