/**
 * Text from cells is data (issue 6, security). Two ways text from a workbook could turn into
 * something else, and what stops each:
 * - The add-in writes formulas that quote text the user controls (scenario names from sheet names,
 *   the bestandteil typed in the pane). formulaString and escapeColumn (src/excel/tables.ts) must
 *   keep any such text inside its literal: no text can add a call or a reference to a formula.
 * - The KI functions quote cell text in their error messages. The text stays a quoted, bounded part
 *   of a message and never becomes a result.
 * In the pane, cell text is rendered by React as text (dynamicCode.test.ts: no HTML sinks in src/).
 */
import { isExcelError } from "../functions/customFunctionsStub";
import { KI } from "../functions/helpers";
import { comparisonTable, scenarioColumnHeader } from "../../src/excel/tables";

/**
 * The formula with each string literal replaced by "S" and each row reference [@[column]] by
 * [@[C]], plus the decoded literals and column names. Structured references escape ' # [ ] with '.
 */
function skeleton(formula: string): { skeleton: string; strings: string[]; columns: string[] } {
  const strings: string[] = [];
  const columns: string[] = [];
  let out = "";
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      let text = "";
      i++;
      for (;;) {
        if (i >= formula.length) throw new Error(`unterminated string in ${formula}`);
        if (formula[i] === '"' && formula[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (formula[i] === '"') {
          i++;
          break;
        } else text += formula[i++];
      }
      strings.push(text);
      out += '"S"';
    } else if (formula.startsWith("[@[", i)) {
      let name = "";
      i += 3;
      for (;;) {
        if (i >= formula.length) throw new Error(`unterminated reference in ${formula}`);
        if (formula[i] === "'") {
          name += formula[i + 1];
          i += 2;
        } else if (formula.startsWith("]]", i)) {
          i += 2;
          break;
        } else if (formula[i] === "[" || formula[i] === "]") {
          throw new Error(`unescaped bracket in a column name: ${formula}`);
        } else name += formula[i++];
      }
      columns.push(name);
      out += "[@[C]]";
    } else out += formula[i++];
  }
  return { skeleton: out, strings, columns };
}

const HOSTILE = [
  'Basis"),HYPERLINK("https://example.org","x',
  "x]]-[@[Jahr",
  "'#[]'",
  "=cmd|' /C calc'!A0",
  "@SUM(1)",
  "+1-2",
  '<img src=x onerror="alert(1)">',
];

test("scenario names and bestandteil stay inside their literals in the comparison formulas", () => {
  const scenarios = HOSTILE.map((name, i) => ({ name, table: `Szenario_${i}` }));
  const bestandteil = HOSTILE[0];
  const table = comparisonTable(scenarios, 2026, 2027, bestandteil);
  const headers = scenarios.map((s) => scenarioColumnHeader(s.name));
  const allowed = new Set([
    ...scenarios.map((s) => `=KI.LANDESMITTEL([@Jahr],"S",${s.table}[[#All],[Parameter]:[Wert]])`),
    "=[@[C]]-[@[C]]",
    '=IFERROR([@[C]]/[@[C]]-1,"S")',
  ]);
  let formulas = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (typeof cell !== "string" || !cell.startsWith("=")) continue;
      formulas++;
      const parsed = skeleton(cell);
      expect(allowed).toContain(parsed.skeleton);
      for (const text of parsed.strings) expect([bestandteil, ""]).toContain(text);
      for (const column of parsed.columns) expect(headers).toContain(column);
    }
  }
  // One per scenario, and two difference columns per scenario after the first, in each year.
  expect(formulas).toBe(2 * (HOSTILE.length + 2 * (HOSTILE.length - 1)));
});

test("the formula check itself refuses text that escaped its literal", () => {
  expect(skeleton('=KI.LANDESMITTEL([@Jahr],"a"),HYPERLINK("x")').skeleton).not.toBe(
    '=KI.LANDESMITTEL([@Jahr],"S")',
  );
  expect(() => skeleton("=[@[x]]-[@[Jahr]]+[@[a]b]]")).toThrow(/unescaped bracket/);
});

describe("the KI functions quote cell text in messages, bounded, and never return it", () => {
  test.each(HOSTILE)("kreis %s", (text) => {
    const result = KI.foerderung(text, 2020);
    expect(isExcelError(result)).toBe(true);
    if (isExcelError(result)) {
      // Quoted as „…“ (whole, or its first 40 characters and …), inside a sentence.
      const quoted = [`„${text}“`, `„${text.slice(0, 40)}…“`];
      expect(quoted.some((q) => (result.message ?? "").includes(q))).toBe(true);
      expect(result.message).not.toBe(text);
    }
  });

  test("100.000 characters of text give a message of at most 1.000", () => {
    const huge = "<script>".repeat(12_500);
    for (const result of [
      KI.foerderung(huge, 2020),
      KI.stellen(huge),
      KI.info(huge, "name"),
      KI.landesmittel(2020, huge),
    ]) {
      expect(isExcelError(result)).toBe(true);
      if (isExcelError(result)) expect((result.message ?? "").length).toBeLessThanOrEqual(1000);
    }
  });
});
