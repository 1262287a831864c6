/** Bundle sizes (raw and gzip) of the production build against the budgets in docs/performance.md. */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { Report } from "./report";

/**
 * Budgets in KiB, gzip (what travels; Office caches the files afterwards). Keep in sync with the
 * docs/performance.md. Measured on the first full build: taskpane 208, functions 29.5,
 * commands 0.2 KiB.
 * - taskpane.js 250: React 19 and react-dom plus the Fluent UI v9 components and icons the pane uses,
 *   the model (the preview computes in the pane) and two string tables; about 20 % room.
 * - functions.js 36: decimal.js and the model with its data (entities, centres, rules, sources with
 *   their German titles); the wrappers themselves are small. About 20 % room; React or Fluent must
 *   never land here (checked below: they would more than double it).
 * - commands.js 2: one ribbon handler that opens the help page.
 */
export const BUNDLE_BUDGETS_GZIP_KIB: Record<string, number> = {
  "taskpane.js": 250,
  "functions.js": 36,
  "commands.js": 2,
};

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one line of a source map's "mappings": [generated column, source index or -1] per segment. */
function decodeLine(line: string, state: { source: number }): [number, number][] {
  const out: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(",")) {
    if (segment === "") continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0];
    if (fields.length >= 4) {
      state.source += fields[1];
      out.push([column, state.source]);
    } else {
      out.push([column, -1]);
    }
  }
  return out;
}

/**
 * Bytes of the minified bundle per source file, from its source map: the code from one mapping to
 * the next belongs to the first one's source. Unmapped code (webpack's runtime) counts as "(webpack)".
 */
export function bytesPerSource(
  code: string,
  map: { sources: string[]; mappings: string },
): Map<string, number> {
  const lines = code.split("\n");
  const mapLines = map.mappings.split(";");
  const state = { source: 0 };
  const out = new Map<string, number>();
  const add = (source: string, n: number) => out.set(source, (out.get(source) ?? 0) + n);
  lines.forEach((text, i) => {
    const segments = decodeLine(mapLines[i] ?? "", state);
    const length = Buffer.byteLength(text) + (i < lines.length - 1 ? 1 : 0);
    if (segments.length === 0) {
      add("(webpack)", length);
      return;
    }
    add("(webpack)", Buffer.byteLength(text.slice(0, segments[0][0])));
    segments.forEach(([column, source], k) => {
      const end = k + 1 < segments.length ? segments[k + 1][0] : text.length;
      add(source >= 0 ? map.sources[source] : "(webpack)", Buffer.byteLength(text.slice(column, end)));
    });
  });
  return out;
}

/** Where a source of a bundle comes from: an npm package, or a part of src/. */
export function originOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg !== null) return pkg[1];
  if (
    /src\/model\/(entities|centres|rules|sources|reportedFigures|glossary|scenarioDefaults)\.ts/.test(source)
  ) {
    return "model data";
  }
  const own = /src\/([^/]+)\//.exec(source);
  if (own !== null) return own[1] === "model" ? "model code" : `src/${own[1]}`;
  return source.startsWith("(") ? source : "other";
}

/** Shares of the minified bytes by origin, largest first. */
export function composition(perSource: Map<string, number>): { origin: string; share: number }[] {
  const total = [...perSource.values()].reduce((sum, n) => sum + n, 0) || 1;
  const by = new Map<string, number>();
  for (const [source, n] of perSource) by.set(originOf(source), (by.get(originOf(source)) ?? 0) + n);
  return [...by].map(([origin, n]) => ({ origin, share: n / total })).sort((a, b) => b.share - a.share);
}

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
const UI_PACKAGES = /node_modules\/(react|react-dom|scheduler|@fluentui\/[^/]+|@griffel\/[^/]+)\//;

/** Adds one row per bundle; returns problems (over budget, UI code in the functions bundle). */
export function measureBundles(dist: string, report: Report): string[] {
  const problems: string[] = [];
  for (const [file, budget] of Object.entries(BUNDLE_BUDGETS_GZIP_KIB)) {
    const full = path.join(dist, file);
    if (!fs.existsSync(full)) throw new Error(`${full} is missing: the production build did not write it.`);
    const raw = fs.readFileSync(full);
    const gzip = zlib.gzipSync(raw, { level: 9 }).length;
    const within = gzip / 1024 <= budget;
    if (!within) problems.push(`${file}: ${kib(gzip)} KiB gzip, budget ${budget} KiB`);
    let parts: string[] = [];
    const mapFile = `${full}.map`;
    if (fs.existsSync(mapFile)) {
      const map = JSON.parse(fs.readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string };
      const perSource = bytesPerSource(raw.toString("utf8"), map);
      parts = composition(perSource)
        .filter((c) => c.share >= 0.02)
        .slice(0, 6)
        .map((c) => `${c.origin} ${Math.round(c.share * 100)} %`);
      if (file === "functions.js") {
        const ui = [...perSource.keys()].filter((s) => UI_PACKAGES.test(s));
        if (ui.length > 0) problems.push(`functions.js contains UI code: ${ui.slice(0, 5).join(", ")}`);
      }
    }
    report.add({
      section: "bundle",
      name: file,
      value: kib(gzip),
      unit: "KiB gzip",
      note:
        `raw ${kib(raw.length)} KiB; budget ${budget} KiB: ${within ? "within" : "OVER"}` +
        (parts.length > 1 ? `; minified bytes: ${parts.join(", ")}` : ""),
    });
  }
  measureChunks(dist, report);
  return problems;
}

/**
 * The pane's on-demand chunks (dist/chunks/: every view but Register, the charts, the overwrite
 * dialog): not part of the first view, so no budget, but their size is what opening a view costs.
 */
function measureChunks(dist: string, report: Report): void {
  const dir = path.join(dist, "chunks");
  if (!fs.existsSync(dir)) return;
  const chunks = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({
      file,
      gzip: zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
  report.add({
    section: "bundle",
    name: "chunks/ (loaded on demand)",
    value: kib(total),
    unit: "KiB gzip",
    note:
      `${chunks.length} chunks, not loaded by the first view; largest: ` +
      chunks
        .slice(0, 3)
        .map((c) => `${c.file.replace(/\.[0-9a-f]{8}\.js$/, "")} ${kib(c.gzip)}`)
        .join(", "),
  });
}
