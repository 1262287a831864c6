/**
 * The status of one Kreis or kreisfreie Stadt on a Stichtag, as the map colours it and the register
 * filters by it: a centre working with a documented start, working by an assumed start, working by a
 * start the sources disagree on, or none working (not yet, or closed). Read from the model's registry
 * rows; nothing is computed here beyond picking the row that works.
 */
import type { RegistryRow } from "../../model";

export const ENTITY_STATUSES = ["in_betrieb", "angenommen", "widerspruch", "ohne"] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/** The status of one registry row: its centre's start status if it works on the row's date. */
export function rowStatus(row: RegistryRow): EntityStatus {
  if (!row.active) return "ohne";
  if (row.startStatus === "angenommen") return "angenommen";
  if (row.startStatus === "widersprüchlich") return "widerspruch";
  return "in_betrieb";
}

/**
 * Status per entity key. An entity with two centres (an extra one from a scenario) takes the status
 * of the first one that works.
 */
export function statusByEntity(rows: readonly RegistryRow[]): Map<string, EntityStatus> {
  const out = new Map<string, EntityStatus>();
  for (const row of rows) {
    const status = rowStatus(row);
    const seen = out.get(row.entity.key);
    if (seen === undefined || (seen === "ohne" && status !== "ohne")) out.set(row.entity.key, status);
  }
  return out;
}
