/**
 * The layer rules of eslint.config.js hold: each fixture imports across a forbidden boundary and is
 * linted as if it sat in the folder named; every such import must be reported, and the same imports
 * from the pane (the top layer) must pass.
 */
import { ESLint } from "eslint";
import { readFileSync } from "fs";
import { join } from "path";

// The project's config passed in as an object: ESLint's own loader needs a dynamic import, which
// jest's module system does not provide.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({
  cwd: join(__dirname, "../.."),
  overrideConfigFile: true,
  overrideConfig: config,
});

async function layerErrors(fixture: string, asFile: string): Promise<number[]> {
  const text = readFileSync(join(__dirname, "fixtures", fixture), "utf8");
  const [result] = await eslint.lintText(text, { filePath: join(__dirname, "../..", asFile) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line);
}

test.each([
  ["modelImportsPane.ts.txt", "src/model/fixture.ts", [2, 3, 4, 5]],
  ["functionsImportExcel.ts.txt", "src/functions/fixture.ts", [2, 3]],
  ["excelImportsPane.ts.txt", "src/excel/fixture.ts", [2]],
])("%s in %s fails on lines %j", async (fixture, asFile, lines) => {
  expect(await layerErrors(fixture, asFile)).toEqual(lines);
});

test("the same imports from the pane are allowed", async () => {
  expect(await layerErrors("excelImportsPane.ts.txt", "src/taskpane/fixture.ts")).toEqual([]);
  expect(await layerErrors("functionsImportExcel.ts.txt", "src/taskpane/fixture.ts")).toEqual([]);
});
