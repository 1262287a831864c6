/**
 * `npm run bench`: measures, prints a table and writes bench-output/bench.json. Nothing here is a
 * test: timings vary with the machine and are reported, not asserted. The run fails (exit 1) only on
 * what is not a timing: a bundle over its size budget, UI code in the functions bundle, or the KI and
 * the plain workbook disagreeing on a value.
 *
 * Order matters on a small machine: the build (CPU-heavy) first, then the CPU-bound measurements one
 * after the other, never in parallel, so they do not compete for the cores.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BENCH_DIST, ROOT, buildProduction, checkPreviousBuild } from "./build";
import { measureArrayCall } from "./arrayCall";
import { measureBundles } from "./bundles";
import { measureExcel } from "./excelCalls";
import { NO_BUILD, QUICK, UNKNOWN } from "./options";
import { markdown } from "./markdown";
import { measurePaneStart } from "./paneStart";
import { Report } from "./report";
import { measureLedger } from "./ledger";
import { measureThroughput } from "./throughput";
import { measureWorkbook } from "./workbook";

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return dirty.trim() === "" ? head : `${head} (src/ with uncommitted changes)`;
  } catch {
    return "unknown";
  }
}

function heading(text: string): void {
  console.log(`\n== ${text}`);
}

async function main(): Promise<number> {
  if (UNKNOWN.length > 0) {
    console.error(`unknown option(s): ${UNKNOWN.join(" ")} (known: --quick, --no-build)`);
    return 2;
  }
  const started = Date.now();
  const report = new Report();
  const problems: string[] = [];
  const skipped: string[] = [];
  const cpus = os.cpus();
  const meta = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: `${cpus.length} x ${cpus[0]?.model ?? "unknown"}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    // Other work on the machine skews timings; the load at the start says how busy it was.
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    quick: QUICK,
  };
  console.log(
    `KI-Planer bench on ${meta.cpu}, ${meta.memoryGiB} GiB, Node ${meta.node}, load ${meta.loadAverage.join(" ")}` +
      (QUICK ? " (QUICK run: fewer calls and rows, not for docs/performance.md)" : ""),
  );

  heading(NO_BUILD ? "production build (reused)" : "production build (webpack, mode production)");
  if (NO_BUILD) {
    checkPreviousBuild();
  } else {
    const ms = await buildProduction();
    report.add({
      section: "build",
      name: "webpack production build",
      value: Math.round(ms / 100) / 10,
      unit: "s",
    });
  }

  heading("bundle sizes");
  problems.push(...measureBundles(BENCH_DIST, report));

  heading("custom functions throughput (Node)");
  measureThroughput(report);

  heading("Vollzug functions over tables of 10.000 rows (Node)");
  problems.push(...measureLedger(report));

  heading("workbook side by side (HyperFormula)");
  const workbook = measureWorkbook(report);
  const disagree = workbook.mismatches.vlookup + workbook.mismatches.sumifs;
  if (disagree > 0) problems.push(`${disagree} workbook results differ between KI and the plain look-ups`);

  heading("one array call against 270 single calls (Node and HyperFormula)");
  const array = measureArrayCall(report);
  if (array.mismatches > 0)
    problems.push(`${array.mismatches} values of the array call differ from the single calls`);

  heading("Excel calls per pane action (fake workbook of test/excel)");
  await measureExcel(report);

  heading("pane start (headless Chromium)");
  try {
    await measurePaneStart(BENCH_DIST, report);
  } catch (error) {
    // No Chromium on this machine: say so and keep the rest of the report.
    const message = error instanceof Error ? error.message : String(error);
    skipped.push(`pane start: ${message.split("\n")[0]}`);
    console.log(`  skipped: ${message}`);
  }

  report.print();
  const file = path.join(ROOT, "bench-output/bench.json");
  const seconds = Math.round((Date.now() - started) / 1000);
  report.write(file, { ...meta, seconds, skipped, problems });
  // The Performance tables of docs/performance.md, generated from this run.
  fs.writeFileSync(path.join(ROOT, "bench-output/bench.md"), markdown(report.rows, { ...meta, seconds }));
  console.log(`bench took ${Math.round((Date.now() - started) / 1000)} s`);
  for (const s of skipped) console.log(`SKIPPED ${s}`);
  for (const p of problems) console.error(`PROBLEM ${p}`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
