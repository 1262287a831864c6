/**
 * The one rounding point of the model, and the arithmetic context used before it.
 *
 * Rounding rule: each centre's amount per component per year (grants, funding.ts) and its cost per
 * cost kind per year (costs.ts) are rounded to the cent, half away from zero (decimal.js
 * ROUND_HALF_UP, like Excel RUNDEN). Every total is a sum of such rounded amounts, so the sum over
 * centres equals the total to the cent by construction. Nothing else rounds euros.
 */
import Decimal from "decimal.js";

/**
 * Internal arithmetic with 60 significant digits, so that month fractions (x/12) and yearly increase
 * factors ((1 + r)^n) never lose a digit that could move the cent. A private clone, so the global
 * Decimal configuration other code relies on stays untouched.
 */
export const Calc = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export type CalcValue = InstanceType<typeof Calc>;

export const ZERO = new Decimal(0);

/** Round to the cent, half away from zero. Returns a plain (global) Decimal with two places. */
export function roundCents(value: Decimal.Value): Decimal {
  const rounded = new Calc(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return new Decimal(rounded.toFixed(2));
}

/** `difference` in percent of `base`, rounded to 2 places half away from zero; null where base is 0. */
export function percentOf(difference: Decimal, base: Decimal): Decimal | null {
  if (base.isZero()) return null;
  const percent = new Calc(difference)
    .times(100)
    .dividedBy(base.toString())
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return new Decimal(percent.toString());
}

/** Sum of decimals (no rounding: used only on already rounded amounts or on counts). */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v);
  return total;
}

/** German display of an amount, e.g. "1.234.567,89 €" (for messages only). */
export function formatEuro(value: Decimal): string {
  return `${formatGermanNumber(value, 2)} €`;
}

/** German number text with thousands dots and a decimal comma; `places` fixed if given. */
export function formatGermanNumber(value: Decimal, places?: number): string {
  const text = places === undefined ? value.toString() : value.toFixed(places, Decimal.ROUND_HALF_UP);
  const negative = text.startsWith("-");
  const [intPart, fracPart] = (negative ? text.slice(1) : text).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fracPart !== undefined ? `,${fracPart}` : ""}`;
}
