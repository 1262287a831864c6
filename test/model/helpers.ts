import type Decimal from "decimal.js";
import { scenarioFromRows, type ComponentAmounts, type Scenario } from "../../src/model";

/** Euro amount as the exact cent string compared in tests. */
export const eur = (value: Decimal): string => value.toFixed(2);

/** All components of an amounts record as cent strings. */
export function cents(amounts: ComponentAmounts): Record<string, string> {
  return Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, v.toFixed(2)]));
}

/** A scenario from "Parameter | Wert" pairs (throws on any issue). */
export function scenario(...pairs: Array<[string, unknown]>): Scenario {
  return scenarioFromRows(pairs.map(([name, value]) => [name, value]));
}
