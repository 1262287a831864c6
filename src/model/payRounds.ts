/**
 * Pay rounds (Tarifrunden) as dated, sourced data, and the monthly cost level of an average post
 * grown along them. Two series:
 *
 * - "tvoed": TVöD (Bund/VKA), the municipal staff of a centre (Fachkraft, Verwaltung);
 * - "tvl": TV-L and, following it, the NRW Besoldung, the teachers the school ministry seconds.
 *
 * A step raises the monthly amount first by `fixedAmount` (Sockelbetrag), then by `percent`; where
 * the step's whole increase stays below `minimumIncrease`, the increase is that minimum (the
 * agreements' "mindestens … Euro"). After the last agreed term an assumed yearly rate (scenario
 * parameter "Tarifsteigerung nach Laufzeit", default 0 %) applies on the day after the term ends and
 * every year after, marked "angenommen". The data is complete from 01.01.2024: the steps below are
 * the only table increases of both series from that day to the end of their terms (TVöD: the 2023
 * round's single increase on 01.03.2024, no increase 01–03.2025; TV-L: the 2023 round's two steps,
 * the 2026 round's "fünf Leermonate" 11.2025–03.2026).
 *
 * The approximation (docs/Kostenmodell.md): the agreements raise each person's table pay; the model
 * raises the user's average yearly cost per post (employer cost, /12 per month) as if it were one
 * table value, fixed and minimum amounts included. One-off payments (Inflationsausgleichsgeld) and
 * changes of the Jahressonderzahlung are not table steps and are not modelled.
 */
import Decimal from "decimal.js";
import { formatGermanDate, isoParts, makeIso } from "./dates";
import { Calc, type CalcValue } from "./money";
import type { IsoDate, Status } from "./types";

export type PaySeries = "tvoed" | "tvl";

/** One agreed (or assumed) increase of the monthly table pay. */
export interface PayStep {
  series: PaySeries;
  /** First day the new amounts apply (all agreed steps start on the 1st of a month). */
  date: IsoDate;
  /** Euro per month added before the percentage (Sockelbetrag). */
  fixedAmount?: Decimal;
  /** Increase as a fraction (0.055 = 5,5 %), applied after `fixedAmount`. */
  percent?: Decimal;
  /** Euro per month: the step's whole increase is at least this ("mindestens"). */
  minimumIncrease?: Decimal;
  /** German name of the agreement the step belongs to. */
  agreement: string;
  status: Status;
  sources: string[];
  note?: string;
}

export interface PaySeriesInfo {
  id: PaySeries;
  label: string;
  /** Which posts of a centre follow it. */
  posts: string;
  /** Last day of the last agreed term; the assumed rate applies from the day after. */
  termEnd: IsoDate;
  termSources: string[];
}

const d = (value: string): Decimal => new Decimal(value);

/** Pay levels are known from this year's 1 January on; a "Bezugsjahr" before it is refused. */
export const PAY_DATA_FROM_YEAR = 2024;

export const PAY_SERIES: readonly PaySeriesInfo[] = [
  {
    id: "tvoed",
    label: "TVöD (Bund/VKA)",
    posts: "Fachkraft, Verwaltung (kommunale Stellen)",
    termEnd: "2027-03-31",
    termSources: ["web:oed-info-tvoed-2025"],
  },
  {
    id: "tvl",
    label: "TV-L / Besoldung NRW",
    posts: "Lehrerstellen",
    termEnd: "2028-01-31",
    termSources: ["web:rehm-tvl-2026"],
  },
];

const TVL_NRW_NOTE =
  "TV-L-Schritt belegt; die Übertragung auf die Besoldung NRW ist für diese Runde nicht belegt " +
  "(angenommen: wie 2023 zeit- und wirkungsgleich).";

export const PAY_STEPS: readonly PayStep[] = Object.freeze([
  {
    series: "tvoed",
    date: "2024-03-01",
    fixedAmount: d("200"),
    percent: d("0.055"),
    minimumIncrease: d("340"),
    agreement: "Tarifeinigung TVöD vom 22.04.2023",
    status: "belegt",
    sources: ["web:gew-tvoed-2024", "web:haufe-tvoed-2023"],
    note: "200 € Sockelbetrag, anschließend 5,5 %; unter 340 € Erhöhung wird auf 340 € aufgefüllt.",
  },
  {
    series: "tvoed",
    date: "2025-04-01",
    percent: d("0.03"),
    minimumIncrease: d("110"),
    agreement: "Tarifeinigung TVöD vom 06.04.2025",
    status: "belegt",
    sources: ["web:oed-info-tvoed-2025"],
  },
  {
    series: "tvoed",
    date: "2026-05-01",
    percent: d("0.028"),
    agreement: "Tarifeinigung TVöD vom 06.04.2025",
    status: "belegt",
    sources: ["web:oed-info-tvoed-2025"],
  },
  {
    series: "tvl",
    date: "2024-11-01",
    fixedAmount: d("200"),
    agreement: "Tarifeinigung TV-L 2023 (Dezember 2023), übertragen auf die Besoldung NRW",
    status: "belegt",
    sources: ["web:oed-info-tvl-2023", "web:borkener-zeitung-besoldung-2023", "web:dstg-westfalen-2023"],
  },
  {
    series: "tvl",
    date: "2025-02-01",
    percent: d("0.055"),
    minimumIncrease: d("140"),
    agreement: "Tarifeinigung TV-L 2023 (Dezember 2023), übertragen auf die Besoldung NRW",
    status: "belegt",
    sources: ["web:oed-info-tvl-2023", "web:borkener-zeitung-besoldung-2023", "web:dstg-westfalen-2023"],
    note: "Mindestens 140 € (TV-L); für die Besoldung ohne Wirkung, da alle Tabellenwerte darüber liegen.",
  },
  {
    series: "tvl",
    date: "2026-04-01",
    percent: d("0.028"),
    minimumIncrease: d("100"),
    agreement: "Tarifeinigung TV-L vom 14.02.2026",
    status: "angenommen",
    sources: ["web:rehm-tvl-2026"],
    note: TVL_NRW_NOTE,
  },
  {
    series: "tvl",
    date: "2027-03-01",
    percent: d("0.02"),
    agreement: "Tarifeinigung TV-L vom 14.02.2026",
    status: "angenommen",
    sources: ["web:rehm-tvl-2026"],
    note: TVL_NRW_NOTE,
  },
  {
    series: "tvl",
    date: "2028-01-01",
    percent: d("0.01"),
    agreement: "Tarifeinigung TV-L vom 14.02.2026",
    status: "angenommen",
    sources: ["web:rehm-tvl-2026"],
    note: TVL_NRW_NOTE,
  },
] satisfies PayStep[]);

export function seriesInfo(series: PaySeries): PaySeriesInfo {
  return PAY_SERIES.find((s) => s.id === series)!;
}

/** The day after the term ends: first day of the assumed yearly steps (a planning assumption). */
function firstAssumedDate(series: PaySeries): IsoDate {
  const end = isoParts(seriesInfo(series).termEnd);
  // All term ends are the last day of a month: the next day is the 1st of the next month.
  return end.month === 12 ? makeIso(end.year + 1, 1, 1) : makeIso(end.year, end.month + 1, 1);
}

/**
 * Agreed steps of `series` and, with a non-zero `rateAfterTerm`, the assumed yearly steps from the
 * day after the term ends up to the end of `untilYear`. In date order.
 */
export function payStepsOf(series: PaySeries, rateAfterTerm: Decimal, untilYear: number): PayStep[] {
  const steps: PayStep[] = PAY_STEPS.filter((s) => s.series === series);
  if (rateAfterTerm.isZero()) return steps;
  const first = isoParts(firstAssumedDate(series));
  const info = seriesInfo(series);
  for (let year = first.year; year <= untilYear; year += 1) {
    steps.push({
      series,
      date: makeIso(year, first.month, 1),
      percent: rateAfterTerm,
      agreement: `Annahme nach Laufzeitende ${formatGermanDate(info.termEnd)} (Szenario „Tarifsteigerung nach Laufzeit“)`,
      status: "angenommen",
      sources: info.termSources,
    });
  }
  return steps;
}

/** The monthly amount after one step: fixed amount, then percentage, at least the minimum increase. */
export function applyPayStep(monthly: CalcValue, step: PayStep): CalcValue {
  let next = monthly.plus(step.fixedAmount?.toString() ?? 0);
  if (step.percent !== undefined) next = next.times(new Calc(1).plus(step.percent.toString()));
  if (step.minimumIncrease !== undefined) {
    const floor = monthly.plus(step.minimumIncrease.toString());
    if (next.lt(floor)) next = floor;
  }
  return next;
}

/**
 * The 12 monthly cost levels (index 0 = January) of `year` for a post whose yearly cost is `annual`
 * at the pay level valid on 1 January of `referenceYear` (so a step on that very day is already in
 * it). A month's level is the level on its 1st day. Not rounded (money.ts rounds once per centre).
 * `year` must not lie before `referenceYear` (the caller refuses that with a message).
 */
export function monthlyLevels(
  series: PaySeries,
  annual: Decimal,
  referenceYear: number,
  year: number,
  rateAfterTerm: Decimal,
): CalcValue[] {
  const referenceDate = makeIso(referenceYear, 1, 1);
  const steps = payStepsOf(series, rateAfterTerm, year).filter((s) => s.date > referenceDate);
  let level = new Calc(annual.toString()).dividedBy(12);
  let next = 0;
  const levels: CalcValue[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const first = makeIso(year, month, 1);
    while (next < steps.length && steps[next].date <= first) {
      level = applyPayStep(level, steps[next]);
      next += 1;
    }
    levels.push(level);
  }
  return levels;
}
