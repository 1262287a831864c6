/**
 * Scenario comparison: Landesmittel per year and scenario, and the difference to the baseline (the
 * first scenario), absolute and in percent. Euros are already rounded to the cent by landesmittel();
 * the percentage is rounded like reconcile()'s (percentOf). The pane's preview shows this; in Excel the
 * comparison sheet computes the same with formulas.
 */
import type Decimal from "decimal.js";
import { isKiError } from "./errors";
import { fundingYear, landesmittel } from "./funding";
import { percentOf } from "./money";
import { parseScenario } from "./scenario";
import type { RuleVersion, Scenario, ScenarioIssue, Status } from "./types";

export interface ComparisonCell {
  scenario: string;
  /** null where the model has no figure (no rule valid in the year); `error` then says why. */
  value: Decimal | null;
  error: string | null;
  /** Against the baseline of the same year; null for the baseline itself or without figures. */
  difference: Decimal | null;
  differencePercent: Decimal | null;
  /** The rule versions the year's figure rests on (its source), and their weakest status. */
  rules: RuleVersion[];
  status: Status | null;
}

export interface ComparisonYear {
  year: number;
  cells: ComparisonCell[];
}

export interface ComparisonInput {
  name: string;
  rows: unknown[][];
}

const WEAKNESS: Record<Status, number> = { belegt: 0, angenommen: 1, widersprüchlich: 2 };

export function weakestStatus(statuses: Status[]): Status | null {
  return statuses.reduce<Status | null>(
    (worst, s) => (worst === null || WEAKNESS[s] > WEAKNESS[worst] ? s : worst),
    null,
  );
}

function figure(
  year: number,
  scenario: Scenario,
): Pick<ComparisonCell, "value" | "error" | "rules" | "status"> {
  try {
    const rules = fundingYear(year, scenario).rules;
    return {
      value: landesmittel(year, "gesamt", scenario),
      error: null,
      rules,
      status: weakestStatus(rules.map((r) => r.status)),
    };
  } catch (error) {
    if (isKiError(error)) return { value: null, error: error.message, rules: [], status: null };
    throw error;
  }
}

/**
 * One entry per year from `fromYear` to `toYear`; the first scenario is the baseline. Rows with
 * issues are left out of a scenario by the model (parseScenario), never guessed; `issues` lists them.
 */
export function compareScenarios(
  inputs: ComparisonInput[],
  fromYear: number,
  toYear: number,
): { years: ComparisonYear[]; issues: { name: string; issues: ScenarioIssue[] }[] } {
  const parsed = inputs.map((input) => ({ name: input.name, ...parseScenario(input.rows) }));
  const years: ComparisonYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const figures = parsed.map((p) => figure(year, p.scenario));
    const base = figures[0]?.value ?? null;
    const cells = figures.map((own, index): ComparisonCell => {
      let difference: Decimal | null = null;
      let differencePercent: Decimal | null = null;
      if (index > 0 && base !== null && own.value !== null) {
        difference = own.value.minus(base);
        differencePercent = percentOf(difference, base);
      }
      return { scenario: parsed[index].name, ...own, difference, differencePercent };
    });
    years.push({ year, cells });
  }
  return {
    years,
    issues: parsed.filter((p) => p.issues.length > 0).map((p) => ({ name: p.name, issues: p.issues })),
  };
}
