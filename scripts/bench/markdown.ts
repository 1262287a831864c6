/**
 * The Performance tables of docs/performance.md from a bench run (bench-output/bench.md), so the
 * numbers there are copied from a run, never typed by hand.
 */
import type { BenchRow } from "./report";

const n = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

export function markdown(rows: BenchRow[], meta: Record<string, unknown>): string {
  const out: string[] = [];
  const load = Array.isArray(meta.loadAverage) ? (meta.loadAverage as number[]).join(" / ") : "?";
  out.push(
    `Measured ${String(meta.date).slice(0, 10)} on ${String(meta.cpu)}, ${String(meta.memoryGiB)} GiB, ` +
      `Node ${String(meta.node)}, ${String(meta.platform)}; load average at the start ${load} ` +
      `(1 / 5 / 15 min). Commit ${String(meta.commit)}.${meta.quick === true ? " QUICK run." : ""}`,
  );

  const fn = rows.filter((r) => r.section === "functions");
  const names = [...new Set(fn.map((r) => String(r.data?.fn)))];
  const cell = (name: string, variant: string) => {
    const r = fn.find((x) => x.data?.fn === name && x.data?.variant === variant && x.unit === "calls/s");
    return r === undefined ? "–" : `${n(r.value)} (${n(Number(r.data?.usPerCall), 2)} µs)`;
  };
  const first = (name: string, variant: string) => {
    const r = fn.find((x) => x.data?.fn === name && x.data?.variant === variant && x.unit === "ms");
    return r === undefined ? "–" : n(r.value, 2);
  };
  const loads = fn.filter((r) => r.unit === "ms").map((r) => Number(r.data?.loadMs));
  out.push(
    "\n**Custom functions** (Node, calls/s and µs per call in the steady state; first call in a fresh " +
      "process, ms):\n\n" +
      table(
        ["function", "without scenario", "with scenario", "first call without / with (ms)"],
        names.map((name) => [
          `\`${name}\``,
          cell(name, "ohne Szenario"),
          cell(name, "mit Szenario"),
          `${first(name, "ohne Szenario")} / ${first(name, "mit Szenario")}`,
        ]),
      ) +
      (loads.length > 0
        ? `\n\nLoading the functions module (model, data, decimal.js) before the first call: ` +
          `${n(Math.min(...loads), 1)}–${n(Math.max(...loads), 1)} ms.`
        : ""),
  );

  const section = (name: string, title: string) => {
    const picked = rows.filter((r) => r.section === name);
    if (picked.length === 0) return;
    out.push(
      `\n**${title}**\n\n` +
        table(
          ["measurement", "value", "note"],
          picked.map((r) => [
            r.name,
            `${n(r.value, r.value < 10 ? 2 : r.value < 100 ? 1 : 0)} ${r.unit}`,
            r.note ?? "",
          ]),
        ),
    );
  };
  const array = rows.filter((r) => r.section === "array");
  if (array.length > 0) {
    const pick = (kind: string, measure: string) =>
      array.find((r) => r.data?.kind === kind && r.data?.measure === measure);
    const shown = (r: BenchRow | undefined) => {
      if (r === undefined) return "–";
      const per = r.data?.usPerValue;
      const digits = r.unit === "calls" ? 0 : r.value < 10 ? 3 : 1;
      return `${n(r.value, digits)} ${r.unit}${per !== undefined ? ` (${n(Number(per), 2)} µs per value)` : ""}`;
    };
    out.push(
      "\n**One array call against 270 single calls** (54 Kreise × 5 years of `KI.FOERDERUNG`):\n\n" +
        table(
          ["", "270 single formulas", "one array formula"],
          [
            ["invocations of the add-in", shown(pick("single", "calls")), shown(pick("array", "calls"))],
            ["time in Node", shown(pick("single", "node")), shown(pick("array", "node"))],
            ["time in the formula engine", shown(pick("single", "engine")), shown(pick("array", "engine"))],
          ],
        ) +
        `\n\n${pick("array", "calls")?.note ?? ""}`,
    );
  }
  section("workbook", "Workbook side by side (HyperFormula)");
  section("bundle", "Bundles (production build, gzip level 9)");
  section("pane", "Pane start (headless Chromium)");
  const excel = rows.filter((r) => r.section === "excel");
  if (excel.length > 0) {
    out.push(
      "\n**Excel calls per pane action** (requests Office.js sends, the closing one included, and their payload):\n\n" +
        table(
          ["action", "requests", "Excel.run, bytes sent"],
          excel.map((r) => [r.name, String(r.value), r.note ?? ""]),
        ),
    );
  }
  section("build", "Build");
  return out.join("\n") + "\n";
}
