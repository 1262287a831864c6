/**
 * Excel calls per pane action: the requests Microsoft's Excel library really sends (closing request
 * included) and their JSON payload bytes, measured against the in-process host of the src/excel tests
 * (test/excel/measure.ts, the same numbers syncCounts.test.ts pins). Each action runs on a fresh
 * workbook after its preparation; only the action's own requests are counted. Every request is a round
 * trip to the host (Excel on the web: a network round trip), so this count, not CPU time, is what a
 * user feels.
 */
import { measureExcelCalls } from "../../test/excel/measure";
import type { Report } from "./report";

export async function measureExcel(report: Report): Promise<void> {
  for (const count of await measureExcelCalls()) {
    report.add({
      section: "excel",
      name: `${count.action}${count.case ? ` (${count.case})` : ""}`,
      value: count.requests,
      unit: "requests",
      note: `${count.runs} Excel.run, ${count.bytes} bytes sent`,
    });
  }
}
