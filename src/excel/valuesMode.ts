/**
 * Werte-Modus (pure; no Office): where Excel runs no custom functions (CustomFunctionsRuntime missing,
 * e.g. volume-licensed Office 2021; docs/Excel-Versionen.md), or where the user chooses it, the
 * comparison holds the values the KI.* formulas would show, computed by the same model from the same
 * scenario tables, instead of =KI.LANDESMITTEL(…). The register and the reconciliation hold values in
 * both modes already. The difference columns stay ordinary Excel formulas: they need no add-in.
 */
import { KiError, landesmittel, scenarioFromRows, type Scenario } from "../model";
import type { DesiredTable } from "./merge";
import { comparisonTable, type ComparisonScenario } from "./tables";
import type { ActionNotice } from "./types";

export interface ScenarioInput extends ComparisonScenario {
  /** The table's Parameter | Wert rows as read, header first. */
  rows: unknown[][];
}

/** What the model gives for one cell: the rounded amount, or the German message KI.* would show. */
function amount(year: number, bestandteil: string, scenario: Scenario | KiError): number | string {
  try {
    if (scenario instanceof KiError) throw scenario;
    return landesmittel(year, bestandteil, scenario).toNumber();
  } catch (error) {
    if (error instanceof KiError) return `#NV: ${error.message}`;
    throw error;
  }
}

/** The comparison with values in the scenario columns (same columns, keys and formats as comparisonTable). */
export function comparisonValuesTable(
  scenarios: readonly ScenarioInput[],
  fromYear: number,
  toYear: number,
  bestandteil = "gesamt",
): DesiredTable {
  const table = comparisonTable(scenarios, fromYear, toYear, bestandteil);
  const parsed = scenarios.map((s) => {
    try {
      return scenarioFromRows(s.rows);
    } catch (error) {
      if (error instanceof KiError) return error;
      throw error;
    }
  });
  const n = scenarios.length;
  return {
    ...table,
    columns: table.columns.map((c, i) => (i >= 1 && i <= n ? { ...c, formula: false } : c)),
    rows: table.rows.map((row) => {
      const year = Number(row.key);
      return {
        ...row,
        cells: row.cells.map((cell, i) =>
          i >= 1 && i <= n ? amount(year, bestandteil, parsed[i - 1]) : cell,
        ),
      };
    }),
  };
}

/** The German note in the pane's result and the chart title: values, not formulas; recompute on request. */
export const VALUES_NOTE =
  "Werte-Modus: Die Spalten der Szenarien enthalten berechnete Werte statt KI.*-Formeln. Nach einer " +
  "Änderung an einem Szenario bitte im Aufgabenbereich „Vergleich neu berechnen“ wählen.";

export function valuesNotice(): ActionNotice {
  return { code: "werte_modus", message: VALUES_NOTE };
}
