/**
 * The functions.json Excel reads, generated in the test from src/functions/functions.ts and
 * costFunctions.ts (the plugin's inputs in webpack.config.js) with the same generator the webpack plugin uses, so the check needs no build. Limits from the custom functions
 * metadata schema: ids and names 3–64 characters, descriptions 1–128.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFilePaths } = require("../../scripts/function-files.js") as {
  functionFilePaths: () => string[];
};
const SOURCES = functionFilePaths();
let functions: FunctionMeta[];
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCES);
  errors = result.errors;
  functions =
    result.metadataJson === ""
      ? []
      : (JSON.parse(result.metadataJson) as { functions: FunctionMeta[] }).functions;
}, 30_000);

/** Expected catalogue: parameters in order, optional ones marked "?"; "[]" = a range (matrix). */
// kreis, jahr, stichtag and feld are matrices: they take a range and spread the call (broadcast.ts),
// so the result is a matrix too (a 1 × 1 one for single values).
const CATALOGUE: Record<string, { params: string[]; result: "number" | "matrix" | "any" }> = {
  LANDESMITTEL: { params: ["jahr[]", "bestandteil?", "szenario?[]"], result: "matrix" },
  FOERDERUNG: { params: ["kreis[]", "jahr[]", "bestandteil?", "szenario?[]"], result: "matrix" },
  STELLEN: { params: ["kreis[]", "jahr?[]", "art?", "szenario?[]"], result: "matrix" },
  ZENTREN: { params: ["stichtag[]", "szenario?[]"], result: "matrix" },
  LUECKEN: { params: ["stichtag?", "szenario?[]"], result: "matrix" },
  REGISTERTABELLE: { params: ["stichtag?", "szenario?[]"], result: "matrix" },
  INFO: { params: ["kreis[]", "feld[]"], result: "matrix" },
  ZENTRUM: { params: ["kreis", "stichtag?", "szenario?[]"], result: "any" },
  BEWILLIGT: { params: ["kreis[]", "jahr[]", "bescheide[]", "bestandteil?"], result: "matrix" },
  AUSGEZAHLT: { params: ["kreis[]", "jahr[]", "zahlungen[]"], result: "matrix" },
  ABWEICHUNG: {
    params: ["kreis[]", "jahr[]", "bescheide[]", "bestandteil?", "szenario?[]"],
    result: "matrix",
  },
  KOSTEN: { params: ["kreis[]", "jahr[]", "art?", "szenario?[]"], result: "matrix" },
  EIGENANTEIL: { params: ["kreis[]", "jahr[]", "szenario?[]"], result: "matrix" },
};

function signature(p: Parameter): string {
  return `${p.name}${p.optional === true ? "?" : ""}${p.dimensionality === "matrix" ? "[]" : ""}`;
}

test("the generator reports no errors", () => {
  expect(errors).toEqual([]);
});

test("exactly the catalogue, with German ids and names", () => {
  expect(functions.map((f) => f.id)).toEqual(Object.keys(CATALOGUE));
  for (const f of functions) expect(f.name).toBe(f.id);
});

test.each(Object.entries(CATALOGUE))("%s: parameters, optional flags and result", (id, expected) => {
  const f = functions.find((fn) => fn.id === id)!;
  expect(f.parameters.map(signature)).toEqual(expected.params);
  // Scalars stay "any" so Excel passes cell values unconverted and our coercion decides.
  for (const p of f.parameters) expect(p.type).toBe("any");
  if (expected.result === "matrix") expect(f.result).toEqual({ dimensionality: "matrix" });
  else if (expected.result === "number") expect(f.result).toEqual({ type: "number" });
  else expect(f.result.dimensionality).toBeUndefined();
});

test("every function and every parameter has a German description within Excel's limits", () => {
  const german =
    /[äöüßÄÖÜ]|\b(der|die|das|und|oder|ein|eine|mit|für|Jahr|Kreis|Stichtag|Bereich|Vorgabe|Kalenderjahr)\b|z\. B\./;
  for (const f of functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,63}$/);
    expect(f.description).toMatch(german);
    expect(f.description!.length).toBeLessThanOrEqual(128);
    for (const p of f.parameters) {
      expect({ fn: f.id, param: p.name, description: p.description }).toEqual({
        fn: f.id,
        param: p.name,
        description: expect.stringMatching(german),
      });
      expect(p.description!.length).toBeLessThanOrEqual(128);
    }
  }
});

test("optional parameters come last", () => {
  for (const f of functions) {
    const firstOptional = f.parameters.findIndex((p) => p.optional === true);
    if (firstOptional >= 0)
      expect(f.parameters.slice(firstOptional).every((p) => p.optional === true)).toBe(true);
  }
});
