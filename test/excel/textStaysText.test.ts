/**
 * Text a user typed is written as text and reads back unchanged (behaviours values-formula-prefix,
 * values-conversion, text-format-keeps-text): scenario names land in the scenario's Bezeichnung and in
 * the comparison's column headers. Before headers were formatted as text, "-A" made the comparison
 * fail (a formula in the header row) and "TRUE", "01.02.", "1,5" came back as true, 46054, 1.5.
 */
import {
  createScenario,
  listScenarios,
  setExcelRunner,
  setScenarioValue,
  writeComparison,
} from "../../src/excel";
import { Workbook } from "./host";

const TEXTS = ["-A", "+A", "=A", "1-2", "TRUE", "01.02.", "1,5"];

let book: Workbook;
beforeEach(() => {
  book = new Workbook();
  setExcelRunner(book.run);
});
afterAll(() => setExcelRunner(null));

test.each(TEXTS)("scenario %s: name, Bezeichnung and comparison header read back as typed", async (name) => {
  await createScenario(name);
  const [scenario] = await listScenarios();
  expect(scenario.name).toBe(name);
  expect(scenario.rows[1]).toEqual(["Bezeichnung", name]);
  await writeComparison({ scenarios: [name], fromYear: 2026, toYear: 2027 });
  expect(book.tableValues("KI_Vergleich")[0]).toEqual(["Jahr", name]);
});

test.each(TEXTS)("a Wert typed as %s is stored as that text", async (text) => {
  await createScenario("Basis");
  const after = await setScenarioValue("Basis", "Hinweis", text);
  expect(after.rows.find((r) => r[0] === "Hinweis")).toEqual(["Hinweis", text]);
  const [again] = await listScenarios();
  expect(again.rows.find((r) => r[0] === "Hinweis")).toEqual(["Hinweis", text]);
});
