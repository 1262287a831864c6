/**
 * The optional `szenario` argument: a range holding the two-column assumptions table
 * (Parameter | Wert) the task pane writes; the two columns are found by their headers where the range
 * has them (model.scenarioColumns), else they are the first two. Parsed once per distinct content (see contentCache.ts);
 * any problem in the table is a #VALUE! naming the row, never a silently ignored assumption.
 */
import { DEFAULT_SCENARIO, KiError, scenarioColumns, scenarioFromRows, type Scenario } from "../model";
import { basicValue, isBlank, scalar } from "./coerce";
import { ContentCache } from "./contentCache";

/** Far more rows than the ~180 parameters a scenario can have; refuses whole-column references. */
export const MAX_SCENARIO_ROWS = 1000;
export const MAX_SCENARIO_COLUMNS = 10;
const NAME = "szenario";

function invalid(message: string): KiError {
  return new KiError("ungueltig", message);
}

/** Plain cell values for the parser; an error value in the table is refused with its row. */
function parseRows(rows: unknown[][]): Scenario {
  const cells = rows.map((row, r) =>
    row.map((cell, c) => {
      try {
        return basicValue(cell, NAME);
      } catch (error) {
        if (error instanceof KiError) {
          throw invalid(`„${NAME}“, Zeile ${r + 1}, Spalte ${c + 1}: ${error.message}`);
        }
        throw error;
      }
    }),
  );
  if (cells.every((row) => row.every(isBlank))) return DEFAULT_SCENARIO;
  // Parameter and Wert by header: a user column inserted before or between them changes nothing.
  return scenarioFromRows(scenarioColumns(cells));
}

const cache = new ContentCache<Scenario>(parseRows, 64);

/** For tests and the benchmark: how often the cache was used and filled. */
export function scenarioCacheStats(): { hits: number; misses: number; size: number } {
  return { hits: cache.hits, misses: cache.misses, size: cache.size };
}

export function clearScenarioCache(): void {
  cache.clear();
}

export function toScenario(value: unknown): Scenario {
  if (!Array.isArray(value)) {
    // Omitted, an empty cell, or a single value typed where a range belongs.
    const v = scalar(value, NAME);
    if (isBlank(v)) return DEFAULT_SCENARIO;
    throw invalid(
      `„${NAME}“ erwartet einen Bereich mit zwei Spalten (Parameter | Wert), keinen Einzelwert wie „${String(v)}“.`,
    );
  }
  if (value.length === 0) return DEFAULT_SCENARIO;
  if (value.length > MAX_SCENARIO_ROWS) {
    throw invalid(
      `„${NAME}“ ist zu groß: ${value.length} Zeilen (höchstens ${MAX_SCENARIO_ROWS}). Bitte nur die ` +
        `Szenario-Tabelle angeben, nicht ganze Spalten.`,
    );
  }
  let columns = 0;
  for (const row of value) {
    if (!Array.isArray(row)) throw invalid(`„${NAME}“ muss ein Bereich aus Zeilen und Spalten sein.`);
    columns = Math.max(columns, row.length);
  }
  if (columns > MAX_SCENARIO_COLUMNS) {
    throw invalid(
      `„${NAME}“ ist zu breit: ${columns} Spalten (erwartet 2: Parameter | Wert, höchstens ${MAX_SCENARIO_COLUMNS}).`,
    );
  }
  return cache.get(value as unknown[][]);
}
