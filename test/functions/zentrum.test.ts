/**
 * KI.ZENTRUM: an Excel entity value (Microsoft's EntityCellValue schema; the source is type-checked
 * against @types/office-js with `satisfies`) for every entity at two dates, where the platform
 * supports entity values from custom functions; the name as text elsewhere. Hand-written figures from
 * catalogue.test.ts's header: 2016 270.000 € per full year (Düren), Borken 8/12 = 180.000 €
 * (grant from 01.05.2016, opening 28.06.2016), Kleve without a centre until 09.2018; 2026: Kreis
 * 589.500 €, kreisfreie Stadt 507.500 €, posts 6,5 + 3,5 = 10 (Kreis) and 5,5 + 3 = 8,5 (Stadt).
 */
import "./customFunctionsStub";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DEFAULT_SCENARIO, ENTITIES } from "../../src/model";
import { CARD_FIELDS, centreEntity, entityValuesSupported } from "../../src/functions/centreCard";
import { FakeCustomFunctionsError } from "./customFunctionsStub";
import { KI, serial } from "./helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFilePaths } = require("../../scripts/function-files.js") as {
  functionFilePaths: () => string[];
};

type Card = ReturnType<typeof centreEntity>;
type Prop = { type: string; basicValue: unknown; numberFormat?: string; propertyMetadata?: unknown };

const DATES = [
  { iso: "2016-12-31", year: 2016, serial: serial(2016, 12, 31) },
  { iso: "2026-12-31", year: 2026, serial: serial(2026, 12, 31) },
] as const;

const prop = (card: Card, name: string) => card.properties![name] as unknown as Prop;

/** Office's requirement check as the runtime offers it, answering for the given sets. */
function withOffice(supported: Record<string, string>, body: () => void): void {
  const host = globalThis as { Office?: unknown };
  const before = host.Office;
  host.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          supported[name] !== undefined && Number(supported[name]) >= Number(version),
      },
    },
  };
  try {
    body();
  } finally {
    host.Office = before;
  }
}

describe.each(DATES)("every entity on $iso", ({ iso, year, serial: day }) => {
  test.each(ENTITIES.map((e) => [e.name, e] as const))("%s", (_name, entity) => {
    const card = centreEntity(entity.key, iso, DEFAULT_SCENARIO);
    expect(card.type).toBe("Entity");
    expect(card.text).toBe(entity.name);
    expect(Object.keys(card.properties!).sort()).toEqual(Object.values(CARD_FIELDS).sort());

    // Every property a valid cell value of its type; none hidden from =A2.Feld.
    for (const [name, p] of Object.entries(card.properties!) as [string, Prop][]) {
      expect({ name, type: p.type }).toEqual({
        name,
        type: expect.stringMatching(/^(String|Double|FormattedNumber)$/),
      });
      if (p.type === "String") expect(typeof p.basicValue).toBe("string");
      else expect(Number.isFinite(p.basicValue)).toBe(true);
      if (p.type === "FormattedNumber") expect(typeof p.numberFormat).toBe("string");
      expect(p.propertyMetadata).toBeUndefined();
    }
    // The card refers only to properties that exist.
    const layout = card.layouts!.card!;
    const referenced = [
      (layout.title as { property: string }).property,
      layout.subTitle!.property,
      ...layout.sections!.flatMap((s) => s.properties),
    ];
    for (const name of referenced) expect(Object.keys(card.properties!)).toContain(name);

    expect(prop(card, "Name").basicValue).toBe(entity.name);
    expect(prop(card, "Schlüssel").basicValue).toBe(entity.key);
    expect(prop(card, "Art").basicValue).toBe(entity.typeLabel);
    expect(prop(card, "Regierungsbezirk").basicValue).toBe(entity.bezirk);
    expect(prop(card, "Stichtag")).toEqual({
      type: "FormattedNumber",
      basicValue: day,
      numberFormat: "dd.mm.yyyy",
    });
    expect(prop(card, "Förderjahr").basicValue).toBe(year);
    // Same figures as the single functions for that entity and year (31.12.: posts at year end).
    expect(prop(card, "Förderung").basicValue).toBe(KI.foerderung(entity.key, year));
    expect(prop(card, "Stellen").basicValue).toBe(KI.stellen(entity.key, year));
    expect(prop(card, "Eröffnung").basicValue).toBe(KI.info(entity.key, "eroeffnung"));
    expect(prop(card, "Förderbeginn").basicValue).toBe(KI.info(entity.key, "foerderbeginn"));
    // All sources of the row: the opening's (KI.INFO quelle) and the grant start's.
    expect(prop(card, "Quellen").basicValue).toContain(KI.info(entity.key, "quelle") as string);
    for (const citation of String(KI.info(entity.key, "foerderbeginn_quelle")).split("; "))
      expect(prop(card, "Quellen").basicValue).toContain(citation);
    expect(prop(card, "Status").basicValue).toMatch(/^(aktiv|noch kein Zentrum|geschlossen)$/);
  });
});

describe("figures by hand", () => {
  const at = (name: string, iso: string) =>
    centreEntity(ENTITIES.find((e) => e.name === name)!.key, iso, DEFAULT_SCENARIO);

  test("Borken 2016: opening, grant start, 8/12 of the year", () => {
    const card = at("Borken", "2016-12-31");
    expect(prop(card, "Eröffnung").basicValue).toBe(serial(2016, 6, 28));
    expect(prop(card, "Förderbeginn").basicValue).toBe(serial(2016, 5, 1));
    expect(prop(card, "Förderung")).toEqual({
      type: "FormattedNumber",
      basicValue: 180_000,
      numberFormat: '#,##0.00 "€"',
    });
    expect(prop(card, "Status").basicValue).toBe("aktiv");
    expect(prop(card, "Stellen").basicValue).toBe(5.5);
  });

  test("Kleve: no centre at the end of 2016, working in 2026", () => {
    const before = at("Kleve", "2016-12-31");
    expect(prop(before, "Status").basicValue).toBe("noch kein Zentrum");
    expect(prop(before, "Förderung").basicValue).toBe(0);
    expect(prop(before, "Stellen").basicValue).toBe(0);
    const after = at("Kleve", "2026-12-31");
    expect(prop(after, "Status").basicValue).toBe("aktiv");
    expect(prop(after, "Förderung").basicValue).toBe(589_500);
    expect(prop(after, "Stellen").basicValue).toBe(10);
  });

  test("Köln 2026: kreisfreie Stadt", () => {
    const card = at("Köln", "2026-12-31");
    expect(prop(card, "Förderung").basicValue).toBe(507_500);
    expect(prop(card, "Stellen").basicValue).toBe(8.5);
    expect(prop(card, "Art").basicValue).toBe("kreisfreie Stadt");
  });

  test("a year without a rule: the card says so instead of failing", () => {
    const card = at("Düren", "2011-06-30");
    expect(prop(card, "Förderung")).toEqual({ type: "String", basicValue: "keine Regel für 2011" });
    // No centre before 2012 either: zero posts (the model's rule for a centre not working).
    expect(prop(card, "Stellen")).toEqual({ type: "Double", basicValue: 0 });
  });
});

describe("KI.ZENTRUM: entity where supported, text elsewhere", () => {
  test("no Office (Node, the browser preview): the name as text", () => {
    expect(entityValuesSupported()).toBe(false);
    expect(KI.zentrum("Kreis Düren", 2016)).toBe("Düren");
  });

  test("CustomFunctionsRuntime 1.4 and ExcelApi 1.16: the entity value", () => {
    withOffice({ CustomFunctionsRuntime: "1.4", ExcelApi: "1.16" }, () => {
      expect(entityValuesSupported()).toBe(true);
      const result = KI.zentrum("05358", "31.12.2016") as Card;
      expect(result).toEqual(centreEntity("05358", "2016-12-31", DEFAULT_SCENARIO));
      expect(prop(result, "Förderung").basicValue).toBe(270_000);
    });
  });

  test.each([
    [{ CustomFunctionsRuntime: "1.3", ExcelApi: "1.17" }],
    [{ CustomFunctionsRuntime: "1.4", ExcelApi: "1.15" }],
  ])("one set missing (%o): text", (sets) => {
    withOffice(sets, () => {
      expect(entityValuesSupported()).toBe(false);
      expect(KI.zentrum("Köln")).toBe("Köln");
    });
  });

  test("refusals as in the other functions", () => {
    const unknown = KI.zentrum("Atlantis") as FakeCustomFunctionsError;
    expect(unknown.code).toBe("#N/A");
    const ambiguous = KI.zentrum("Aachen") as FakeCustomFunctionsError;
    expect(ambiguous.message).toMatch(/mehrdeutig/);
    const badDate = KI.zentrum("Düren", 2016.5) as FakeCustomFunctionsError;
    expect({ code: badDate.code, message: badDate.message }).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/„stichtag“/),
    });
  });
});

test("metadata: data types allowed for any, ZENTRUM returns any, no calling object", async () => {
  const result = await generateCustomFunctionsMetadata(functionFilePaths());
  const meta = JSON.parse(result.metadataJson) as {
    allowCustomDataForDataTypeAny?: boolean;
    functions: { id: string; result: { type?: string; dimensionality?: string }; options?: unknown }[];
  };
  expect(meta.allowCustomDataForDataTypeAny).toBe(true);
  const zentrum = meta.functions.find((f) => f.id === "ZENTRUM")!;
  // A scalar result of type any: the generator omits both ("type … defaults to any", custom-functions-json).
  expect(zentrum.result).toEqual({});
  expect(zentrum.options).toBeUndefined();
}, 30_000);
