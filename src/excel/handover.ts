/** The pane's Festschreiben action: fixed copies for passing a workbook on (freeze.ts does the work). */
import { freezeForHandover, type FreezeOptions, type FreezeResult, type FreezeSpec } from "./freeze";
import { run } from "./run";

/** Fixed copies of the sheets with KI.* formulas, with a stamp and the sheet KI-Quellen. 4 syncs. */
export async function fixForHandover(
  spec: FreezeSpec = {},
  options: FreezeOptions = {},
): Promise<FreezeResult> {
  return run((context) => freezeForHandover(context, spec, options));
}
