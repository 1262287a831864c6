/**
 * The Vollzug functions over tables of 10.000 rows (invented example rows): KI.BEWILLIGT and
 * KI.AUSGEZAHLT for one planning column of the 54 Kreise and one year. Timed: the first call (it parses
 * and indexes the table), then the 54 calls of the column, once with the same range object and once
 * with a fresh copy per call, as Excel hands every formula its own copy of a range. The column's sum is
 * checked against the table's total for the year summed here in whole cents.
 *
 * Then the same column as one array call (kreis = the column of 54 keys, broadcast.ts), the way a
 * planning table should be written: one call, one copy of the range.
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

/** The value of a single cell's call: the element of the 1 × 1 result (broadcast.ts). */
function single(result: unknown): number {
  const cell = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
  if (typeof cell !== "number")
    throw new Error(`bench: a single call gave ${String((cell as Error)?.message)}`);
  return cell;
}

function column(
  fn: (kreis: unknown, table: unknown[][]) => unknown,
  table: unknown[][],
  copy: boolean,
): { ms: number; cents: number } {
  const started = performance.now();
  let cents = 0;
  for (const entity of ENTITIES) {
    cents += Math.round(single(fn(entity.key, copy ? table.map((row) => row.slice()) : table)) * 100);
  }
  return { ms: performance.now() - started, cents };
}

/** The column as one array call over the 54 keys, with one copy of the range as Excel passes it. */
function arrayColumn(fn: (kreis: unknown, table: unknown[][]) => unknown, table: unknown[][]) {
  const started = performance.now();
  const result = fn(
    ENTITIES.map((e) => [e.key]),
    table.map((row) => row.slice()),
  );
  const ms = performance.now() - started;
  if (!Array.isArray(result))
    throw new Error(`bench: the array call gave ${String((result as Error).message)}`);
  let cents = 0;
  for (const [cell] of result as unknown[][]) {
    if (typeof cell !== "number")
      throw new Error(`bench: an element gave ${String((cell as Error).message)}`);
    cents += Math.round(cell * 100);
  }
  return { ms, cents };
}

export function measureLedger(report: Report): string[] {
  const problems: string[] = [];
  const data = tables();
  const cases = [
    {
      name: "KI.BEWILLIGT",
      table: data.bescheide,
      total: data.grantedCents,
      fn: (k: unknown, t: unknown[][]) => KI.bewilligt(k as unknown[][], [[YEAR]], t),
    },
    {
      name: "KI.AUSGEZAHLT",
      table: data.zahlungen,
      total: data.paidCents,
      fn: (k: unknown, t: unknown[][]) => KI.ausgezahlt(k as unknown[][], [[YEAR]], t),
    },
  ];
  for (const c of cases) {
    clearLedgerCache();
    const started = performance.now();
    c.fn(ENTITIES[0].key, c.table);
    const first = performance.now() - started;
    const same = column(c.fn, c.table, false);
    const copies = column(c.fn, c.table, true);
    clearLedgerCache();
    const array = arrayColumn(c.fn, c.table);
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
    report.add({
      section: "vollzug",
      name: `${c.name} column of 54 as one array call`,
      value: Math.round(array.ms * 10) / 10,
      unit: "ms",
      note: `${rows}; one call, one copy of the range, parse included`,
    });
    if (same.cents !== c.total || copies.cents !== c.total || array.cents !== c.total) {
      problems.push(
        `${c.name}: column sum ${same.cents} / ${copies.cents} / ${array.cents} cents, table total ${c.total} cents`,
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
