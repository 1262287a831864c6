/** Bundle sizes (raw and gzip) of the production build against the budgets in the README. */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { BundleModules } from "./build";
import type { Report } from "./report";

/**
 * Budgets in KiB, gzip (what travels; Office caches the files afterwards). Keep in sync with the
 * README's Performance section. Measured on the first full build: taskpane 208, functions 29,
 * commands 0.2 KiB.
 * - taskpane.js 250: React 19 and react-dom (about 60 KiB gzip) plus the Fluent UI v9 components the
 *   pane uses, the model (the preview computes in the pane) and two string tables; about 20 % room.
 * - functions.js 36: decimal.js (about 12 KiB gzip) and the model with its data (entities, centres,
 *   rules, sources with their German titles); the wrappers themselves are small. About 20 % room; no
 *   React or Fluent may ever land here (checked below: they would double it at once).
 * - commands.js 2: one ribbon handler that opens the help page.
 */
export const BUNDLE_BUDGETS_GZIP_KIB: Record<string, number> = {
  "taskpane.js": 250,
  "functions.js": 36,
  "commands.js": 2,
};

/** Where a module of the functions bundle comes from, by path. */
function originOf(name: string): string {
  if (name.includes("node_modules/decimal.js")) return "decimal.js";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  if (pkg !== null) return pkg[1];
  if (/src\/model\/(entities|centres|rules|sources|reportedFigures|glossary)\.ts/.test(name))
    return "model data";
  if (name.includes("src/model/")) return "model code";
  if (name.includes("src/functions/")) return "functions";
  return "other";
}

/** Shares of the unminified module sizes in a chunk, largest first ("decimal.js 31 %, …"). */
export function composition(modules: { name: string; size: number }[]): { origin: string; share: number }[] {
  const total = modules.reduce((sum, m) => sum + m.size, 0) || 1;
  const by = new Map<string, number>();
  for (const m of modules) by.set(originOf(m.name), (by.get(originOf(m.name)) ?? 0) + m.size);
  return [...by].map(([origin, size]) => ({ origin, share: size / total })).sort((a, b) => b.share - a.share);
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function measureBundles(dist: string, modules: BundleModules, report: Report): string[] {
  const problems: string[] = [];
  for (const [file, budget] of Object.entries(BUNDLE_BUDGETS_GZIP_KIB)) {
    const full = path.join(dist, file);
    if (!fs.existsSync(full)) throw new Error(`${full} is missing: the production build did not write it.`);
    const raw = fs.readFileSync(full);
    const gzip = zlib.gzipSync(raw, { level: 9 }).length;
    const within = gzip / 1024 <= budget;
    if (!within) problems.push(`${file}: ${kib(gzip)} KiB gzip, budget ${budget} KiB`);
    const chunk = modules[file.replace(/\.js$/, "")] ?? [];
    const parts = composition(chunk)
      .filter((c) => c.share >= 0.01)
      .slice(0, 5)
      .map((c) => `${c.origin} ${Math.round(c.share * 100)} %`);
    report.add({
      section: "bundle",
      name: file,
      value: kib(gzip),
      unit: "KiB gzip",
      note:
        `raw ${kib(raw.length)} KiB; budget ${budget} KiB: ${within ? "within" : "OVER"}` +
        (parts.length > 1 ? `; source shares: ${parts.join(", ")}` : ""),
    });
  }
  const foreign = (modules.functions ?? []).filter((m) =>
    /node_modules\/(react|react-dom|@fluentui|@griffel)\//.test(m.name),
  );
  if (foreign.length > 0)
    problems.push(`functions.js contains UI modules: ${foreign.map((m) => m.name).join(", ")}`);
  return problems;
}
