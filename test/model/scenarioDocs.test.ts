/**
 * docs/scenarios.md lists the scenario parameters; its table is generated from the model's parameter
 * table (src/model/scenarioParameters.ts), never typed by hand. After changing the table, run
 * `UPDATE_DOCS=1 npx jest test/model/scenarioDocs.test.ts` and commit the rewritten doc.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { SCENARIO_PARAMETERS } from "../../src/model";

const DOC = join(__dirname, "../../docs/scenarios.md");
const BEGIN = "<!-- generated from SCENARIO_PARAMETERS: do not edit -->";
const END = "<!-- end of generated table -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function table(): string {
  const rows = SCENARIO_PARAMETERS.map((p) =>
    [
      cell(p.name),
      cell((p.aliases ?? []).join(", ")),
      cell(p.valueType),
      cell(p.description),
      cell(p.defaultText),
      cell(p.example),
    ].join(" | "),
  );
  return [
    "| Parameter | auch | Wert | Bedeutung | Standard | Beispiel |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r} |`),
  ].join("\n");
}

test("the parameter table in docs/scenarios.md is the model's", () => {
  const doc = readFileSync(DOC, "utf8");
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const expected = `${doc.slice(0, start + BEGIN.length)}\n${table()}\n${doc.slice(end)}`;
  if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, expected);
  expect(doc).toBe(expected);
});

test("every parameter name appears in the doc, so a new one cannot be left out", () => {
  const doc = readFileSync(DOC, "utf8");
  for (const p of SCENARIO_PARAMETERS) expect(doc).toContain(cell(p.name));
});
