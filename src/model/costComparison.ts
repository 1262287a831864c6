/**
 * The cost side of the scenario comparison: per year and scenario, what the municipal posts and
 * Sachkosten of all 54 cost, the Land's grant for them and the kommunaler Eigenanteil (costs.ts),
 * with the Eigenanteil's difference to the baseline (the first scenario). A scenario without the
 * user's averages gives a cell with the model's message instead of figures, never zeros.
 *
 * For the pane's comparison view and the comparison sheet (not wired there yet: see the report of
 * issue 16); in the sheet the same figures come from SUM over KI.KOSTEN / KI.EIGENANTEIL.
 */
import type Decimal from "decimal.js";
import type { ComparisonInput } from "./comparison";
import { eigenanteilNrw } from "./costs";
import { isKiError } from "./errors";
import { percentOf } from "./money";
import { parseScenario } from "./scenario";
import type { ScenarioIssue } from "./types";

export interface CostComparisonCell {
  scenario: string;
  /** Municipal cost (Fachkraft + Verwaltung + tatsächliche Sachkosten), NRW; null with `error`. */
  cost: Decimal | null;
  /** The integration ministry's grant for them. */
  grant: Decimal | null;
  eigenanteil: Decimal | null;
  /** eigenanteil / cost in %, 2 places. */
  percent: Decimal | null;
  error: string | null;
  /** Eigenanteil against the baseline of the same year; null for the baseline or without figures. */
  difference: Decimal | null;
  differencePercent: Decimal | null;
}

export interface CostComparisonYear {
  year: number;
  cells: CostComparisonCell[];
}

export function compareMunicipalShare(
  inputs: ComparisonInput[],
  fromYear: number,
  toYear: number,
): { years: CostComparisonYear[]; issues: { name: string; issues: ScenarioIssue[] }[] } {
  const parsed = inputs.map((input) => ({ name: input.name, ...parseScenario(input.rows) }));
  const years: CostComparisonYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const figures = parsed.map((p) => {
      try {
        const s = eigenanteilNrw(year, p.scenario);
        return { ...s, error: null };
      } catch (error) {
        if (!isKiError(error)) throw error;
        return { cost: null, grant: null, eigenanteil: null, percent: null, error: error.message };
      }
    });
    const base = figures[0]?.eigenanteil ?? null;
    const cells = figures.map((own, index): CostComparisonCell => {
      const comparable = index > 0 && base !== null && own.eigenanteil !== null;
      const difference = comparable ? own.eigenanteil!.minus(base) : null;
      return {
        scenario: parsed[index].name,
        ...own,
        difference,
        differencePercent: difference === null ? null : percentOf(difference, base!),
      };
    });
    years.push({ year, cells });
  }
  return {
    years,
    issues: parsed.filter((p) => p.issues.length > 0).map((p) => ({ name: p.name, issues: p.issues })),
  };
}
