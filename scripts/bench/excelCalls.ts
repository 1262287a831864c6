/**
 * Excel calls per pane action: Excel.run and context.sync counts, measured on the fake workbook of
 * the src/excel tests (test/excel/measure.ts, the same numbers syncCounts.test.ts pins). Each action
 * runs on a fresh fake workbook after its preparation; only the action's own calls are counted.
 * In Excel every context.sync is a round trip to the host, so this count, not CPU time, is what
 * a user feels (Excel on the web: one network round trip each).
 */
import { measureExcelCalls } from "../../test/excel/measure";
import type { Report } from "./report";

export async function measureExcel(report: Report): Promise<void> {
  for (const count of await measureExcelCalls()) {
    report.add({
      section: "excel",
      name: `${count.action}${count.case ? ` (${count.case})` : ""}`,
      value: count.syncs,
      unit: "syncs",
      note: `${count.runs} Excel.run`,
    });
  }
}
