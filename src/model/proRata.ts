/**
 * Which calendar months of a year a centre counts for (Zwölftel-Regelung: x/12 per month).
 *
 * - "ab Startmonat" (default): every month with at least one working day, so the start month counts
 *   in full (Borken, start 28.06.2016: June to December = 7/12 of 2016). Chosen as default because it
 *   is how planners apply the Zwölftel-Regelung and it never leaves a working centre unfunded.
 * - "ab Folgemonat": only complete months: a start on the 1st counts its month, any later start counts
 *   from the following month; an end before the month's last day drops that month.
 * - "ganzes Jahr": all 12 months of every year with at least one working day.
 */
import { daysInMonth, makeIso } from "./dates";
import { moneyStartOf } from "./centreDates";
import type { Centre, IsoDate, ProRataBasis } from "./types";

/**
 * `start` is the date the months count from: for money the grant start (centreDates.ts
 * moneyStartOf), which is the centre's opening where no grant start is documented.
 */
export function countedMonths(
  centre: Centre,
  year: number,
  basis: ProRataBasis,
  start: IsoDate = moneyStartOf(centre),
): boolean[] {
  const months = Array.from({ length: 12 }, (_, i) => {
    const first = makeIso(year, i + 1, 1);
    const last = makeIso(year, i + 1, daysInMonth(year, i + 1));
    const worksSomeDay = start <= last && (centre.end === undefined || centre.end >= first);
    if (basis !== "followingMonth") return worksSomeDay;
    return start <= first && (centre.end === undefined || centre.end >= last);
  });
  if (basis === "wholeYear" && months.some(Boolean)) return months.map(() => true);
  return months;
}
