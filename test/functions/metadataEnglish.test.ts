/**
 * English metadata (functions-en.json, made by scripts/functions-locale.js at build time): every
 * function and parameter has an English description within the limit, the table has no entry the
 * functions lack, ids and names are unchanged, and the check itself fails on a missing, empty or
 * over-long text. The German metadata comes from the same generator the webpack plugin uses.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFilePaths } = require("../../scripts/function-files.js") as {
  functionFilePaths: () => string[];
};

interface Meta {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string }[];
  }[];
}
type Table = Record<string, { description?: string; parameters?: Record<string, string> }>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const locale = require("../../scripts/functions-locale.js") as {
  localizeMetadata: (german: Meta, table: Table) => { metadata: Meta; problems: string[] };
  readTable: () => Table;
  MAX_DESCRIPTION_LENGTH: number;
};

let german: Meta;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(functionFilePaths());
  expect(result.errors).toEqual([]);
  german = JSON.parse(result.metadataJson) as Meta;
}, 30_000);

const GERMAN_ONLY = /[äöüßÄÖÜ„“]|\b(der|die|das|und|oder|ein|eine|mit|für|Jahr|Bereich|Vorgabe)\b/;

test("the English table covers every function and parameter, within the limit", () => {
  const { metadata, problems } = locale.localizeMetadata(german, locale.readTable());
  expect(problems).toEqual([]);
  expect(metadata.functions.map((f) => [f.id, f.name])).toEqual(german.functions.map((f) => [f.id, f.name]));
  expect(locale.MAX_DESCRIPTION_LENGTH).toBe(128);
  for (const f of metadata.functions) {
    // English, not a copy of the German text (Kreis names and the German argument words may appear).
    const original = german.functions.find((g) => g.id === f.id)!;
    expect({ id: f.id, same: f.description === original.description }).toEqual({ id: f.id, same: false });
    expect(
      f.description!.replace(/„[^“]*“|"[^"]*"|=A2\.\S+|Kreise?|Städte|kreisfreie|Stadt|Düren/g, ""),
    ).not.toMatch(GERMAN_ONLY);
    expect(f.description!.length).toBeLessThanOrEqual(128);
    for (const p of f.parameters) {
      expect(p.description!.trim()).not.toBe("");
      expect(p.description!.length).toBeLessThanOrEqual(128);
    }
  }
});

describe("the check fails on what it must refuse", () => {
  const table = () => JSON.parse(JSON.stringify(locale.readTable())) as Table;
  const problemsOf = (t: Table) => locale.localizeMetadata(german, t).problems;

  test("a function without an English entry", () => {
    const t = table();
    delete t.FOERDERUNG;
    expect(problemsOf(t)).toContain("FOERDERUNG: no English entry");
  });

  test("an empty description", () => {
    const t = table();
    t.ZENTREN.description = "  ";
    expect(problemsOf(t)).toContain("ZENTREN: English description missing or empty");
  });

  test("a parameter without text", () => {
    const t = table();
    delete t.STELLEN.parameters!.art;
    expect(problemsOf(t)).toContain("STELLEN.art: English description missing or empty");
  });

  test("a description beyond 128 characters", () => {
    const t = table();
    t.INFO.parameters!.feld = "x".repeat(129);
    expect(problemsOf(t)).toContain("INFO.feld: English description longer than 128 characters");
  });

  test("an entry for a function or parameter that does not exist", () => {
    const t = table();
    t.NOTHING = { description: "Nothing.", parameters: {} };
    t.INFO.parameters!.farbe = "Colour.";
    expect(problemsOf(t)).toEqual(
      expect.arrayContaining(["NOTHING: no such function", "INFO.farbe: no such parameter"]),
    );
  });
});
