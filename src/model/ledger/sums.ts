/**
 * Sums over the valid rows of the Vollzug tables. Amounts are recorded to the cent, so sums are exact
 * and nothing rounds here. `concerning` finds the bad rows that could belong to a Kreis and year: a
 * function result for them is an error naming the row, not a number that silently leaves it out.
 */
import type Decimal from "decimal.js";
import { describeEntity, entityByKey } from "../entities";
import { KiError } from "../errors";
import { sum } from "../money";
import { TOTAL_COMPONENT } from "../rules";
import type { LedgerTableSpec } from "./columns";
import { badRowText } from "./rows";
import type { BadRow, GrantRow, ParsedTable, PaymentRow } from "./types";

/** Bad rows whose Kreis is this one or unreadable and whose year is this one or unreadable. */
export function concerning(bad: readonly BadRow[], entityKey: string, year: number): BadRow[] {
  return bad.filter(
    (b) => (b.entityKey === null || b.entityKey === entityKey) && (b.year === null || b.year === year),
  );
}

/** Throws KiError("ungueltig") naming the first bad row that could concern the result. */
export function refuseIfConcerned(
  spec: LedgerTableSpec,
  bad: readonly BadRow[],
  entityKey: string,
  year: number,
): void {
  const hits = concerning(bad, entityKey, year);
  if (hits.length === 0) return;
  const entity = entityByKey(entityKey);
  const more =
    hits.length > 1 ? ` (und ${hits.length - 1} weitere fehlerhafte Zeile${hits.length > 2 ? "n" : ""})` : "";
  throw new KiError(
    "ungueltig",
    `${badRowText(spec, hits[0])}${more} Diese Zeile kann ${entity === undefined ? entityKey : describeEntity(entity)} ` +
      `${year} betreffen; ohne sie wäre das Ergebnis unvollständig. Bitte die Zeile korrigieren.`,
  );
}

export function grantRowsOf(table: ParsedTable<GrantRow>, entityKey: string, year: number): GrantRow[] {
  return table.rows.filter((r) => r.entityKey === entityKey && r.year === year);
}

/**
 * Granted for a Kreis, year and component. "gesamt" sums every row of the year (rows are either one
 * total or by component: parse.ts refuses a mix). A component asked of a year granted only as a total
 * is an error: the total does not say how it splits.
 */
export function grantedAmount(rows: readonly GrantRow[], component: string = TOTAL_COMPONENT): Decimal {
  if (component === TOTAL_COMPONENT) return sum(rows.map((r) => r.amount));
  const totalRows = rows.filter((r) => r.component === TOTAL_COMPONENT);
  if (totalRows.length > 0) {
    throw new KiError(
      "ungueltig",
      `Bewilligt ist nur ein Gesamtbetrag (KI-Bescheide, Zeile ${totalRows.map((r) => r.row).join(", ")}); ` +
        `wie er sich auf „${component}“ verteilt, sagt er nicht. Bitte „gesamt“ abfragen oder die Bestandteile eintragen.`,
    );
  }
  return sum(rows.filter((r) => r.component === component).map((r) => r.amount));
}

/** Net payments (Rückzahlungen negative) to a Kreis dated in a calendar year: the cash view. */
export function paidInYear(rows: readonly PaymentRow[], entityKey: string, year: number): Decimal {
  return sum(rows.filter((r) => r.entityKey === entityKey && r.year === year).map((r) => r.signed));
}
