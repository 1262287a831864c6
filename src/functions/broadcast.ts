/**
 * Ranges in, arrays out. Excel calls a custom function once per cell, so a planning table of 54 Kreise
 * × 5 years written as single formulas costs 270 calls into the JavaScript runtime per recalculation;
 * one formula over the ranges costs one. The parameters listed as "spread" (kreis, jahr, stichtag, …)
 * are declared as matrices in the metadata, so Excel hands over a single value or a 2-D array, and
 * this module lays the call out over them:
 *
 * - a single value (or a 1 × 1 range) combines with every element of the others;
 * - a column (n × 1) and a row (1 × m) give the table n × m;
 * - ranges of equal size pair element by element (a column with a column row by row), and a column or
 *   row pairs with a table whose matching side has its length;
 * - any other pair of sizes is a #VALUE! whose German message names both sizes;
 * - an empty cell inside a range gives an empty result (""), not an error: a planning table with
 *   blank lines stays readable;
 * - every other element is exactly what the single call with that element gives: its value, or its
 *   Excel error value with the German message.
 *
 * The result is always a 2-D array (a 1 × 1 array for single values): Microsoft documents a matrix
 * result as a two-dimensional array, and a function declared with an `any` result cannot return one
 * (office-js issue 2486). The one exception is a single call that fails: its error value is returned
 * as it is, so the cell shows the error and its message exactly as before.
 */
import { KiError } from "../model";
import { isBlank } from "./coerce";
import { excelCall, toExcelError } from "./errors";

/** One argument a call is spread over: its parameter name (for messages) and what Excel passed. */
export interface Spread {
  readonly name: string;
  readonly value: unknown;
}

/** A result cell: a value, "" for a blank input, or an Excel error value. */
export type Cell = unknown;

/**
 * Far more than a planning table needs (54 × 20 = 1.080), far less than a whole column (1.048.576
 * rows): a reference like A:A is refused with a message instead of a million calls and a spill that
 * Excel could not place.
 */
export const MAX_RESULT_CELLS = 100_000;

interface Shape {
  rows: number;
  cols: number;
}

/** A range as rows of cells, or null for a single value (also a 1 × 1 or an empty range). */
function rangeOf(value: unknown, name: string): { cells: unknown[][]; shape: Shape } | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  // Excel passes rows of cells; a flat list (never from Excel) is read as one row.
  const cells = (Array.isArray(value[0]) ? value : [value]) as unknown[][];
  const cols = Array.isArray(cells[0]) ? cells[0].length : 0;
  for (const row of cells) {
    if (!Array.isArray(row) || row.length !== cols) {
      throw new KiError("ungueltig", `„${name}“ ist kein rechteckiger Bereich.`);
    }
  }
  if (cols === 0 || (cells.length === 1 && cols === 1)) return null;
  return { cells, shape: { rows: cells.length, cols } };
}

function sizeText(shape: Shape): string {
  return `${shape.rows} × ${shape.cols}`;
}

/** One side (rows or columns) of the result: 1 stretches, equal lengths pair, anything else clashes. */
function combine(a: number, b: number): number | null {
  if (a === b || b === 1) return a;
  if (a === 1) return b;
  return null;
}

function mismatch(first: Spread, firstShape: Shape, other: Spread, otherShape: Shape): KiError {
  return new KiError(
    "ungueltig",
    `Die Bereiche passen nicht zusammen: „${first.name}“ hat ${sizeText(firstShape)} Zellen, ` +
      `„${other.name}“ ${sizeText(otherShape)}. Möglich sind gleich große Bereiche, eine Spalte mit ` +
      `einer Zeile (ergibt eine Tabelle) oder ein Einzelwert mit einem Bereich.`,
  );
}

/** The most common spread: a Kreis and a year (a column of Kreise and a row of years give the table). */
export function kreisAndYear(kreis: unknown, jahr: unknown): Spread[] {
  return [
    { name: "kreis", value: kreis },
    { name: "jahr", value: jahr },
  ];
}

/**
 * Calls `one` with the element values of `spread` (in order) for every cell of the result shape.
 * `one` is the single-cell function body: it throws KiError for a refusal, as the wrappers do.
 */
export function broadcast(
  spread: readonly Spread[],
  one: (...values: unknown[]) => unknown,
): Cell[][] | CustomFunctions.Error {
  let ranges: ({ cells: unknown[][]; shape: Shape } | null)[];
  let shape: Shape = { rows: 1, cols: 1 };
  try {
    ranges = spread.map((s) => rangeOf(s.value, s.name));
    let widest: number | null = null;
    ranges.forEach((range, i) => {
      if (range === null) return;
      const rows = combine(shape.rows, range.shape.rows);
      const cols = combine(shape.cols, range.shape.cols);
      if (rows === null || cols === null) {
        throw mismatch(spread[widest!], ranges[widest!]!.shape, spread[i], range.shape);
      }
      shape = { rows, cols };
      if (widest === null) widest = i;
    });
    if (shape.rows * shape.cols > MAX_RESULT_CELLS) {
      throw new KiError(
        "ungueltig",
        `Das Ergebnis hätte ${sizeText(shape)} Zellen (höchstens ${MAX_RESULT_CELLS.toLocaleString("de-DE")}): ` +
          `bitte nur die benötigten Zellen angeben, nicht ganze Spalten oder Zeilen.`,
      );
    }
  } catch (error) {
    return toExcelError(error);
  }

  if (ranges.every((r) => r === null)) {
    // Single values only: exactly the single call, its value as a 1 × 1 array.
    const result = excelCall(() => one(...spread.map((s) => s.value)));
    return result instanceof CustomFunctions.Error ? result : [[result]];
  }

  const out: Cell[][] = new Array(shape.rows);
  const values: unknown[] = new Array(spread.length);
  for (let r = 0; r < shape.rows; r++) {
    const row: Cell[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      let blank = false;
      for (let i = 0; i < spread.length; i++) {
        const range = ranges[i];
        if (range === null) {
          values[i] = spread[i].value;
        } else {
          const v = range.cells[range.shape.rows === 1 ? 0 : r][range.shape.cols === 1 ? 0 : c];
          if (isBlank(v)) blank = true;
          values[i] = v;
        }
      }
      row[c] = blank ? "" : excelCall(() => one(...values));
    }
    out[r] = row;
  }
  return out;
}
