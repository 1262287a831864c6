/**
 * Undoing what Excel's calculated-column fill did to cells the add-in does not own (pure).
 *
 * When a formula is entered into a table column whose other body cells are empty (or hold that same
 * formula), Excel fills it into the whole column (docs/Excel-Verhalten.md, `calculated-column-fill`;
 * on by default through AutoCorrect). The add-in writes the same formula into every row of its formula
 * columns, so such a fill can reach the empty cells of a user's row in that column, or an add-in cell
 * the user cleared and chose to keep empty. No order of writes prevents this without writing into
 * those cells, so the add-in reads its formula cells back anyway (Excel's form of them, see merge.ts)
 * and, from that same read, puts back every cell it did not write whose content changed.
 */
import {
  cellContent,
  sameContent,
  type CellValue,
  type ExistingTable,
  type MergeOutcome,
  type MergePlan,
} from "./merge";

export interface CellRepair {
  /** Body row index after the write (existing rows keep their index; appended rows follow). */
  row: number;
  /** Column index in the plan's finalHeaders. */
  column: number;
  /** What the cell must hold: a formula text (starting with "=") or a value; null = empty. */
  content: CellValue;
}

/**
 * Cells to put back. `before` is the table as read before the write (null: the table was created),
 * `after` the body as read back right after the write, before anything sorts it.
 */
export function fillRepairs(
  plan: MergePlan,
  outcome: MergeOutcome,
  before: ExistingTable | null,
  after: ExistingTable,
): CellRepair[] {
  const bodyRows = before?.values.length ?? 0;
  // What the add-in wrote, by "row,column".
  const written = new Map<string, CellValue>();
  for (const w of outcome.writes) written.set(`${w.row},${w.column}`, w.value);
  plan.newColumnValues.forEach((values, k) =>
    values.forEach((v, r) => written.set(`${r},${plan.firstNewColumn + k}`, v)),
  );
  plan.appendRows.forEach((cells, i) =>
    cells.forEach((v, c) => {
      if (plan.columnSpecs[c] !== null) written.set(`${bodyRows + i},${c}`, v);
    }),
  );
  const repairs: CellRepair[] = [];
  const rows = after.values.length;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < plan.finalHeaders.length; c++) {
      const now = cellContent(after.values[r]?.[c], after.formulas[r]?.[c]);
      const key = `${r},${c}`;
      let expected: CellValue;
      if (written.has(key)) {
        expected = written.get(key) ?? null;
        // Written formulas come back in Excel's own form; merge.ts learns that form.
        if (typeof expected === "string" && expected.startsWith("=")) continue;
      } else if (before !== null && r < bodyRows && c < plan.firstNewColumn) {
        expected = cellContent(before.values[r]?.[c], before.formulas[r]?.[c]) as CellValue;
      } else {
        // A user column's cell of a row the add-in appended: Excel's fill of the user's own
        // calculated column, which is what the user set up.
        continue;
      }
      if (!sameContent(now, expected)) repairs.push({ row: r, column: c, content: expected });
    }
  }
  return repairs;
}
