/**
 * Sorting and filtering of the pane's register table, kept apart from the view so the order is
 * testable on its own. Ties fall back to the official key, so every order is total and stable.
 */
import type { Bezirk, RegistryRow } from "../../model";
import { ENTITY_STATUSES, rowStatus, type EntityStatus } from "./entityStatus";

export type RegisterSortKey = "name" | "key" | "start" | "status";
export type SortDirection = "ascending" | "descending";

export interface RegisterFilter {
  bezirk: Bezirk | null;
  status: EntityStatus | null;
}

const collator = new Intl.Collator("de-DE");

function compareBy(key: RegisterSortKey, a: RegistryRow, b: RegistryRow): number {
  switch (key) {
    case "name":
      return collator.compare(a.entity.name, b.entity.name);
    case "key":
      return 0;
    case "start":
      // Rows without a centre have no start: after every date, in either direction of the rest.
      if (a.start === b.start) return 0;
      if (a.start === null) return 1;
      if (b.start === null) return -1;
      return a.start < b.start ? -1 : 1;
    case "status":
      return ENTITY_STATUSES.indexOf(rowStatus(a)) - ENTITY_STATUSES.indexOf(rowStatus(b));
  }
}

export function sortRows(
  rows: readonly RegistryRow[],
  key: RegisterSortKey,
  direction: SortDirection,
): RegistryRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = compareBy(key, a, b);
    if (primary !== 0) {
      const missingStart = key === "start" && (a.start === null || b.start === null);
      return missingStart ? primary : sign * primary;
    }
    const byKey = a.entity.key < b.entity.key ? -1 : a.entity.key > b.entity.key ? 1 : 0;
    return (key === "key" ? sign : 1) * byKey;
  });
}

export function filterRows(
  rows: readonly RegistryRow[],
  filter: RegisterFilter,
  /** A row to keep whatever the filter (the one a link from another view leads to). */
  keepKey: string | null = null,
): RegistryRow[] {
  return rows.filter(
    (row) =>
      row.entity.key === keepKey ||
      ((filter.bezirk === null || row.entity.bezirk === filter.bezirk) &&
        (filter.status === null || rowStatus(row) === filter.status)),
  );
}
