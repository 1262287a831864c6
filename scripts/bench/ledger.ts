/**
 * The Vollzug functions over tables of 10.000 rows (invented example rows): KI.BEWILLIGT and
 * KI.AUSGEZAHLT for one planning column of the 54 Kreise and one year. Timed: the first call (it parses
 * and indexes the table), then the 54 calls of the column, once with the same range object and once
 * with a fresh copy per call, as Excel hands every formula its own copy of a range. The column's sum is
 * checked against the table's total for the year summed here in whole cents.
 *
 * Until the array forms of issue 13 reach these functions, a column is 54 calls; each after the first
 * finds the parsed table in the content cache.
 */
import { performance } from "perf_hooks";
import "../../test/functions/customFunctionsStub";
import * as KI from "../../src/functions/functions";
import { clearLedgerCache } from "../../src/functions/ledger";
import { ENTITIES } from "../../src/model";
import { QUICK } from "./options";
import { Report } from "./report";

export const LEDGER_ROWS = QUICK ? 2_000 : 10_000;
const YEAR = 2024;

interface Tables {
  bescheide: unknown[][];
  zahlungen: unknown[][];
  /** Table totals for YEAR in cents, summed independently of the functions. */
  grantedCents: number;
  paidCents: number;
}

function tables(): Tables {
  const bescheide: unknown[][] = [
    ["Kreis", "Jahr", "Bescheid-Nr.", "Datum", "Bestandteil", "Betrag", "Bemerkung"],
  ];
  const zahlungen: unknown[][] = [["Kreis", "Datum", "Betrag", "Bescheid-Nr.", "Art"]];
  let grantedCents = 0;
  let paidCents = 0;
  for (let i = 0; i < LEDGER_ROWS; i++) {
    const entity = ENTITIES[i % ENTITIES.length];
    const year = 2013 + (Math.floor(i / ENTITIES.length) % 18);
    const cents = 1_000_000 + ((i * 7919) % 9_000_000); // 10.000,00 to 99.999,99 €
    const number = `BENCH-${i}`;
    bescheide.push([entity.key, year, number, `15.01.${year}`, "gesamt", cents / 100, null]);
    zahlungen.push([entity.key, `20.03.${year}`, cents / 100, number, "Abschlag"]);
    if (year === YEAR) {
      grantedCents += cents;
      paidCents += cents;
    }
  }
  return { bescheide, zahlungen, grantedCents, paidCents };
}

function column(
  fn: (kreis: string, table: unknown[][]) => unknown,
  table: unknown[][],
  copy: boolean,
): { ms: number; cents: number } {
  const started = performance.now();
  let cents = 0;
  for (const entity of ENTITIES) {
    const result = fn(entity.key, copy ? table.map((row) => row.slice()) : table);
    if (typeof result !== "number")
      throw new Error(`bench: ${entity.key} gave ${String((result as Error).message)}`);
    cents += Math.round(result * 100);
  }
  return { ms: performance.now() - started, cents };
}

export function measureLedger(report: Report): string[] {
  const problems: string[] = [];
  const data = tables();
  const cases = [
    {
      name: "KI.BEWILLIGT",
      table: data.bescheide,
      total: data.grantedCents,
      fn: (k: string, t: unknown[][]) => KI.bewilligt(k, YEAR, t),
    },
    {
      name: "KI.AUSGEZAHLT",
      table: data.zahlungen,
      total: data.paidCents,
      fn: (k: string, t: unknown[][]) => KI.ausgezahlt(k, YEAR, t),
    },
  ];
  for (const c of cases) {
    clearLedgerCache();
    const started = performance.now();
    c.fn(ENTITIES[0].key, c.table);
    const first = performance.now() - started;
    const same = column(c.fn, c.table, false);
    const copies = column(c.fn, c.table, true);
    const rows = `${LEDGER_ROWS.toLocaleString("en-US")} rows`;
    report.add({
      section: "vollzug",
      name: `${c.name} first call (parse)`,
      value: Math.round(first),
      unit: "ms",
      note: rows,
    });
    report.add({
      section: "vollzug",
      name: `${c.name} column of 54, same range`,
      value: Math.round(same.ms * 10) / 10,
      unit: "ms",
      note: rows,
    });
    report.add({
      section: "vollzug",
      name: `${c.name} column of 54, a copy per call`,
      value: Math.round(copies.ms * 10) / 10,
      unit: "ms",
      note: `${rows}; as Excel passes ranges, copying included`,
    });
    if (same.cents !== c.total || copies.cents !== c.total) {
      problems.push(
        `${c.name}: column sum ${same.cents} / ${copies.cents} cents, table total ${c.total} cents`,
      );
    }
  }
  return problems;
}

if (require.main === module) {
  const problems = measureLedger(new Report());
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exitCode = 1;
  }
}
