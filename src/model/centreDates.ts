/**
 * The two dates of a centre, in one place every layer uses:
 *
 * - the opening (Eröffnung / Arbeitsaufnahme, `Centre.start`): what the press releases count ("das
 *   51. Zentrum"). Counts of centres (KI.ZENTREN, KI.LUECKEN, the register's status) follow it.
 * - the grant start (Förderbeginn, `Centre.grantStart`): the start of the grant period or of an
 *   approved vorzeitiger Maßnahmebeginn, from which the Land pays. Money (KI.LANDESMITTEL,
 *   KI.FOERDERUNG) follows it. Where no grant start is documented, the opening serves for money too
 *   and `grantFromOpening` says so.
 *
 * The two ministries' parts may start on different dates where a source says so (Märkischer Kreis:
 * the 3,5 municipal posts from 12.2012, the teachers from 08.2013): `Centre.teacherStart`.
 *
 * Scenario overrides: "Start <Kreis>" sets both dates, "Eröffnung <Kreis>" the opening only,
 * "Förderbeginn <Kreis>" the grant start only (both ministries' parts).
 */
import { formatGermanDate } from "./dates";
import type { Centre, DatedFact, IsoDate, Scenario, Status } from "./types";

/** Which ministry's part of the money: the integration ministry's grant or the school ministry's posts. */
export type MoneyPart = "integration" | "schule";

/** The part a rule component belongs to, by its paying body. */
export function partOfPayer(payer: string): MoneyPart {
  return payer.includes("Schulministerium") ? "schule" : "integration";
}

/** The date counts follow. */
export function openingOf(centre: Centre): IsoDate {
  return centre.start;
}

/** The date money of `part` follows: the documented grant start, else the opening. */
export function moneyStartOf(centre: Centre, part: MoneyPart = "integration"): IsoDate {
  if (part === "schule" && centre.teacherStart !== undefined) return centre.teacherStart.date;
  return centre.grantStart?.date ?? centre.start;
}

/** The grant start for display, with a note where the opening serves because none is documented. */
export interface GrantStartView {
  date: IsoDate;
  known: string;
  status: Status;
  sources: string[];
  fromOpening: boolean;
}

export const FROM_OPENING_TEXT = "kein Förderbeginn belegt: gerechnet ab Eröffnung";

export function grantStartView(centre: Centre): GrantStartView {
  const grant = centre.grantStart;
  const teacher =
    centre.teacherStart !== undefined
      ? `; Lehrerstellen ab ${formatGermanDate(centre.teacherStart.date)} (${centre.teacherStart.known})`
      : "";
  if (grant === undefined) {
    return {
      date: centre.start,
      known: `${FROM_OPENING_TEXT} (${centre.startKnown})${teacher}`,
      status: centre.startStatus,
      sources: centre.sources,
      fromOpening: true,
    };
  }
  return {
    date: grant.date,
    known: `${grant.known}${teacher}`,
    status: grant.status,
    sources: [...new Set([...grant.sources, ...(centre.teacherStart?.sources ?? [])])],
    fromOpening: false,
  };
}

function joinNotes(before: string | undefined, added: string): string {
  return before === undefined ? added : `${before} ${added}`;
}

function scenarioFact(date: IsoDate, what: string): DatedFact {
  return { date, known: `Szenario: ${what} ${formatGermanDate(date)}`, status: "angenommen", sources: [] };
}

/**
 * The centre with the scenario's date overrides applied (the same object where nothing changes).
 * An opening only bounded by the counts takes the scenario's "Angenommener Start".
 */
export function withScenarioDates(centre: Centre, scenario: Scenario): Centre {
  const key = centre.entityKey;
  const opening = scenario.openingOverrides[key] ?? scenario.startOverrides[key];
  const grant = scenario.grantStartOverrides[key] ?? scenario.startOverrides[key];
  let result: Centre = centre;
  if (opening !== undefined) {
    result = {
      ...result,
      start: opening,
      startStatus: "angenommen",
      origin: "scenario",
      note: joinNotes(
        result.note,
        `Szenario: Eröffnung ${formatGermanDate(opening)} statt ${formatGermanDate(centre.start)}.`,
      ),
    };
  } else if (centre.startBoundOnly && scenario.assumedStart !== centre.start) {
    result = {
      ...result,
      start: scenario.assumedStart,
      origin: "scenario",
      note: joinNotes(
        result.note,
        `Szenario: angenommener Start ${formatGermanDate(scenario.assumedStart)}.`,
      ),
    };
  }
  if (grant !== undefined) {
    const { teacherStart: _dropped, ...rest } = result;
    result = {
      ...rest,
      grantStart: scenarioFact(grant, "Förderbeginn"),
      origin: "scenario",
      note: joinNotes(
        result.note,
        `Szenario: Förderbeginn ${formatGermanDate(grant)} statt ${formatGermanDate(moneyStartOf(centre))}.`,
      ),
    };
  }
  return result;
}
