/**
 * Festschreiben für die Weitergabe, end to end: a workbook with KI.* formulas, the user's own formulas
 * referring to them (on the same sheet and from another sheet), a spill (KI.LUECKEN), a date
 * (KI.INFO … "start") and a scenario. What the cells show is calculated by a real formula engine
 * (HyperFormula with the KI plugin); after Festschreiben the whole workbook is evaluated again by
 * HyperFormula WITHOUT the KI functions, as a colleague without the add-in would see it.
 */
import "../functions/customFunctionsStub";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { fixForHandover, setExcelRunner, ExcelActionError } from "../../src/excel";
import { FREEZE_SETTINGS_KEY } from "../../src/excel/freeze";
import { CENTRES, ENTITIES, RULES, SOURCES } from "../../src/model";
import { buildWorkbook } from "../functions/formulaEngine";
import { Workbook, type SheetData } from "./host";

const SCENARIO = "'Szenario Basis'!A1:B3";
const EURO = '#,##0.00 "€"';

/** The user's workbook as typed: raw cell contents per sheet (formulas as text). */
function userWorkbook(lastYear = 2026): Record<string, unknown[][]> {
  return {
    "Szenario Basis": [
      ["Parameter", "Wert"],
      ["Betrag je KI", 175000],
      ["Steigerung pro Jahr", 0.02],
    ],
    Plan: [
      ["Jahr", "Landesmittel", "in Tsd. €", null, "=KI.LUECKEN(2016)"],
      [2016, `=KI.LANDESMITTEL(A2,"gesamt",${SCENARIO})`, "=B2/1000"],
      [2017, `=KI.LANDESMITTEL(A3,"gesamt",${SCENARIO})`, "=B3/1000"],
      [lastYear, `=KI.LANDESMITTEL(A4,"gesamt",${SCENARIO})`, "=B4/1000"],
      [null],
      ["Summe", "=SUM(B2:B4)"],
      ["Zentren 2016", "=KI.ZENTREN(2016)"],
      ["Start Borken", '=KI.INFO("Borken","start")'],
      ["Lücken 2016", "=COUNTA(E1:E60)"],
      ["Schlüssel", "'05358"], // text, as the user typed it into a text cell
    ],
    Auswertung: [
      ["Doppelte Summe", "=Plan!B6*2"],
      ["Plus eins", "='Plan'!C2+1"],
      ["Je Zentrum", "=ROUND(Plan!B6/Plan!B7,2)"],
    ],
    Notizen: [["Eigene Notiz", "=1+1"]],
  };
}

const FORMATS: Record<string, Record<string, string>> = {
  Plan: { B2: EURO, B3: EURO, B4: EURO, B6: EURO, B8: "dd.mm.yyyy", B10: "@" },
};

function a1(row: number, column: number): string {
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

/** What every cell shows, calculated by HyperFormula with the KI functions. */
function calculated(raw: Record<string, unknown[][]>): Record<string, unknown[][]> {
  const hf = buildWorkbook(raw);
  const out: Record<string, unknown[][]> = {};
  for (const name of Object.keys(raw)) out[name] = hf.getSheetValues(hf.getSheetId(name)!);
  hf.destroy();
  return out;
}

/** Puts the user's workbook into the host, with what each cell shows (spills as filled cells). */
function load(book: Workbook, raw: Record<string, unknown[][]>, shown: Record<string, unknown[][]>): void {
  for (const [name, rows] of Object.entries(raw)) {
    const sheet = book.sheet(name) ?? book.addSheet(name);
    sheet.cells.clear();
    shown[name].forEach((row, r) =>
      row.forEach((v, c) => {
        const content = rows[r]?.[c];
        const format = FORMATS[name]?.[a1(r, c)] ?? "General";
        if (typeof content === "string" && content.startsWith("=")) {
          sheet.cells.set(sheet.key(r, c), { value: "", formula: content, format, shown: v as never });
        } else if (content !== null && content !== undefined) {
          const value = typeof content === "string" ? content.replace(/^'/, "") : content;
          sheet.cells.set(sheet.key(r, c), { value: value as never, format });
        } else if (v !== null && v !== undefined) {
          // Filled by a spill: no formula of its own.
          sheet.cells.set(sheet.key(r, c), { value: v as never, format, spilled: true });
        }
      }),
    );
  }
}

/** A sheet as raw content for a formula engine (texts marked as text, as Excel stores them). */
function rawOf(sheet: SheetData): unknown[][] {
  const rows: unknown[][] = [];
  for (const [k, c] of sheet.cells) {
    const [r, col] = k.split(",").map(Number);
    rows[r] ??= [];
    // An empty string is an empty cell (Range.values reads empty cells as "").
    rows[r][col] =
      c.formula ?? (c.value === "" ? null : typeof c.value === "string" ? `'${c.value}` : c.value);
  }
  let width = 0;
  for (let r = 0; r < rows.length; r++) width = Math.max(width, rows[r]?.length ?? 0);
  return Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null),
  );
}

const KI_NAMES = [
  "KI.LANDESMITTEL",
  "KI.FOERDERUNG",
  "KI.STELLEN",
  "KI.ZENTREN",
  "KI.LUECKEN",
  "KI.REGISTERTABELLE",
  "KI.INFO",
  "KI.ZENTRUM",
  "KI.BEWILLIGT",
  "KI.AUSGEZAHLT",
  "KI.ABWEICHUNG",
  "KI.KOSTEN",
  "KI.EIGENANTEIL",
];

/** The host's whole workbook in HyperFormula without any KI.* function: the colleague's Excel. */
function withoutAddIn(book: Workbook): HyperFormula {
  for (const name of KI_NAMES) {
    if (HyperFormula.getRegisteredFunctionNames("enGB").includes(name)) HyperFormula.unregisterFunction(name);
  }
  return HyperFormula.buildFromSheets(
    Object.fromEntries(book.sheets.map((s) => [s.name, rawOf(s)])) as never,
    {
      licenseKey: "gpl-v3",
    },
  );
}

const sheetJson = (s: SheetData) =>
  JSON.stringify({
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    tables: s.tables.length,
  });

let book: Workbook;
let shown: Record<string, unknown[][]>;
/** The same workbook after the user changed the last year to 2027 (calculated before any test). */
let shown2027: Record<string, unknown[][]>;
beforeAll(() => {
  shown = calculated(userWorkbook());
  shown2027 = calculated(userWorkbook(2027));
});
beforeEach(() => {
  book = new Workbook();
  load(book, userWorkbook(), shown);
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

const NOW = new Date("2026-12-03T09:45:00Z");

describe("Festschreiben: the copies show the same without the add-in", () => {
  test("the engine with the KI plugin calculated real numbers (the test's premise)", () => {
    expect(typeof shown.Plan[1][1]).toBe("number");
    expect(shown.Plan[1][1]).toBeGreaterThan(1_000_000);
    expect(Array.isArray(shown.Plan) && shown.Plan[1][4]).toBeTruthy(); // the spill filled E2
    expect(typeof shown.Plan[7][1]).toBe("number"); // a date serial
  });

  test("every fixed cell shows what it showed, no #NAME?, originals byte for byte unchanged", async () => {
    const before = Object.fromEntries(book.sheets.map((s) => [s.name, sheetJson(s)]));
    const result = await fixForHandover({ now: NOW });
    expect(result.copies).toEqual([
      { sheet: "Plan", copy: "Plan (fest)" },
      { sheet: "Auswertung", copy: "Auswertung (fest)" },
    ]);
    // 4 syncs (names, used ranges, copy, write) + the closing _RemoveReference request.
    expect(book.requests).toBe(5);
    for (const name of ["Plan", "Auswertung", "Notizen", "Szenario Basis"]) {
      expect(sheetJson(book.sheet(name)!)).toBe(before[name]);
    }
    const hf = withoutAddIn(book);
    // Premise of "without the add-in": the original's KI cells do fail there.
    const original = hf.getCellValue({ sheet: hf.getSheetId("Plan")!, row: 1, col: 1 });
    expect(original).toBeInstanceOf(DetailedCellError);
    expect((original as DetailedCellError).value).toBe("#NAME?");
    for (const [name, copy] of [
      ["Plan", "Plan (fest)"],
      ["Auswertung", "Auswertung (fest)"],
    ]) {
      const id = hf.getSheetId(copy)!;
      shown[name].forEach((row, r) =>
        row.forEach((v, c) => {
          const now = hf.getCellValue({ sheet: id, row: r, col: c });
          expect(now).not.toBeInstanceOf(DetailedCellError);
          if (typeof v === "number") expect(now).toBeCloseTo(v, 6);
          else expect(now ?? null).toEqual(v ?? null);
        }),
      );
    }
    // The user's formulas stay formulas, pointing at the fixed values of the copies.
    const copy = book.sheet("Plan (fest)")!;
    expect(copy.get(5, 1)?.formula).toBe("=SUM(B2:B4)");
    expect(copy.get(1, 2)?.formula).toBe("=B2/1000");
    expect(copy.get(1, 1)?.formula).toBeUndefined();
    expect(copy.get(1, 1)?.format).toBe(EURO);
    expect(copy.get(7, 1)?.format).toBe("dd.mm.yyyy");
    expect(copy.get(9, 1)?.value).toBe("05358");
    expect(book.sheet("Auswertung (fest)")!.get(0, 1)?.formula).toBe("='Plan (fest)'!B6*2");
    expect(result.fixedCells).toBe(6);
    expect(result.rewrittenFormulas).toBe(3);
    expect(result.scenarios).toEqual(["Basis"]);
    // No copy of the unaffected sheets.
    expect(book.sheet("Notizen (fest)")).toBeUndefined();
    expect(book.sheet("Szenario Basis (fest)")).toBeUndefined();
  });

  test("the stamp: date and time, data version, scenario; right of the used range", async () => {
    await fixForHandover({ now: NOW });
    const copy = book.sheet("Plan (fest)")!;
    const stamp = [0, 1, 2, 3, 4].map((r) => String(copy.get(r, 8)?.value ?? ""));
    expect(stamp[0]).toBe("Festgeschrieben für die Weitergabe");
    expect(stamp[1]).toBe("Stand: 03.12.2026, 10:45 Uhr"); // 09:45 UTC is 10:45 in Germany in December
    expect(stamp[2]).toMatch(
      /^Datenstand: Quellen bis \d\d\.\d{4}|^Datenstand: Quellen bis \d\d\.\d\d\.\d{4}/,
    );
    expect(stamp[3]).toBe("Szenario: Basis");
    expect(stamp[4]).toContain("„Plan“");
  });

  test("a second run updates the copies, never the originals", async () => {
    await fixForHandover({ now: NOW });
    const sheetsAfterFirst = book.sheets.map((s) => s.name);
    // The user changes a year; Excel recalculates.
    const changed = userWorkbook(2027);
    const shownNow = shown2027;
    load(book, { Plan: changed.Plan, Auswertung: changed.Auswertung }, shownNow);
    const before = sheetJson(book.sheet("Plan")!);
    await fixForHandover({ now: NOW });
    expect(book.sheets.map((s) => s.name).sort()).toEqual([...sheetsAfterFirst].sort());
    expect(sheetJson(book.sheet("Plan")!)).toBe(before);
    const hf = withoutAddIn(book);
    const id = hf.getSheetId("Plan (fest)")!;
    expect(hf.getCellValue({ sheet: id, row: 3, col: 0 })).toBe(2027);
    expect(hf.getCellValue({ sheet: id, row: 3, col: 1 })).toBeCloseTo(shownNow.Plan[3][1] as number, 6);
    expect(shownNow.Plan[3][1]).not.toBe(shown.Plan[3][1]);
  });

  test("a user's own sheet with the copy's name is kept unless the user agrees", async () => {
    const mine = book.addSheet("Plan (fest)");
    mine.cell(0, 0).value = "meine Daten";
    const asked: string[][] = [];
    const result = await fixForHandover(
      { now: NOW },
      { confirmReplaceSheets: async (s) => (asked.push(s), false) },
    );
    expect(asked).toEqual([["Plan (fest)"]]);
    expect(book.sheet("Plan (fest)")!.get(0, 0)?.value).toBe("meine Daten");
    expect(result.copies[0].copy).toBe("Plan (fest 2)");
    expect(result.userSheetsKept).toEqual(["Plan (fest)"]);
    // Agreeing replaces it.
    const again = await fixForHandover({ now: NOW }, { confirmReplaceSheets: async () => true });
    expect(again.copies[0].copy).toBe("Plan (fest 2)"); // the add-in's copy keeps its name
    const third = new Workbook();
    load(third, userWorkbook(), shown);
    third.addSheet("Plan (fest)").cell(0, 0).value = "meine Daten";
    setExcelRunner(third.run);
    const replaced = await fixForHandover({ now: NOW }, { confirmReplaceSheets: async () => true });
    expect(replaced.copies[0].copy).toBe("Plan (fest)");
    expect(third.sheet("Plan (fest)")!.get(0, 0)?.value).toBe("Jahr");
  });

  test("refuses, changing nothing, while KI cells show #NAME? (the add-in not calculated)", async () => {
    book.sheet("Plan")!.get(1, 1)!.shown = "#NAME?";
    const before = book.snapshot();
    await expect(fixForHandover({ now: NOW })).rejects.toThrow(ExcelActionError);
    await expect(fixForHandover({ now: NOW })).rejects.toThrow(/Plan!B2 zeigt #NAME\?/);
    expect(book.snapshot()).toBe(before);
  });

  test("a chosen sheet only: references to an affected sheet that is not fixed become values", async () => {
    const result = await fixForHandover({ sheets: ["Auswertung"], now: NOW });
    expect(result.copies).toEqual([{ sheet: "Auswertung", copy: "Auswertung (fest)" }]);
    expect(result.formulasAsValues).toBe(3);
    const copy = book.sheet("Auswertung (fest)")!;
    expect(copy.get(0, 1)?.formula).toBeUndefined();
    expect(copy.get(0, 1)?.value).toBeCloseTo(shown.Auswertung[0][1] as number, 6);
    await expect(fixForHandover({ sheets: ["Gibt es nicht"] })).rejects.toThrow(/Gibt es nicht/);
  });
});

describe("KI-Quellen", () => {
  test("lists every source behind the fixed values, each with address and date", async () => {
    const result = await fixForHandover({ now: NOW });
    const sheet = book.sheet(result.sourcesSheet)!;
    expect(result.sourcesSheet).toBe("KI-Quellen");
    const header = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => sheet.get(1, c)?.value);
    expect(header).toEqual([
      "Quelle",
      "Titel",
      "Herausgeber",
      "Datum",
      "Adresse",
      "Art",
      "Status",
      "Verwendet von",
      "Zitat",
    ]);
    const rows: string[][] = [];
    for (let r = 2; sheet.get(r, 0) !== undefined; r++)
      rows.push([0, 1, 2, 3, 4, 5, 6].map((c) => String(sheet.get(r, c)?.value ?? "")));
    // The workbook uses LANDESMITTEL (rules, centres), ZENTREN, LUECKEN, INFO (centres, entities):
    // every source of the rules, the centres and the entities, enumerated here from the data itself.
    const expected = new Set<string>([
      ...RULES.flatMap((r) => [...r.sources, ...r.components.flatMap((c) => c.sources)]),
      ...CENTRES.flatMap((c) => [
        ...c.sources,
        ...(c.grantStart?.sources ?? []),
        ...(c.teacherStart?.sources ?? []),
      ]),
      ...ENTITIES.flatMap((e) => e.sources),
    ]);
    expect(new Set(rows.map((r) => r[0]))).toEqual(expected);
    expect(expected.has("seed:000")).toBe(true);
    const byId = new Map(SOURCES.map((s) => [s.id, s]));
    for (const [id, , , date, address, , status] of rows) {
      const source = byId.get(id);
      expect(source).toBeDefined();
      expect(["belegt", "angenommen", "widersprüchlich"]).toContain(status);
      if (source!.kind === "ohneAdresse") {
        expect(address).toBe("ohne bekannte Adresse");
        continue;
      }
      expect(address).toMatch(source!.kind === "web" ? /^https:\/\/\S+$/ : /^seeds\/\S+\.txt$/);
      expect(date).not.toBe("");
    }
    expect(JSON.parse(String(book.settings.get(FREEZE_SETTINGS_KEY)))).toEqual({
      version: 1,
      copies: { Plan: "Plan (fest)", Auswertung: "Auswertung (fest)" },
      sourcesSheet: "KI-Quellen",
    });
  });
});
