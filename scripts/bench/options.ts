/**
 * Command-line options of the bench, shared with its child processes through the environment.
 *   --quick     10.000 calls per function and 2.000 workbook rows: a smoke run, numbers not for docs/performance.md
 *   --no-build  reuse bench-output/dist from the previous run instead of building again
 */
const argv = process.argv.slice(2);

export const QUICK = argv.includes("--quick") || process.env.KI_BENCH_QUICK === "1";
export const NO_BUILD = argv.includes("--no-build");

// Children (cold calls, workbook) read the same mode.
if (QUICK) process.env.KI_BENCH_QUICK = "1";

export const UNKNOWN = argv.filter((a) => !["--quick", "--no-build"].includes(a));
