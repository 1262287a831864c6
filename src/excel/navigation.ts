/** Bringing a register row into view from the pane. */
import { headerId } from "./merge";
import { run } from "./run";
import { loadContent } from "./scenarioTables";
import { REGISTER, normalizeEntityKey } from "./tables";
import { ExcelActionError } from "./types";

/** Activates the register sheet and selects the row of `entityKey`. 3 syncs. */
export async function goToRegisterRow(entityKey: string): Promise<void> {
  const wanted = normalizeEntityKey(entityKey);
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(REGISTER.table);
    table.load("name");
    await context.sync();
    if (table.isNullObject) {
      throw new ExcelActionError(
        "register_fehlt",
        "Die Tabelle KI_Register gibt es noch nicht. Bitte zuerst „Register holen“ ausführen.",
      );
    }
    const content = loadContent(table, "values,rowIndex,columnIndex,columnCount");
    const sheet = table.worksheet;
    await context.sync();
    const range = content.body;
    const header = content.columns.items.map((c) => headerId(c.name));
    const k = header.indexOf(headerId(REGISTER.key));
    const at = k < 0 ? -1 : range.values.findIndex((r) => normalizeEntityKey(r[k]) === wanted);
    if (at < 0) {
      throw new ExcelActionError(
        "eintrag_fehlt",
        `Im Register gibt es keine Zeile mit dem Schlüssel ${wanted}.`,
        {
          entityKey: wanted,
        },
      );
    }
    sheet.activate();
    sheet.getRangeByIndexes(range.rowIndex + at, range.columnIndex, 1, range.columnCount).select();
    await context.sync();
  });
}
