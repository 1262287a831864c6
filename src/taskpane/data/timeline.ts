/**
 * The numbers behind the pane's timeline: working centres per day from the model as a step function
 * (a step at every opening, and after every closing) and the counts the releases reported, each with
 * its date, value, the model's count that day and its sources. Only counts with a day are placed on
 * the line; a count known only by its year is listed apart (its day is not known, none is invented).
 */
import type Decimal from "decimal.js";
import { centresActiveAt, effectiveCentres, reconcile, type IsoDate } from "../../model";

export const TIMELINE_FROM: IsoDate = "2012-01-01";
export const TIMELINE_TO: IsoDate = "2019-12-31";

export interface Step {
  /** From this day on (until the next step) `count` centres work. */
  date: IsoDate;
  count: number;
}

export interface ReportedCount {
  id: string;
  figureId: string;
  label: string;
  /** null: the release names only a year (`year`). */
  date: IsoDate | null;
  year: number | null;
  reported: Decimal;
  model: Decimal | null;
  sources: string[];
}

export function workingSteps(from: IsoDate = TIMELINE_FROM, to: IsoDate = TIMELINE_TO): Step[] {
  const steps: Step[] = [{ date: from, count: centresActiveAt(from).length }];
  const changes = new Map<IsoDate, number>();
  for (const centre of effectiveCentres()) {
    if (centre.start > from && centre.start <= to)
      changes.set(centre.start, centresActiveAt(centre.start).length);
  }
  for (const centre of effectiveCentres()) {
    // The end day is still a working day; the count drops after it.
    const end = centre.end;
    if (end !== undefined && end >= from && end < to && !changes.has(end)) {
      changes.set(end, centresActiveAt(end).filter((c) => c.end !== end).length);
    }
  }
  for (const date of [...changes.keys()].sort()) steps.push({ date, count: changes.get(date)! });
  // Merge steps that do not change the count (two openings one day apart stay two steps).
  return steps.filter((step, i) => i === 0 || step.count !== steps[i - 1].count);
}

/** The reported counts of centres (unit "Anzahl") from the reconciliation, in date order. */
export function reportedCounts(): ReportedCount[] {
  return reconcile()
    .filter((row) => row.unit === "Anzahl")
    .map((row) => ({
      id: row.id,
      figureId: row.figureId,
      label: row.label,
      date: row.date ?? null,
      year: row.year ?? null,
      reported: row.reported,
      model: row.model,
      sources: row.reportedSources,
    }))
    .sort((a, b) => (a.date ?? `${a.year}`).localeCompare(b.date ?? `${b.year}`));
}
