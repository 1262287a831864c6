import Decimal from "decimal.js";
import { de } from "../../src/taskpane/i18n/de";
import { en } from "../../src/taskpane/i18n/en";
import { fill, languageOf, makeI18n } from "../../src/taskpane/i18n";
import { ExcelActionError } from "../../src/excel";
import { describeError } from "../../src/taskpane/data/errors";

describe("strings tables", () => {
  test("German and English have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  test.each([
    ["de", de],
    ["en", en],
  ])("no %s string is empty or only blanks", (_, table) => {
    const empty = Object.entries(table).filter(([, text]) => typeof text !== "string" || text.trim() === "");
    expect(empty).toEqual([]);
  });

  test("both languages use the same placeholders in each string", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = Object.keys(de).filter(
      (key) =>
        placeholders(de[key as keyof typeof de]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe("language and formatting", () => {
  test.each([
    ["en", "en"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["de-DE", "de"],
    ["fr-FR", "de"],
    ["", "de"],
    [undefined, "de"],
  ])("language tag %p shows the %s pane", (tag, expected) => {
    expect(languageOf(tag)).toBe(expected);
  });

  test("German formats euros, dates and percentages the de-DE way", () => {
    const { format } = makeI18n("de");
    expect(format.money(new Decimal("1234567.89"))).toBe("1.234.567,89\u00a0€");
    expect(format.date("2016-06-28")).toBe("28.06.2016");
    expect(format.moneyDelta(new Decimal("-1500"))).toBe("-1.500,00\u00a0€");
    expect(format.percentDelta(new Decimal("12.5"))).toBe("+12,50\u00a0%");
    expect(format.number(new Decimal("3.5"))).toBe("3,5");
  });

  test("English formats the en-US way", () => {
    const { format } = makeI18n("en");
    expect(format.money(new Decimal("1234567.89"))).toBe("€1,234,567.89");
    expect(format.date("2016-06-28")).toBe("06/28/2016");
    expect(format.percentDelta(new Decimal("-2.25"))).toBe("-2.25%");
  });

  test("fill replaces known placeholders and leaves unknown ones visible", () => {
    expect(fill("{n} von {total}", { n: 53, total: 54 })).toBe("53 von 54");
    expect(fill("{n} und {x}", { n: 1 })).toBe("1 und {x}");
  });
});

describe("error messages", () => {
  test.each([
    ["tabelle_gefiltert", "A filter hides rows of the table; please clear the filter."],
    ["name_vergeben", "The table's name is already used by a defined name in this workbook."],
  ] as const)(
    "the Excel layer's code %s has its own English text, with the German detail kept",
    (code, english) => {
      const error = new ExcelActionError(code, "Deutsches Detail.");
      expect(describeError(error, makeI18n("en")).message).toBe(`${english} (Deutsches Detail.)`);
      expect(describeError(error, makeI18n("de")).message).toBe("Deutsches Detail.");
    },
  );
});
