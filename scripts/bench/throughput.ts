/**
 * Custom functions throughput: 100.000 calls of each KI.* function in Node, with and without a
 * scenario range, through the same exports Excel calls (src/functions/functions.ts) and the
 * CustomFunctions stub the tests use. The first (cold) call is measured in fresh child processes.
 *
 * How: arguments are generated in batches of 10.000 before each timed batch, so generating them
 * (and copying the scenario range, which Excel does for every call) is not timed; 1.000 untimed
 * warm-up calls precede the 100.000 timed ones, so the figure is the steady state of a recalculation.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { performance } from "perf_hooks";
import { isExcelError } from "../../test/functions/customFunctionsStub";
import * as KI from "../../src/functions/functions";
import { clearScenarioCache, scenarioCacheStats } from "../../src/functions/scenarioArg";
import { functionCases, rng, withScenario, type Args, type FunctionCase } from "./args";
import type { ColdResult } from "./coldCall";
import { QUICK } from "./options";
import { median, type Report } from "./report";

export const CALLS = QUICK ? 10_000 : 100_000;
const BATCH = QUICK ? 1_000 : 10_000;
const WARM_UP = 1_000;
const COLD_RUNS = 5;

type Wrapper = (...args: unknown[]) => unknown;
const WRAPPERS = KI as unknown as Record<string, Wrapper>;

function batchOf(fc: FunctionCase, scenario: boolean, next: () => number, size: number): Args[] {
  const out: Args[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const args = fc.make(next);
    out[i] = scenario ? withScenario(args, fc.params, next) : args;
  }
  return out;
}

interface Throughput {
  ms: number;
  errors: Map<string, number>;
  /** Scenario ranges parsed (cache misses) during the timed calls. */
  parsed: number;
}

function measure(fc: FunctionCase, scenario: boolean): Throughput {
  const fn = WRAPPERS[fc.exportName];
  const next = rng(0x4b49 + fc.params * 31 + (scenario ? 1 : 0));
  for (const args of batchOf(fc, scenario, next, WARM_UP)) fn(...args);
  clearScenarioCache();
  const errors = new Map<string, number>();
  let ms = 0;
  let sink = 0;
  for (let done = 0; done < CALLS; done += BATCH) {
    const batch = batchOf(fc, scenario, next, BATCH);
    const t0 = performance.now();
    for (let i = 0; i < batch.length; i++) {
      const result = fn(...batch[i]);
      // Kept cheap: a type test and a counter, so the loop cannot be optimised away.
      if (typeof result === "number") sink += 1;
      else if (isExcelError(result)) errors.set(result.code, (errors.get(result.code) ?? 0) + 1);
    }
    ms += performance.now() - t0;
  }
  if (sink < 0) console.log(sink);
  return { ms, errors, parsed: scenarioCacheStats().misses };
}

function coldCall(exportName: string, scenario: boolean): ColdResult {
  const script = path.join(__dirname, "coldCall.js");
  const out = execFileSync(process.execPath, [script, exportName, scenario ? "1" : "0"], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as ColdResult;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function measureThroughput(report: Report): void {
  for (const fc of functionCases()) {
    for (const scenario of fc.takesScenario ? [false, true] : [false]) {
      const variant = scenario ? "mit Szenario" : "ohne Szenario";
      const { ms, errors, parsed } = measure(fc, scenario);
      const perCall = (ms * 1000) / CALLS;
      const errorText = [...errors].map(([code, n]) => `${round((100 * n) / CALLS, 1)} % ${code}`).join(", ");
      const notes = [
        `${round(perCall, 2)} µs/call`,
        `${CALLS.toLocaleString("en-US")} calls in ${Math.round(ms)} ms`,
      ];
      if (errorText !== "") notes.push(`results: ${errorText} (defined answers)`);
      if (scenario) notes.push(`${parsed} scenario parses`);
      report.add({
        section: "functions",
        name: `${fc.name} ${variant}`,
        value: Math.round((CALLS / ms) * 1000),
        unit: "calls/s",
        note: notes.join("; "),
        data: { fn: fc.name, variant, usPerCall: round(perCall, 2) },
      });

      const cold = Array.from({ length: COLD_RUNS }, () => coldCall(fc.exportName, scenario));
      const load = median(cold.map((c) => c.loadMs));
      const second = median(cold.map((c) => c.secondMs));
      report.add({
        section: "functions",
        name: `${fc.name} ${variant} first call`,
        value: round(median(cold.map((c) => c.firstMs)), 2),
        unit: "ms",
        note:
          `median of ${COLD_RUNS} fresh processes; second call ${round(second, 3)} ms; ` +
          `module load before it ${round(load, 1)} ms` +
          (cold[0].error !== null ? `; answer ${cold[0].error}` : ""),
        data: { fn: fc.name, variant, loadMs: round(load, 1), secondMs: round(second, 3) },
      });
    }
  }
}
