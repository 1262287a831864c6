/** The register and rules sheets: pullRegister and pullRules. */
import { isIsoDate } from "../model";
import { columnLetters } from "./naming";
import { columnBody, updateOwnedTable, type TableLayout } from "./ownedTable";
import { run } from "./run";
import { REGISTER, REGISTER_HEADERS, RULES_TABLE, registerTable, rulesTable } from "./tables";
import { ExcelActionError, type ActionOptions, type ActionResult, type IsoDate } from "./types";

const REGISTER_FILL = { missing: "#FFC7CE", missingFont: "#9C0006", assumed: "#FFEB9C", conflict: "#F8CBAD" };

/** Conditional formats of a new register table: gaps stand out even after the user sorts. */
function decorateRegister(layout: TableLayout): void {
  const status = columnBody(layout, REGISTER_HEADERS.status);
  for (const text of ["noch kein Zentrum", "geschlossen"]) {
    if (status === null) break;
    const cf = status.conditionalFormats.add("ContainsText");
    cf.textComparison.format.fill.color = REGISTER_FILL.missing;
    cf.textComparison.format.font.color = REGISTER_FILL.missingFont;
    cf.textComparison.rule = { operator: "Contains", text };
  }
  const startStatus = columnBody(layout, REGISTER_HEADERS.startStatus);
  if (startStatus !== null) {
    const assumed = startStatus.conditionalFormats.add("ContainsText");
    assumed.textComparison.format.fill.color = REGISTER_FILL.assumed;
    assumed.textComparison.rule = { operator: "Contains", text: "angenommen" };
    const conflicting = startStatus.conditionalFormats.add("ContainsText");
    conflicting.textComparison.format.fill.color = REGISTER_FILL.conflict;
    conflicting.textComparison.rule = { operator: "Contains", text: "widersprüchlich" };
  }
  const gap = columnBody(layout, REGISTER_HEADERS.gap);
  if (gap !== null) {
    const c = layout.headers.indexOf(REGISTER_HEADERS.gap);
    const first = `${columnLetters(layout.left + c)}${layout.bodyTop + 1}`;
    const flagged = gap.conditionalFormats.add("Custom");
    // Relative to the first body cell: applies row by row.
    flagged.custom.rule.formula = `=LEN(${first})>0`;
    flagged.custom.format.fill.color = REGISTER_FILL.assumed;
  }
}

/** Writes/updates sheet "KI-Register" with the registry at `stichtag` (ISO date). */
export async function pullRegister(stichtag: IsoDate, options: ActionOptions = {}): Promise<ActionResult> {
  if (typeof stichtag !== "string" || !isIsoDate(stichtag)) {
    throw new ExcelActionError(
      "ungueltige_eingabe",
      `„${String(stichtag)}“ ist kein gültiger Stichtag (JJJJ-MM-TT).`,
    );
  }
  return run((context) =>
    updateOwnedTable(
      context,
      {
        sheet: REGISTER.sheet,
        table: REGISTER.table,
        desired: () => registerTable(stichtag),
        decorateNew: decorateRegister,
        widths: { [REGISTER_HEADERS.sourceText]: 320, [REGISTER_HEADERS.note]: 320 },
      },
      options,
    ),
  );
}

/** Writes/updates sheet "KI-Regeln" with all rule versions and their components. */
export async function pullRules(options: ActionOptions = {}): Promise<ActionResult> {
  return run((context) =>
    updateOwnedTable(
      context,
      {
        sheet: RULES_TABLE.sheet,
        table: RULES_TABLE.table,
        desired: () => rulesTable(),
        widths: { Fassung: 220, Quellenangaben: 320, Gültigkeit: 320, Hinweis: 320 },
      },
      options,
    ),
  );
}
