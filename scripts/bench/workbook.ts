/**
 * Side by side in one run: a workbook of 10.000 rows, each with =KI.STELLEN and =KI.FOERDERUNG,
 * against the same rows doing the equivalent look-ups with plain VLOOKUP and SUMIFS over a registry
 * table of precomputed values, both evaluated by HyperFormula with the KI plugin the functions tests
 * use (test/functions/formulaEngine.ts).
 *
 * The plain workbook is what a careful user would build without the add-in: one registry row per
 * spelling of a Kreis the data uses (full name, short name, key as text, key as number) and year, a
 * "spelling|year" key column for VLOOKUP, and SUMIFS over spelling and year. Its values come from the
 * KI functions themselves, so both workbooks must agree cell for cell; the bench checks that.
 *
 * Runs in a child process (`node workbook.js`), so the KI side starts with cold module state, like a
 * workbook opened in a fresh Excel session. Timed: HyperFormula.buildFromSheets (parse, dependency
 * graph, full evaluation). Several runs alternate the order; the first run of each is cold.
 */
import { execFileSync } from "child_process";
import { performance } from "perf_hooks";
import "../../test/functions/customFunctionsStub";
import { buildWorkbook } from "../../test/functions/formulaEngine";
import { HyperFormula } from "hyperformula";
import { KI } from "../../test/functions/helpers";
import { kreisSpellings, rng } from "./args";
import { FIRST_YEAR, LAST_YEAR } from "./scenarios";
import { QUICK } from "./options";
import { median, type Report } from "./report";

export const ROWS = QUICK ? 2_000 : 10_000;
const RUNS = QUICK ? 3 : 5;

type Cell = string | number | null;

/** Cell content for HyperFormula: a leading apostrophe keeps "05358" text, as a text-formatted cell. */
function textCell(value: string | number): Cell {
  return typeof value === "string" ? `'${value}` : value;
}

interface Inputs {
  rows: { kreis: string | number; year: number }[];
  spellings: (string | number)[];
}

function inputs(): Inputs {
  const spellings = kreisSpellings().map((k) => k.spelling);
  const next = rng(20240601);
  const rows = Array.from({ length: ROWS }, () => ({
    kreis: spellings[Math.floor(next() * spellings.length)],
    year: FIRST_YEAR + Math.floor(next() * (LAST_YEAR - FIRST_YEAR + 1)),
  }));
  return { rows, spellings };
}

function kiSheets(data: Inputs): Record<string, Cell[][]> {
  const daten: Cell[][] = [["Kreis", "Jahr", "Stellen", "Förderung"]];
  data.rows.forEach((row, i) => {
    const r = i + 2;
    daten.push([textCell(row.kreis), row.year, `=KI.STELLEN(A${r},B${r})`, `=KI.FOERDERUNG(A${r},B${r})`]);
  });
  return { Daten: daten };
}

/** The registry of precomputed values: one row per spelling and year, keyed "spelling_year". */
function registerSheet(data: Inputs): Cell[][] {
  const register: Cell[][] = [["Kreis_Jahr", "Kreis", "Jahr", "Stellen", "Förderung"]];
  for (const spelling of data.spellings) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const stellen = KI.stellen(spelling, year) as number;
      const foerderung = KI.foerderung(spelling, year) as number;
      register.push([`'${spelling}_${year}`, textCell(spelling), year, stellen, foerderung]);
    }
  }
  return register;
}

/**
 * Named ranges over the registry, as a user would reference an Excel table (KI_Register[...]). In
 * HyperFormula they matter: each formula citing the literal range Register!$A$2:$E$3709 gets an edge
 * from every cell of it (10.000 formulas x 18.540 cells: over two minutes), while a named range is
 * one vertex all formulas share.
 */
function registerNames(rows: number): { name: string; expression: string }[] {
  const last = rows + 1;
  return [
    { name: "RegisterTabelle", expression: `=Register!$A$2:$E$${last}` },
    { name: "RegisterSchluessel", expression: `=Register!$A$2:$A$${last}` },
    { name: "RegisterFoerderung", expression: `=Register!$E$2:$E$${last}` },
  ];
}

/**
 * "vlookup": both columns by exact VLOOKUP on the "Kreis_Jahr" key (the fastest plain variant);
 * "sumifs": Stellen by VLOOKUP, Förderung by SUMIFS on the key. The separator is "_" because
 * HyperFormula's SUMIFS does not match criteria containing "|".
 */
function plainSheets(data: Inputs, register: Cell[][], kind: "vlookup" | "sumifs"): Record<string, Cell[][]> {
  const daten: Cell[][] = [["Kreis", "Jahr", "Stellen", "Förderung"]];
  data.rows.forEach((row, i) => {
    const r = i + 2;
    const key = `A${r}&"_"&B${r}`;
    daten.push([
      textCell(row.kreis),
      row.year,
      `=VLOOKUP(${key},RegisterTabelle,4,FALSE())`,
      kind === "vlookup"
        ? `=VLOOKUP(${key},RegisterTabelle,5,FALSE())`
        : `=SUMIFS(RegisterFoerderung,RegisterSchluessel,${key})`,
    ]);
  });
  return { Daten: daten, Register: register };
}

function timeBuild(build: () => HyperFormula): { ms: number; engine: HyperFormula } {
  const t0 = performance.now();
  const engine = build();
  return { ms: performance.now() - t0, engine };
}

/** Stellen and Förderung columns as numbers; anything else (an error) is counted. */
function results(engine: HyperFormula): { values: number[][]; errors: number } {
  const values: number[][] = [];
  let errors = 0;
  for (let r = 1; r <= ROWS; r++) {
    const row: number[] = [];
    for (const c of [2, 3]) {
      const v = engine.getCellValue({ sheet: 0, row: r, col: c });
      if (typeof v === "number") row.push(v);
      else {
        errors += 1;
        row.push(NaN);
      }
    }
    values.push(row);
  }
  return { values, errors };
}

export interface WorkbookResult {
  rows: number;
  registerRows: number;
  kiMs: number[];
  vlookupMs: number[];
  sumifsMs: number[];
  baselineMs: number[];
  /** Cells that are not a number, per workbook. */
  errors: { ki: number; vlookup: number; sumifs: number };
  /** Cells where a plain workbook differs from the KI workbook. */
  mismatches: { vlookup: number; sumifs: number };
}

/**
 * One configuration for every workbook: useColumnIndex is HyperFormula's index for exact-match
 * look-ups (without it VLOOKUP scans the table; 10.000 rows then take about 20 s), so the plain side
 * gets the engine's best. The KI plugin is registered through the tests' buildWorkbook.
 */
const CONFIG = { licenseKey: "gpl-v3", useColumnIndex: true } as const;

function child(): void {
  buildWorkbook({ Start: [[1]] }).destroy(); // registers the KI plugin (global in HyperFormula)
  const data = inputs();
  const register = registerSheet(data);
  const names = registerNames(register.length - 1);
  const sheets = {
    ki: kiSheets(data),
    vlookup: plainSheets(data, register, "vlookup"),
    sumifs: plainSheets(data, register, "sumifs"),
    // Only the inputs: what the engine itself costs for 10.000 rows without any formula.
    baseline: { Daten: kiSheets(data).Daten.map((row) => row.slice(0, 2)) },
  };
  const build = (kind: keyof typeof sheets) => () =>
    HyperFormula.buildFromSheets(
      sheets[kind] as never,
      CONFIG,
      kind === "ki" || kind === "baseline" ? [] : names,
    );
  const out: WorkbookResult = {
    rows: ROWS,
    registerRows: register.length - 1,
    kiMs: [],
    vlookupMs: [],
    sumifsMs: [],
    baselineMs: [],
    errors: { ki: 0, vlookup: 0, sumifs: 0 },
    mismatches: { vlookup: 0, sumifs: 0 },
  };
  const values: Partial<Record<"ki" | "vlookup" | "sumifs", number[][]>> = {};
  const timed = (kind: "ki" | "vlookup" | "sumifs" | "baseline", into: number[]) => {
    const { ms, engine } = timeBuild(build(kind));
    into.push(ms);
    if (kind !== "baseline" && values[kind] === undefined) {
      // Read once, outside the timing.
      const read = results(engine);
      values[kind] = read.values;
      out.errors[kind] = read.errors;
    }
    engine.destroy();
  };
  for (let run = 0; run < RUNS; run++) {
    // Alternate who goes first, so neither side always profits from a warmer JIT or a fresh heap.
    if (run % 2 === 0) {
      timed("ki", out.kiMs);
      timed("vlookup", out.vlookupMs);
    } else {
      timed("vlookup", out.vlookupMs);
      timed("ki", out.kiMs);
    }
    timed("baseline", out.baselineMs);
  }
  // SUMIFS scans the table once per distinct criterion (about 20 s here): one run, for information.
  timed("sumifs", out.sumifsMs);
  out.mismatches.vlookup = countMismatches(values.ki ?? [], values.vlookup ?? []);
  out.mismatches.sumifs = countMismatches(values.ki ?? [], values.sumifs ?? []);
  process.stdout.write(JSON.stringify(out) + "\n");
}

function countMismatches(a: number[][], b: number[][]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < a[i].length; j++) if (!(Math.abs(a[i][j] - b[i][j]) < 1e-9)) n += 1;
  }
  return n;
}

export function measureWorkbook(report: Report): WorkbookResult {
  const out = execFileSync(process.execPath, [__filename], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(out.trim().split("\n").pop() as string) as WorkbookResult;
  const ki = median(result.kiMs);
  const vlookup = median(result.vlookupMs);
  const rows = ROWS.toLocaleString("en-US");
  const check = (kind: "vlookup" | "sumifs") =>
    result.mismatches[kind] === 0 && result.errors.ki === 0 && result.errors[kind] === 0
      ? `all ${(2 * ROWS).toLocaleString("en-US")} results equal KI`
      : `${result.mismatches[kind]} results differ from KI; non-numbers KI ${result.errors.ki}, plain ${result.errors[kind]}`;
  report.add({
    section: "workbook",
    name: `${rows} rows =KI.STELLEN + =KI.FOERDERUNG`,
    value: Math.round(ki),
    unit: "ms",
    note: `median of ${RUNS}; first (cold) ${Math.round(result.kiMs[0])} ms`,
  });
  report.add({
    section: "workbook",
    name: `${rows} rows =VLOOKUP + =VLOOKUP`,
    value: Math.round(vlookup),
    unit: "ms",
    note: `median of ${RUNS}; first ${Math.round(result.vlookupMs[0])} ms; ${check("vlookup")}`,
  });
  report.add({
    section: "workbook",
    name: "ratio KI / plain (VLOOKUP)",
    value: Math.round((ki / vlookup) * 100) / 100,
    unit: "x",
    note: "below 1: KI faster",
  });
  report.add({
    section: "workbook",
    name: `${rows} rows =VLOOKUP + =SUMIFS`,
    value: Math.round(result.sumifsMs[0]),
    unit: "ms",
    note: `1 run; ratio KI / this ${Math.round((ki / result.sumifsMs[0]) * 1000) / 1000}; ${check("sumifs")}`,
  });
  report.add({
    section: "workbook",
    name: `${rows} rows of inputs only (engine baseline)`,
    value: Math.round(median(result.baselineMs)),
    unit: "ms",
    note: `registry table for the plain side: ${result.registerRows} rows (every spelling x year)`,
  });
  return result;
}

if (require.main === module) child();
