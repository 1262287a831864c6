/**
 * Checks across the three tables, for the Vollzug view: each payment against its Bescheid (does it
 * exist for that Kreis, is the payment in one of its years, not before it), each Verwendungsnachweis
 * against a Bescheid for its year. KI.AUSGEZAHLT sees only the payments table, so these checks appear
 * in the view (and the sheet it writes), not in that function.
 */
import { describeEntity, entityByKey } from "../entities";
import { formatGermanDate } from "../dates";
import { moveToBad, parseBescheide, parseNachweise, parseZahlungen } from "./parse";
import type { GrantRow, Ledger, PaymentRow, ProofRow } from "./types";

function name(key: string): string {
  const entity = entityByKey(key);
  return entity === undefined ? key : describeEntity(entity);
}

function paymentProblem(
  payment: PaymentRow,
  grants: readonly GrantRow[],
  badNumbers: Map<string, number[]>,
): string | null {
  const own = grants.filter((g) => g.number === payment.number);
  if (own.length === 0) {
    const badRows = badNumbers.get(payment.number);
    if (badRows !== undefined) {
      return (
        `Bescheid-Nr. „${payment.number}“ steht in KI-Bescheide nur in fehlerhaften Zeilen ` +
        `(Zeile ${badRows.join(", ")}); die Zahlung lässt sich erst nach deren Korrektur prüfen.`
      );
    }
    return `Bescheid-Nr. „${payment.number}“ gibt es in KI-Bescheide nicht: eine Zahlung ohne Bescheid.`;
  }
  if (own[0].entityKey !== payment.entityKey) {
    return `Bescheid-Nr. „${payment.number}“ ist an ${name(own[0].entityKey)} ergangen, nicht an ${name(payment.entityKey)}.`;
  }
  const years = [...new Set(own.map((g) => g.year))].sort((a, b) => a - b);
  const yearsText = years.join(", ");
  const when = formatGermanDate(payment.date);
  // An Abschlag is paid within the grant's years; the Schlusszahlung and a Rückzahlung follow the
  // Verwendungsnachweis and so may come later, but never before the grant's first year.
  if (payment.kind === "Abschlag" && !years.includes(payment.year)) {
    return `Abschlag vom ${when} liegt außerhalb der Jahre des Bescheids „${payment.number}“ (${yearsText}).`;
  }
  if (payment.year < years[0]) {
    return `${payment.kind} vom ${when} liegt vor dem ersten Jahr des Bescheids „${payment.number}“ (${yearsText}).`;
  }
  const dates = own.flatMap((g) => (g.date === null ? [] : [g.date])).sort();
  if (dates.length > 0 && payment.date < dates[0]) {
    return `${payment.kind} vom ${when} liegt vor dem Bescheid „${payment.number}“ vom ${formatGermanDate(dates[0])}.`;
  }
  return null;
}

function proofProblem(proof: ProofRow, grants: readonly GrantRow[]): string | null {
  if (grants.some((g) => g.entityKey === proof.entityKey && g.year === proof.year)) return null;
  return `Für ${name(proof.entityKey)} ${proof.year} gibt es in KI-Bescheide keinen (fehlerfreien) Bescheid; ein Verwendungsnachweis ohne Bewilligung.`;
}

/** Parses and checks all three tables (each given as a range with its header row). */
export function parseLedger(bescheide: unknown, zahlungen: unknown, nachweise: unknown): Ledger {
  const grants = parseBescheide(bescheide);
  const payments = parseZahlungen(zahlungen);
  const proofs = parseNachweise(nachweise);
  // Bescheid numbers that appear only in bad rows: a payment against them cannot be checked yet.
  const badNumbers = new Map<string, number[]>();
  for (const bad of grants.bad) {
    if (bad.number !== null) badNumbers.set(bad.number, [...(badNumbers.get(bad.number) ?? []), bad.row]);
  }
  const paymentProblems = new Map<PaymentRow, string[]>();
  for (const payment of payments.rows) {
    const problem = paymentProblem(payment, grants.rows, badNumbers);
    if (problem !== null) paymentProblems.set(payment, [problem]);
  }
  const proofProblems = new Map<ProofRow, string[]>();
  for (const proof of proofs.rows) {
    const problem = proofProblem(proof, grants.rows);
    if (problem !== null) proofProblems.set(proof, [problem]);
  }
  return {
    bescheide: grants,
    zahlungen: moveToBad(payments, "zahlungen", paymentProblems, (p) => ({
      entityKey: p.entityKey,
      year: p.year,
      number: p.number,
    })),
    nachweise: moveToBad(proofs, "nachweise", proofProblems, (p) => ({
      entityKey: p.entityKey,
      year: p.year,
      number: null,
    })),
  };
}
