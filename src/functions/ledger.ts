/**
 * KI.BEWILLIGT, KI.AUSGEZAHLT and KI.ABWEICHUNG on plain arguments, one Kreis and one year per call.
 * The Vollzug table comes in as a range with its header row (`KI_Bescheide[#Alle]`), so Excel
 * recalculates every such cell when a row of the table changes. Each distinct table content is
 * parsed and indexed once (ContentCache), so 54 cells over a table of 10.000 rows read it once.
 *
 * Ranges of Kreise and years: these bodies take single values as they come from one cell, the same
 * contract as catalogue.ts; the array forms lay them out over ranges the way the other functions do.
 *
 * A bad row that could concern the Kreis and year asked (its Kreis or year is that one or could not
 * be read) makes the result a #VALUE! naming the row: a number silently leaving it out would be wrong.
 */
import type Decimal from "decimal.js";
import { KiError, TOTAL_COMPONENT, foldText, fundingYear, resolveEntity } from "../model";
import {
  BESCHEIDE,
  ZAHLUNGEN,
  grantComponentsOf,
  grantedAmount,
  modelGrantAmount,
  paidInYear,
  parseBescheide,
  parseZahlungen,
  refuseIfConcerned,
  type BadRow,
  type GrantRow,
  type LedgerTableSpec,
} from "../model/ledger";
import { isBlank, listChoices, scalar, toEntityText, toYear } from "./coerce";
import { ContentCache } from "./contentCache";
import { toScenario } from "./scenarioArg";

/** A parsed table with its valid rows indexed by Kreis and year. */
interface Indexed<T> {
  byKey: Map<string, T[]>;
  bad: BadRow[];
}

const indexKey = (entityKey: string, year: number): string => `${entityKey}|${year}`;

function indexed<T extends { entityKey: string; year: number }>(parsed: {
  rows: T[];
  bad: BadRow[];
}): Indexed<T> {
  const byKey = new Map<string, T[]>();
  for (const row of parsed.rows) {
    const key = indexKey(row.entityKey, row.year);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [row]);
    else list.push(row);
  }
  return { byKey, bad: parsed.bad };
}

/** A few tables per workbook (one of each kind, perhaps an old copy): a small cache is plenty. */
const grantTables = new ContentCache((rows) => indexed(parseBescheide(rows)), 8);
const paymentTables = new ContentCache((rows) => indexed(parseZahlungen(rows)), 8);

export function clearLedgerCache(): void {
  grantTables.clear();
  paymentTables.clear();
}

function tableArg<T>(value: unknown, name: string, spec: LedgerTableSpec, cache: ContentCache<T>): T {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) {
    throw new KiError(
      "ungueltig",
      `„${name}“ erwartet den Bereich der Tabelle ${spec.sheet} mit Kopfzeile, z. B. ${spec.table}[#Alle].`,
    );
  }
  return cache.get(value as unknown[][]);
}

/** `bestandteil`: blank = gesamt; otherwise a grant component of the year's rules. */
function grantComponent(value: unknown, year: number): string {
  const v = scalar(value, "bestandteil");
  if (isBlank(v)) return TOTAL_COMPONENT;
  const allowed = [TOTAL_COMPONENT, ...grantComponentsOf(year)];
  const id = typeof v === "string" ? foldText(v) : null;
  if (id === null || !allowed.includes(id)) {
    throw new KiError(
      "ungueltig",
      `„bestandteil“: „${String(v).trim().slice(0, 40)}“ gibt es ${year} in keinem Bescheid; möglich sind ${listChoices(allowed)}.`,
    );
  }
  return id;
}

function grantedOf(kreis: unknown, jahr: unknown, bescheide: unknown, bestandteil: unknown) {
  const entity = resolveEntity(toEntityText(kreis));
  const year = toYear(jahr);
  const component = grantComponent(bestandteil, year);
  const table = tableArg(bescheide, "bescheide", BESCHEIDE, grantTables);
  refuseIfConcerned(BESCHEIDE, table.bad, entity.key, year);
  const rows: GrantRow[] = table.byKey.get(indexKey(entity.key, year)) ?? [];
  return { entity, year, component, granted: grantedAmount(rows, component) };
}

/** Amounts are whole cents (checked when read), so the number is exact to the cent. */
const cell = (value: Decimal): number => value.toNumber();

export function bewilligtOf(
  kreis: unknown,
  jahr: unknown,
  bescheide: unknown,
  bestandteil?: unknown,
): number {
  return cell(grantedOf(kreis, jahr, bescheide, bestandteil).granted);
}

export function ausgezahltOf(kreis: unknown, jahr: unknown, zahlungen: unknown): number {
  const entity = resolveEntity(toEntityText(kreis));
  const year = toYear(jahr);
  const table = tableArg(zahlungen, "zahlungen", ZAHLUNGEN, paymentTables);
  refuseIfConcerned(ZAHLUNGEN, table.bad, entity.key, year);
  const rows = table.byKey.get(indexKey(entity.key, year)) ?? [];
  return cell(paidInYear(rows, entity.key, year));
}

/**
 * Granted minus the model's amount for the same Kreis, year and component. The model side is grant
 * money: "gesamt" leaves out the teacher posts, which no Bescheid grants (see ledger/vollzug.ts).
 */
export function abweichungOf(
  kreis: unknown,
  jahr: unknown,
  bescheide: unknown,
  bestandteil?: unknown,
  szenario?: unknown,
): number {
  const { entity, year, component, granted } = grantedOf(kreis, jahr, bescheide, bestandteil);
  const amounts = fundingYear(year, toScenario(szenario)).byEntity.get(entity.key)!;
  return cell(granted.minus(modelGrantAmount(amounts, component)));
}
