/**
 * Soll/Ist for one year: per Kreis the model's amount beside what was granted, paid and proven, the
 * differences, and the flags a budget officer checks. Bad rows are left out of every sum here and
 * listed with their messages (the view shows them); nothing is corrected.
 *
 * The model's comparable amount is its grant money: every component except the teacher posts, which
 * the school ministry seconds rather than grants (seed:000, seed:001; see TEACHER_COMPONENTS).
 */
import Decimal from "decimal.js";
import { ENTITIES } from "../entities";
import { formatGermanDate } from "../dates";
import { KiError } from "../errors";
import { fundingYear } from "../funding";
import { formatEuro, sum } from "../money";
import { DEFAULT_SCENARIO } from "../scenarioDefaults";
import { TOTAL_COMPONENT } from "../rules";
import type { Bezirk, ComponentAmounts, Entity, IsoDate, Scenario } from "../types";
import { TEACHER_COMPONENTS } from "./parse";
import { grantedAmount, grantRowsOf, paidInYear } from "./sums";
import type { BadRow, GrantRow, Ledger, LedgerTableId, PaymentRow, ProofRow } from "./types";

/**
 * The two-month rule: funds may be called only as far as they are needed within two months after
 * the payment for payments due (VV zu § 44 LHO NRW Nr. 7 of 06.06.2022, MBl. NRW. S. 445, which the
 * 2025 guideline cites: web:bass-2025). Status angenommen: the NRW wording was not read; the same
 * sentence with two months stands in Bavaria's VV Nr. 7.2 (web:bayvv-44-nr7). The window is a
 * parameter of the view, so a Bescheid with other terms can be checked too.
 */
export const DEFAULT_WINDOW_MONTHS = 2;
export const WINDOW_SOURCE = {
  text: "VV zu § 44 LHO NRW Nr. 7 (RdErl. vom 06.06.2022, MBl. NRW. S. 445)",
  sources: ["web:bass-2025", "web:bayvv-44-nr7"],
  status: "angenommen" as const,
};

export type FlagKind =
  | "kein_bescheid"
  | "ueber_modell"
  | "ueber_bewilligt"
  | "zwei_monate"
  | "nachweis_ueberfaellig"
  | "nachweis_ungeprueft"
  | "rueckforderung_fehlt";

export interface RowRef {
  table: LedgerTableId;
  row: number;
}

export interface VollzugFlag {
  kind: FlagKind;
  /** German, for the view and the sheet. */
  message: string;
  /** The rows the flag is about (empty where a row is missing, e.g. no Bescheid). */
  rows: RowRef[];
}

export interface VollzugRow {
  entity: Entity;
  /** The model's grant money for the year (all but teacher posts); null without a rule that year. */
  model: Decimal | null;
  granted: Decimal;
  /** Net payments dated in the year (cash view, as KI.AUSGEZAHLT). */
  paid: Decimal;
  /** Net payments against the year's Bescheide (also a later Schlusszahlung or Rückzahlung). */
  paidForYear: Decimal;
  /** Date the Verwendungsnachweis came in, null if not (yet). */
  proofReceived: IsoDate | null;
  proofChecked: IsoDate | null;
  recognised: Decimal | null;
  repayment: Decimal | null;
  /** granted − model; null without a model figure. */
  deviation: Decimal | null;
  /** paidForYear − granted. */
  paidMinusGranted: Decimal;
  flags: VollzugFlag[];
}

export interface VollzugTotals {
  model: Decimal | null;
  granted: Decimal;
  paid: Decimal;
  recognised: Decimal;
  flags: number;
}

export interface VollzugYear {
  year: number;
  rows: VollzugRow[];
  byBezirk: Map<Bezirk, VollzugTotals>;
  total: VollzugTotals;
  /** Rows left out of the sums, with their messages. */
  bad: BadRow[];
  /** German note where the model has no figure for the year. */
  modelNote: string | null;
}

export interface VollzugOptions {
  scenario?: Scenario;
  /** Date at which a Nachweis counts as overdue (default: today, from the caller). */
  asOf: IsoDate;
  windowMonths?: number;
}

/** Grant money of the model: the sum of the non-teacher components (each already rounded). */
export function modelGrantAmount(amounts: ComponentAmounts, component: string = TOTAL_COMPONENT): Decimal {
  if (component !== TOTAL_COMPONENT) return amounts[component];
  return sum(
    Object.entries(amounts)
      .filter(([id]) => id !== TOTAL_COMPONENT && !TEACHER_COMPONENTS.has(id))
      .map(([, v]) => v),
  );
}

/**
 * Payments that belong to the grant of `year`: those against a Bescheid with a row for that year,
 * dated in the year, plus a Schlusszahlung or Rückzahlung after it when the year is the Bescheid's
 * last one (they settle the grant after its Verwendungsnachweis).
 */
export function paymentsForYear(
  payments: readonly PaymentRow[],
  grants: readonly GrantRow[],
  entityKey: string,
  year: number,
): PaymentRow[] {
  const numbers = new Map<string, number>();
  for (const g of grants) {
    if (g.entityKey !== entityKey) continue;
    numbers.set(g.number, Math.max(numbers.get(g.number) ?? g.year, g.year));
  }
  const ofYear = new Set(
    grants.filter((g) => g.entityKey === entityKey && g.year === year).map((g) => g.number),
  );
  return payments.filter((p) => {
    if (p.entityKey !== entityKey || !ofYear.has(p.number)) return false;
    if (p.year === year) return true;
    return p.kind !== "Abschlag" && p.year > year && numbers.get(p.number) === year;
  });
}

/**
 * The first Abschlag of the year after which the Abschläge so far exceed the need the rule allows:
 * the year's grant in twelfths, for the months up to the payment's month plus the window (a planner's
 * Zwölftel: payments due are taken as spread evenly over the year). Exactly at the limit is allowed.
 */
export function twoMonthBreach(
  payments: readonly PaymentRow[],
  grantedYear: Decimal,
  windowMonths: number,
): { payment: PaymentRow; cumulative: Decimal; allowed: Decimal } | null {
  const abschlaege = payments
    .filter((p) => p.kind === "Abschlag")
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  let cumulative = new Decimal(0);
  for (let i = 0; i < abschlaege.length; i++) {
    const p = abschlaege[i];
    cumulative = cumulative.plus(p.amount);
    // Payments of the same day count together: compare after the last of them.
    if (i + 1 < abschlaege.length && abschlaege[i + 1].date === p.date) continue;
    const month = Number(p.date.slice(5, 7));
    const months = Math.min(12, month + windowMonths);
    // cumulative > granted × months / 12, compared without dividing (exact).
    if (cumulative.times(12).greaterThan(grantedYear.times(months))) {
      return { payment: p, cumulative, allowed: grantedYear.times(months).dividedBy(12) };
    }
  }
  return null;
}

function flagsOf(
  entity: Entity,
  year: number,
  ledger: Ledger,
  model: ComponentAmounts | null,
  options: Required<Pick<VollzugOptions, "asOf" | "windowMonths">>,
): { flags: VollzugFlag[]; granted: Decimal; paidForYear: Decimal; proof: ProofRow | undefined } {
  const flags: VollzugFlag[] = [];
  const grants = grantRowsOf(ledger.bescheide, entity.key, year);
  const granted = grantedAmount(grants);
  const refs = (table: LedgerTableId, rows: readonly { row: number }[]): RowRef[] =>
    rows.map((r) => ({ table, row: r.row }));
  const modelTotal = model === null ? null : modelGrantAmount(model);
  if (modelTotal !== null && modelTotal.greaterThan(0) && grants.length === 0) {
    flags.push({
      kind: "kein_bescheid",
      message: `Kein Bescheid für ${year}, obwohl das KI nach dem Modell arbeitet (Modell ${formatEuro(modelTotal)}).`,
      rows: [],
    });
  }
  if (model !== null && grants.length > 0) {
    const parts = grants.every((g) => g.component === TOTAL_COMPONENT)
      ? [TOTAL_COMPONENT]
      : [...new Set(grants.map((g) => g.component))];
    for (const component of parts) {
      const g = grantedAmount(grants, component);
      const m = modelGrantAmount(model, component) ?? new Decimal(0);
      if (g.greaterThan(m)) {
        const label = component === TOTAL_COMPONENT ? "" : ` (Bestandteil „${component}“)`;
        flags.push({
          kind: "ueber_modell",
          message: `Bewilligt${label} ${formatEuro(g)} liegt über dem Höchstbetrag des Modells ${formatEuro(m)}.`,
          rows: refs(
            "bescheide",
            grants.filter((r) => component === TOTAL_COMPONENT || r.component === component),
          ),
        });
      }
    }
  }
  const forYear = paymentsForYear(ledger.zahlungen.rows, ledger.bescheide.rows, entity.key, year);
  const paidForYear = sum(forYear.map((p) => p.signed));
  if (paidForYear.greaterThan(granted) && grants.length > 0) {
    flags.push({
      kind: "ueber_bewilligt",
      message: `Gezahlt ${formatEuro(paidForYear)} liegt über dem Bewilligten ${formatEuro(granted)}.`,
      rows: refs("zahlungen", forYear),
    });
  }
  const breach = twoMonthBreach(
    forYear.filter((p) => p.year === year),
    granted,
    options.windowMonths,
  );
  if (breach !== null) {
    flags.push({
      kind: "zwei_monate",
      message:
        `Abschläge bis ${formatGermanDate(breach.payment.date)} zusammen ${formatEuro(breach.cumulative)}: mehr als der ` +
        `Bedarf für ${Math.min(12, Number(breach.payment.date.slice(5, 7)) + options.windowMonths)} Monate ` +
        `(${formatEuro(breach.allowed.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))}, ${options.windowMonths}-Monats-Regel).`,
      rows: [{ table: "zahlungen", row: breach.payment.row }],
    });
  }
  const proofs = ledger.nachweise.rows.filter((p) => p.entityKey === entity.key && p.year === year);
  for (const proof of proofs) {
    const ref = [{ table: "nachweise" as const, row: proof.row }];
    if (proof.received === null && proof.due !== null && proof.due < options.asOf) {
      flags.push({
        kind: "nachweis_ueberfaellig",
        message: `Verwendungsnachweis ${year} war am ${formatGermanDate(proof.due)} fällig und ist nicht eingegangen.`,
        rows: ref,
      });
    }
    if (proof.received !== null && proof.checked === null) {
      flags.push({
        kind: "nachweis_ungeprueft",
        message: `Verwendungsnachweis ${year} ist am ${formatGermanDate(proof.received)} eingegangen und noch nicht geprüft.`,
        rows: ref,
      });
    }
    const repayment = proof.repayment ?? new Decimal(0);
    if (proof.recognised !== null && proof.recognised.lessThan(paidForYear) && repayment.isZero()) {
      flags.push({
        kind: "rueckforderung_fehlt",
        message:
          `Anerkannt ${formatEuro(proof.recognised)} liegt unter dem Gezahlten ${formatEuro(paidForYear)}, ` +
          `eine Rückforderung ist nicht eingetragen.`,
        rows: [...ref, ...refs("zahlungen", forYear)],
      });
    }
  }
  return { flags, granted, paidForYear, proof: proofs[0] };
}

function totalsOf(rows: readonly VollzugRow[]): VollzugTotals {
  return {
    model: rows.some((r) => r.model === null) ? null : sum(rows.map((r) => r.model!)),
    granted: sum(rows.map((r) => r.granted)),
    paid: sum(rows.map((r) => r.paid)),
    recognised: sum(rows.map((r) => r.recognised ?? new Decimal(0))),
    flags: rows.reduce((n, r) => n + r.flags.length, 0),
  };
}

/** Soll/Ist of all 54 Kreise and kreisfreie Städte for `year`. */
export function vollzugYear(year: number, ledger: Ledger, options: VollzugOptions): VollzugYear {
  const scenario = options.scenario ?? DEFAULT_SCENARIO;
  const windowMonths = options.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  if (!Number.isInteger(windowMonths) || windowMonths < 0 || windowMonths > 12) {
    throw new KiError(
      "ungueltig",
      `Das Fenster der Zwei-Monats-Regel muss 0 bis 12 Monate sein, nicht ${windowMonths}.`,
    );
  }
  let funding: Map<string, ComponentAmounts> | null = null;
  let modelNote: string | null = null;
  try {
    funding = fundingYear(year, scenario).byEntity;
  } catch (error) {
    if (!(error instanceof KiError)) throw error;
    modelNote = error.message;
  }
  const rows: VollzugRow[] = ENTITIES.map((entity) => {
    const model = funding?.get(entity.key) ?? null;
    const { flags, granted, paidForYear, proof } = flagsOf(entity, year, ledger, model, {
      asOf: options.asOf,
      windowMonths,
    });
    const modelAmount = model === null ? null : modelGrantAmount(model);
    return {
      entity,
      model: modelAmount,
      granted,
      paid: paidInYear(ledger.zahlungen.rows, entity.key, year),
      paidForYear,
      proofReceived: proof?.received ?? null,
      proofChecked: proof?.checked ?? null,
      recognised: proof?.recognised ?? null,
      repayment: proof?.repayment ?? null,
      deviation: modelAmount === null ? null : granted.minus(modelAmount),
      paidMinusGranted: paidForYear.minus(granted),
      flags,
    };
  });
  const byBezirk = new Map<Bezirk, VollzugTotals>();
  for (const bezirk of [...new Set(ENTITIES.map((e) => e.bezirk))]) {
    byBezirk.set(bezirk, totalsOf(rows.filter((r) => r.entity.bezirk === bezirk)));
  }
  const bad = [...ledger.bescheide.bad, ...ledger.zahlungen.bad, ...ledger.nachweise.bad];
  return { year, rows, byBezirk, total: totalsOf(rows), bad, modelNote };
}
