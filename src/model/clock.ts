/**
 * "Today" for every layer: the one place that reads the clock. Local calendar, not UTC, like Excel's
 * HEUTE(): at 00:30 on 1 January in Düsseldorf it is the new year, although UTC is still in the old.
 * Tests set the clock with jest's fake timers (or pass `now`).
 */
import { makeIso } from "./dates";
import type { IsoDate } from "./types";

/** Today's date as ISO text. */
export function todayIso(now: Date = new Date()): IsoDate {
  return makeIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The current calendar year. */
export function currentYear(now: Date = new Date()): number {
  return now.getFullYear();
}
