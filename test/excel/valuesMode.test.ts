/**
 * Werte-Modus of the Excel layer: the comparison written as values instead of KI.* formulas (for an
 * Excel without CustomFunctionsRuntime, or by choice), recomputed on request, and the same sheet in
 * formula mode. Expected amounts: the hand-computed totals of test/functions (2016: 13.815.000 €,
 * 2017: 27.160.000 €), and for a changed scenario the KI.LANDESMITTEL formula itself evaluated by a
 * formula engine (HyperFormula with the KI plugin): values mode must show what the formula would.
 */
import "../functions/customFunctionsStub";
import {
  createScenario,
  pullRegister,
  setExcelRunner,
  setScenarioValue,
  writeComparison,
  writeReconciliation,
} from "../../src/excel";
import { buildWorkbook } from "../functions/formulaEngine";
import { Workbook } from "./host";
import { User } from "./userActions";

let book: Workbook;
let user: User;
beforeEach(() => {
  book = new Workbook();
  user = new User(book);
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

const formulasIn = (sheet: string) =>
  [...book.sheet(sheet)!.cells.values()].map((c) => c.formula ?? "").filter((f) => f !== "");

describe("comparison in Werte-Modus", () => {
  test("values instead of KI.* formulas, a German note, the chart says so", async () => {
    await createScenario("Basis");
    await createScenario("Ausbau");
    const result = await writeComparison({
      scenarios: ["Basis", "Ausbau"],
      fromYear: 2016,
      toYear: 2017,
      values: true,
    });
    expect(formulasIn("KI-Vergleich").filter((f) => /KI\./i.test(f))).toEqual([]);
    expect(user.content("KI_Vergleich", "Jahr", "2016", "Basis")).toBe(13_815_000);
    expect(user.content("KI_Vergleich", "Jahr", "2017", "Basis")).toBe(27_160_000);
    expect(user.cell("KI_Vergleich", "Jahr", "2017", "Basis")?.format).toBe('#,##0.00 "€"');
    // The differences stay ordinary formulas: they need no add-in.
    expect(user.content("KI_Vergleich", "Jahr", "2016", "Differenz Ausbau")).toBe("=[@Ausbau]-[@Basis]");
    expect(result.notices.map((n) => n.code)).toContain("werte_modus");
    expect(result.notices.find((n) => n.code === "werte_modus")?.message).toMatch(
      /^Werte-Modus: .*statt KI\.\*-Formeln.*„Vergleich neu berechnen“/,
    );
    expect(book.sheet("KI-Vergleich")!.charts[0].title).toBe("Landesmittel je Szenario (Werte-Modus)");
  });

  test("recompute on request: a changed scenario gives what KI.LANDESMITTEL would show", async () => {
    await createScenario("Basis");
    await writeComparison({ scenarios: ["Basis"], fromYear: 2016, toYear: 2017, values: true });
    await setScenarioValue("Basis", "Betrag je KI", 175000);
    const again = await writeComparison({ scenarios: ["Basis"], fromYear: 2016, toYear: 2017, values: true });
    expect(again.userEditsKept).toBe(0);
    const rows = book.tableValues("Szenario_Basis").map((r) => r.slice(0, 2));
    const hf = buildWorkbook({
      S: rows,
      F: [
        ['=KI.LANDESMITTEL(2016,"gesamt",S!A1:B' + rows.length + ")"],
        ['=KI.LANDESMITTEL(2017,"gesamt",S!A1:B' + rows.length + ")"],
      ],
    });
    const expected2016 = hf.getCellValue({ sheet: hf.getSheetId("F")!, row: 0, col: 0 });
    const expected2017 = hf.getCellValue({ sheet: hf.getSheetId("F")!, row: 1, col: 0 });
    expect(typeof expected2016).toBe("number");
    expect(expected2016).not.toBe(13_815_000); // the change matters
    expect(user.content("KI_Vergleich", "Jahr", "2016", "Basis")).toBeCloseTo(expected2016 as number, 2);
    expect(user.content("KI_Vergleich", "Jahr", "2017", "Basis")).toBeCloseTo(expected2017 as number, 2);
  });

  test("an invalid scenario row: the German message KI.* would give, not a number", async () => {
    await createScenario("Basis");
    await setScenarioValue("Basis", "Betrag je KI", "viel");
    await writeComparison({ scenarios: ["Basis"], fromYear: 2016, toYear: 2016, values: true });
    expect(String(user.content("KI_Vergleich", "Jahr", "2016", "Basis"))).toMatch(/^#NV: Zeile \d+: /);
  });

  test("switching back to formula mode writes the KI.* formulas again", async () => {
    await createScenario("Basis");
    await writeComparison({ scenarios: ["Basis"], fromYear: 2016, toYear: 2016, values: true });
    const result = await writeComparison({ scenarios: ["Basis"], fromYear: 2016, toYear: 2016 });
    expect(user.content("KI_Vergleich", "Jahr", "2016", "Basis")).toBe(
      '=KI.LANDESMITTEL([@Jahr],"gesamt",Szenario_Basis[#All])',
    );
    expect(result.userEditsKept).toBe(0);
    expect(result.notices.map((n) => n.code)).not.toContain("werte_modus");
  });
});

describe("register and reconciliation hold values in either mode", () => {
  test("no KI.* formula in KI-Register or KI-Abgleich", async () => {
    await pullRegister("2017-06-01");
    await writeReconciliation();
    expect(formulasIn("KI-Register")).toEqual([]);
    expect(formulasIn("KI-Abgleich")).toEqual([]);
  });
});
