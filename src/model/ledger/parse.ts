/**
 * The three tables' row checks. Each parser checks what one table alone can tell (cells, date order
 * within a row, duplicate Bescheid numbers, gesamt mixed with components); checks across the tables
 * (payment against its Bescheid, a Nachweis without a Bescheid) are in crossChecks.ts.
 */
import type Decimal from "decimal.js";
import { formatGermanDate, makeIso } from "../dates";
import { KiError } from "../errors";
import { componentIds } from "../funding";
import { RULES, TOTAL_COMPONENT } from "../rules";
import { foldText } from "../text";
import { entityByKey, describeEntity } from "../entities";
import { BESCHEIDE, NACHWEISE, ZAHLUNGEN } from "./columns";
import { readAmount, readDate, readEntity, readText, readYear } from "./cells";
import { readTable, type RowReader } from "./rows";
import type { BadRow, GrantRow, ParsedTable, PaymentKind, PaymentRow, ProofRow } from "./types";

/**
 * Teacher posts are teachers the school ministry seconds to a centre, valued at about 50.000 € each
 * (seed:000, seed:001): no money the Bezirksregierung grants. A Bescheid has no such component.
 */
export const TEACHER_COMPONENTS: ReadonlySet<string> = new Set(
  RULES.flatMap((r) => r.components.filter((c) => c.postKind === "lehrer").map((c) => c.id)),
);

/** Components a Bescheid row may name for `year`: the year's grant components, or only gesamt. */
export function grantComponentsOf(year: number): string[] {
  try {
    return componentIds(year).filter((id) => id !== TOTAL_COMPONENT && !TEACHER_COMPONENTS.has(id));
  } catch (error) {
    if (error instanceof KiError && error.code === "keine_regel") return [];
    throw error;
  }
}

function readComponent(reader: RowReader, year: number | undefined): string | undefined {
  return reader.read(() => {
    const text = readText(reader.raw("bestandteil"), "Bestandteil", false);
    if (text === null) return TOTAL_COMPONENT;
    const id = foldText(text);
    if (id === TOTAL_COMPONENT) return id;
    if (year === undefined) return id;
    if (TEACHER_COMPONENTS.has(id)) {
      reader.problem(
        `Bestandteil „${text}“: Lehrerstellen sind abgeordnete Lehrkräfte des Landes, keine Zuwendung; ` +
          `sie stehen in keinem Bewilligungsbescheid.`,
      );
      return id;
    }
    const allowed = grantComponentsOf(year);
    if (!allowed.includes(id)) {
      const list = [TOTAL_COMPONENT, ...allowed].map((a) => `„${a}“`).join(", ");
      reader.problem(`Bestandteil „${text}“ gibt es ${year} nicht; möglich sind ${list}.`);
    }
    return id;
  });
}

export function parseBescheide(range: unknown): ParsedTable<GrantRow> {
  const parsed = readTable(BESCHEIDE, range, (reader) => {
    const entity = reader.read(() => readEntity(reader.raw("kreis"), "Kreis"));
    reader.entityKey = entity?.key ?? null;
    const year = reader.read(() => readYear(reader.raw("jahr"), "Jahr"));
    reader.year = year ?? null;
    const number = reader.read(() => readText(reader.raw("nummer"), "Bescheid-Nr.", true));
    reader.number = number ?? null;
    const date = reader.read(() => readDate(reader.raw("datum"), "Datum", false));
    const component = readComponent(reader, year);
    const amount = reader.read(() =>
      readAmount(
        reader.raw("betrag"),
        "Betrag",
        true,
        "bewilligte Beträge sind nie negativ (eine Kürzung: den Betrag des Bescheids ändern und in „Bemerkung“ vermerken).",
      ),
    );
    const note = reader.read(() => readText(reader.raw("bemerkung"), "Bemerkung", false));
    if ([entity, year, number, date, component, amount, note].some((v) => v === undefined)) return undefined;
    return {
      row: reader.row,
      entityKey: entity!.key,
      year: year!,
      number: number!,
      date: date!,
      component: component!,
      amount: amount! as Decimal,
      note: note!,
    };
  });
  return withGrantGroupChecks(parsed);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}

function entityName(key: string): string {
  const entity = entityByKey(key);
  return entity === undefined ? key : describeEntity(entity);
}

/**
 * Checks over several rows: a Bescheid-Nr. twice for the same year and component, one number for two
 * Kreise, and a Kreis's year given both as "gesamt" and by component (summing both would count the
 * money twice). Every row involved is bad: which of two is the wrong one only the user knows.
 */
function withGrantGroupChecks(parsed: ParsedTable<GrantRow>): ParsedTable<GrantRow> {
  const problems = new Map<GrantRow, string[]>();
  const add = (row: GrantRow, message: string) => problems.set(row, [...(problems.get(row) ?? []), message]);
  for (const rows of groupBy(parsed.rows, (r) => `${r.number}\u0000${r.year}\u0000${r.component}`).values()) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((o) => o !== row).map((o) => o.row);
      add(
        row,
        `Bescheid-Nr. „${row.number}“ steht für ${row.year}, Bestandteil „${row.component}“ mehrfach ` +
          `(auch in Zeile ${others.join(", ")}); je Bescheid, Jahr und Bestandteil bitte eine Zeile.`,
      );
    }
  }
  for (const rows of groupBy(parsed.rows, (r) => r.number).values()) {
    const keys = new Set(rows.map((r) => r.entityKey));
    if (keys.size < 2) continue;
    for (const row of rows) {
      const other = rows.find((o) => o.entityKey !== row.entityKey)!;
      add(
        row,
        `Bescheid-Nr. „${row.number}“ gehört hier zu ${entityName(row.entityKey)}, in Zeile ${other.row} ` +
          `aber zu ${entityName(other.entityKey)}; ein Bescheid hat einen Empfänger.`,
      );
    }
  }
  for (const rows of groupBy(parsed.rows, (r) => `${r.entityKey}\u0000${r.year}`).values()) {
    const total = rows.filter((r) => r.component === TOTAL_COMPONENT);
    const parts = rows.filter((r) => r.component !== TOTAL_COMPONENT);
    if (total.length === 0 || parts.length === 0) continue;
    for (const row of rows) {
      add(
        row,
        `Für ${entityName(row.entityKey)} ${row.year} gibt es Zeilen mit Bestandteil „gesamt“ ` +
          `(Zeile ${total.map((r) => r.row).join(", ")}) und je Bestandteil (Zeile ${parts.map((r) => r.row).join(", ")}); ` +
          `bitte entweder den Gesamtbetrag oder die Bestandteile eintragen, sonst zählt das Geld doppelt.`,
      );
    }
  }
  return moveToBad(parsed, "bescheide", problems, (r) => ({
    entityKey: r.entityKey,
    year: r.year,
    number: r.number,
  }));
}

/** Moves rows with problems from `rows` to `bad`, keeping table order. */
export function moveToBad<T extends { row: number }>(
  parsed: ParsedTable<T>,
  table: BadRow["table"],
  problems: Map<T, string[]>,
  where: (row: T) => { entityKey: string; year: number; number: string | null },
): ParsedTable<T> {
  if (problems.size === 0) return parsed;
  const moved: BadRow[] = [...problems].map(([row, messages]) => ({
    table,
    row: row.row,
    ...where(row),
    messages,
  }));
  return {
    rows: parsed.rows.filter((r) => !problems.has(r)),
    bad: [...parsed.bad, ...moved].sort((a, b) => a.row - b.row),
  };
}

const PAYMENT_KINDS: Record<string, PaymentKind> = {
  abschlag: "Abschlag",
  abschlagszahlung: "Abschlag",
  schlusszahlung: "Schlusszahlung",
  rueckzahlung: "Rückzahlung",
};

export function parseZahlungen(range: unknown): ParsedTable<PaymentRow> {
  return readTable(ZAHLUNGEN, range, (reader) => {
    const entity = reader.read(() => readEntity(reader.raw("kreis"), "Kreis"));
    reader.entityKey = entity?.key ?? null;
    const date = reader.read(() => readDate(reader.raw("datum"), "Datum", true));
    reader.year = date === undefined || date === null ? null : Number(date.slice(0, 4));
    const amount = reader.read(() =>
      readAmount(
        reader.raw("betrag"),
        "Betrag",
        true,
        "bitte den Betrag positiv eintragen; eine Rückzahlung mit Art „Rückzahlung“ (sie wird abgezogen).",
      ),
    );
    const number = reader.read(() => readText(reader.raw("nummer"), "Bescheid-Nr.", true));
    reader.number = number ?? null;
    const kind = reader.read(() => {
      const text = readText(reader.raw("art"), "Art", true)!;
      const hit = PAYMENT_KINDS[foldText(text).replace(/[^a-z]/g, "")];
      if (hit === undefined) {
        reader.problem(
          `Art „${text}“ ist unbekannt; möglich sind „Abschlag“, „Schlusszahlung“, „Rückzahlung“.`,
        );
      }
      return hit;
    });
    if ([entity, date, amount, number, kind].some((v) => v === undefined || v === null)) return undefined;
    return {
      row: reader.row,
      entityKey: entity!.key,
      date: date!,
      year: reader.year!,
      amount: amount!,
      signed: kind === "Rückzahlung" ? amount!.negated() : amount!,
      number: number!,
      kind: kind!,
    };
  });
}

export function parseNachweise(range: unknown): ParsedTable<ProofRow> {
  const parsed = readTable(NACHWEISE, range, (reader) => {
    const entity = reader.read(() => readEntity(reader.raw("kreis"), "Kreis"));
    reader.entityKey = entity?.key ?? null;
    const year = reader.read(() => readYear(reader.raw("jahr"), "Jahr"));
    reader.year = year ?? null;
    const due = reader.read(() => readDate(reader.raw("faellig"), "fällig am", false));
    const received = reader.read(() => readDate(reader.raw("eingegangen"), "eingegangen am", false));
    const checked = reader.read(() => readDate(reader.raw("geprueft"), "geprüft am", false));
    const hint = "bitte den Betrag positiv eintragen.";
    const recognised = reader.read(() =>
      readAmount(reader.raw("anerkannt"), "anerkannter Betrag", false, hint),
    );
    const repayment = reader.read(() =>
      readAmount(reader.raw("rueckforderung"), "Rückforderung", false, hint),
    );
    const note = reader.read(() => readText(reader.raw("bemerkung"), "Bemerkung", false));
    if ([entity, year, due, received, checked, recognised, repayment, note].some((v) => v === undefined)) {
      return undefined;
    }
    checkProofDates(reader, year!, due!, received!, checked!);
    if (recognised !== null && checked === null) {
      reader.problem(
        "anerkannter Betrag steht da, aber „geprüft am“ fehlt: anerkannt wird erst mit der Prüfung.",
      );
    }
    return {
      row: reader.row,
      entityKey: entity!.key,
      year: year!,
      due: due!,
      received: received!,
      checked: checked!,
      recognised: recognised!,
      repayment: repayment!,
      note: note!,
    };
  });
  return parsed;
}

/** The order a Verwendungsnachweis goes through: the year, then receipt, then the check. */
function checkProofDates(
  reader: RowReader,
  year: number,
  due: string | null,
  received: string | null,
  checked: string | null,
): void {
  const yearStart = makeIso(year, 1, 1);
  const de = formatGermanDate;
  if (due !== null && due < yearStart) {
    reader.problem(`fällig am ${de(due)} liegt vor dem Jahr ${year}, für das der Nachweis gilt.`);
  }
  if (received !== null && received < yearStart) {
    reader.problem(`eingegangen am ${de(received)} liegt vor dem Jahr ${year}, für das der Nachweis gilt.`);
  }
  if (checked !== null && received === null) {
    reader.problem(
      `geprüft am ${de(checked)}, aber „eingegangen am“ fehlt: geprüft wird ein eingegangener Nachweis.`,
    );
  }
  if (checked !== null && received !== null && checked < received) {
    reader.problem(`geprüft am ${de(checked)} liegt vor „eingegangen am“ ${de(received)}.`);
  }
}
