/**
 * Child process of the throughput bench: the very first call of one KI function in a fresh Node
 * process, so no module state (name index, funding cache, scenario memo) is warm. Prints one JSON line.
 *
 * Usage: node coldCall.js <export name> <0|1 with scenario>
 * Imports only the CustomFunctions stub and scenarios.ts statically; the functions module is required
 * inside the timing so its load (model data, decimal.js) is measured on its own.
 */
import { createRequire } from "module";
import { performance } from "perf_hooks";
import "../../test/functions/customFunctionsStub";
import { SCENARIOS, copyRange } from "./scenarios";

/** The arguments of a typical first cell of each function. */
export const COLD_ARGS: Record<string, unknown[]> = {
  landesmittel: [2016, null],
  foerderung: ["Kreis Düren", 2016, null],
  stellen: ["Kreis Düren", 2016, null],
  zentren: [2016],
  luecken: [2016],
  register: [2016],
  info: ["Kreis Düren", "start"],
};

export interface ColdResult {
  loadMs: number;
  firstMs: number;
  secondMs: number;
  error: string | null;
}

function main(): void {
  const [exportName, withScenario] = process.argv.slice(2);
  const args = [...COLD_ARGS[exportName]];
  if (withScenario === "1") args.push(copyRange(SCENARIOS.Ausbau));
  // A second, separate copy: Excel hands every call its own array.
  const again = args.map((a) => (Array.isArray(a) ? copyRange(a as unknown[][]) : a));
  const load = createRequire(__filename);

  const t0 = performance.now();
  const KI = load("../../src/functions/functions") as Record<string, (...a: unknown[]) => unknown>;
  const t1 = performance.now();
  const first = KI[exportName](...args);
  const t2 = performance.now();
  KI[exportName](...again);
  const t3 = performance.now();

  const code = (first as { code?: unknown } | null)?.code;
  const result: ColdResult = {
    loadMs: t1 - t0,
    firstMs: t2 - t1,
    secondMs: t3 - t2,
    error: typeof code === "string" ? code : null,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

if (require.main === module) main();
