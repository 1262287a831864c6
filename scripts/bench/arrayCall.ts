/**
 * One call against 270, side by side in one run: a planning table of the 54 Kreise × 5 years of
 * KI.FOERDERUNG, written as 270 single formulas (=KI.FOERDERUNG($A2;B$1)) or as one array formula
 * over the key column and the year row (=KI.FOERDERUNG(A2:A55;B1:F1)).
 *
 * What costs in Excel is the number of invocations of the JavaScript runtime (each one crosses from
 * Excel's calculation into the add-in's runtime; in Excel on the web, a message to the browser), so
 * that is reported first; it is counted here, not estimated. Then the CPU time of the same work in
 * Node (the wrappers Excel calls) and in the formula engine of the tests (HyperFormula with the KI
 * plugin: parse, dependency graph, evaluation, spill). Both orders alternate, after a warm-up, so
 * neither side profits from a warmer JIT. Each side's table is checked against the other, value by
 * value: a difference is a problem of the run, not a timing.
 */
import { performance } from "perf_hooks";
import { HyperFormula } from "hyperformula";
import "../../test/functions/customFunctionsStub";
import { buildWorkbook } from "../../test/functions/formulaEngine";
import * as Functions from "../../src/functions/functions";
import { ENTITIES } from "../../src/model";
import { QUICK } from "./options";
import { median, type Report } from "./report";

const YEARS = [2022, 2023, 2024, 2025, 2026];
const KEYS = ENTITIES.map((e) => e.key);
const NODE_REPEATS = QUICK ? 200 : 2_000;
const ENGINE_RUNS = QUICK ? 5 : 21;

type Wrapper = (...args: unknown[]) => unknown;
const foerderung = Functions.foerderung as unknown as Wrapper;

/** Counts calls into the wrapper, as Excel's runtime would see them. */
function counted(): { fn: Wrapper; calls: () => number } {
  let calls = 0;
  return {
    fn: (...args: unknown[]) => {
      calls += 1;
      return foerderung(...args);
    },
    calls: () => calls,
  };
}

function singleTable(fn: Wrapper): unknown[][] {
  return KEYS.map((key) => YEARS.map((year) => (fn(key, year) as unknown[][])[0][0]));
}

function arrayTable(fn: Wrapper): unknown[][] {
  return fn(
    KEYS.map((k) => [k]),
    [YEARS],
  ) as unknown[][];
}

function timeNode(table: (fn: Wrapper) => unknown[][]): number {
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < NODE_REPEATS; i++) sink += table(foerderung).length;
  const ms = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return ms / NODE_REPEATS;
}

const letter = (i: number) => String.fromCharCode(66 + i); // B, C, …

/** Sheet rows: A2:A55 keys as text (apostrophe), B1:F1 years, the formulas from row 2 / column B. */
function sheet(kind: "single" | "array"): unknown[][] {
  const rows: unknown[][] = [[null, ...YEARS]];
  KEYS.forEach((key, i) => {
    const r = i + 2;
    if (kind === "single")
      rows.push([`'${key}`, ...YEARS.map((_, j) => `=KI.FOERDERUNG($A${r},${letter(j)}$1)`)]);
    else rows.push([`'${key}`]);
  });
  if (kind === "array")
    rows[1].push(`=KI.FOERDERUNG(A2:A${KEYS.length + 1},B1:${letter(YEARS.length - 1)}1)`);
  return rows;
}

function engineValues(hf: HyperFormula): unknown[][] {
  return KEYS.map((_, i) => YEARS.map((_, j) => hf.getCellValue({ sheet: 0, row: i + 1, col: j + 1 })));
}

function timeEngine(kind: "single" | "array"): { ms: number; values: unknown[][] } {
  const sheets = { Plan: sheet(kind) };
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
  const ms = performance.now() - t0;
  const values = engineValues(hf);
  hf.destroy();
  return { ms, values };
}

function differences(a: unknown[][], b: unknown[][]): number {
  let n = 0;
  a.forEach((row, i) => row.forEach((v, j) => (v === b[i][j] ? 0 : (n += 1))));
  return n;
}

export interface ArrayCallResult {
  mismatches: number;
}

export function measureArrayCall(report: Report): ArrayCallResult {
  const cells = KEYS.length * YEARS.length;
  buildWorkbook({ Start: [[1]] }).destroy(); // registers the KI plugin (global in HyperFormula)

  // Invocations, counted through a wrapper that stands where Excel's runtime calls in.
  const single = counted();
  const singleValues = singleTable(single.fn);
  const array = counted();
  const arrayValues = arrayTable(array.fn);
  let mismatches = differences(singleValues, arrayValues);

  // Warm-up, then alternating timed runs.
  for (let i = 0; i < 50; i++) {
    singleTable(foerderung);
    arrayTable(foerderung);
  }
  const nodeSingle: number[] = [];
  const nodeArray: number[] = [];
  for (let run = 0; run < 5; run++) {
    if (run % 2 === 0) {
      nodeSingle.push(timeNode(singleTable));
      nodeArray.push(timeNode(arrayTable));
    } else {
      nodeArray.push(timeNode(arrayTable));
      nodeSingle.push(timeNode(singleTable));
    }
  }

  timeEngine("single");
  timeEngine("array");
  const engineSingle: number[] = [];
  const engineArray: number[] = [];
  for (let run = 0; run < ENGINE_RUNS; run++) {
    const order: ("single" | "array")[] = run % 2 === 0 ? ["single", "array"] : ["array", "single"];
    for (const kind of order) {
      const { ms, values } = timeEngine(kind);
      (kind === "single" ? engineSingle : engineArray).push(ms);
      if (run === 0) mismatches += differences(values, singleValues);
    }
  }

  const us = (ms: number) => Math.round(((ms * 1000) / cells) * 100) / 100;
  const ns = median(nodeSingle);
  const na = median(nodeArray);
  const es = median(engineSingle);
  const ea = median(engineArray);
  const table = `${KEYS.length} × ${YEARS.length} KI.FOERDERUNG`;
  report.add({
    section: "array",
    name: `${table}: invocations, ${cells} single formulas`,
    value: single.calls(),
    unit: "calls",
    data: { kind: "single", measure: "calls" },
  });
  report.add({
    section: "array",
    name: `${table}: invocations, one array formula`,
    value: array.calls(),
    unit: "calls",
    note: mismatches === 0 ? `all ${cells} values equal the single formulas` : `${mismatches} values differ`,
    data: { kind: "array", measure: "calls" },
  });
  report.add({
    section: "array",
    name: `${table} in Node, ${cells} single calls`,
    value: Math.round(ns * 1000) / 1000,
    unit: "ms",
    note: `${us(ns)} µs per value; median of 5 × ${NODE_REPEATS} tables`,
    data: { kind: "single", measure: "node", usPerValue: us(ns) },
  });
  report.add({
    section: "array",
    name: `${table} in Node, one array call`,
    value: Math.round(na * 1000) / 1000,
    unit: "ms",
    note: `${us(na)} µs per value; ratio array / single ${Math.round((na / ns) * 100) / 100}`,
    data: { kind: "array", measure: "node", usPerValue: us(na) },
  });
  report.add({
    section: "array",
    name: `${table} in the formula engine, ${cells} single formulas`,
    value: Math.round(es * 10) / 10,
    unit: "ms",
    note: `${us(es)} µs per value; median of ${ENGINE_RUNS} workbook builds (parse, graph, evaluation)`,
    data: { kind: "single", measure: "engine", usPerValue: us(es) },
  });
  report.add({
    section: "array",
    name: `${table} in the formula engine, one array formula`,
    value: Math.round(ea * 10) / 10,
    unit: "ms",
    note: `${us(ea)} µs per value; ratio array / single ${Math.round((ea / es) * 100) / 100}`,
    data: { kind: "array", measure: "engine", usPerValue: us(ea) },
  });
  return { mismatches };
}
