/**
 * The production build the bench measures, made fresh on every run into bench-output/dist with the
 * project's own webpack.config.js (mode production). Why not dist/: `npm run test:browser` serves
 * dist/, and webpack empties its output folder first, so a bench running beside the tests would pull
 * the files from under them; and measuring a build of exactly the sources at hand needs a build anyway.
 * `--no-build` reuses bench-output/dist from the previous run (quicker, for repeated runs).
 */
import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { performance } from "perf_hooks";
import type { Configuration, StatsCompilation } from "webpack";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../../../..");
export const BENCH_DIST = path.join(ROOT, "bench-output/dist");
const STATS_FILE = path.join(ROOT, "bench-output/modules.json");

/** Modules per chunk (name and unminified size), enough to say what a bundle is made of. */
export interface BundleModules {
  [chunk: string]: { name: string; size: number }[];
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

export async function buildProduction(): Promise<{ ms: number; modules: BundleModules }> {
  const load = createRequire(path.join(ROOT, "package.json"));
  const factory = load("./webpack.config.js") as ConfigFactory;
  const config = factory({}, { mode: "production" });
  config.mode = "production";
  config.output = { ...config.output, path: BENCH_DIST };
  const t0 = performance.now();
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error) reject(error);
      else if (result === undefined) reject(new Error("webpack returned no stats"));
      else if (result.hasErrors()) reject(new Error(result.toString({ all: false, errors: true })));
      else resolve(result);
    });
  });
  const ms = performance.now() - t0;
  const modules = modulesOf(
    stats.toJson({
      all: false,
      ids: true,
      chunks: true,
      modules: true,
      nestedModules: true,
      modulesSpace: Infinity,
      nestedModulesSpace: Infinity,
    }),
  );
  fs.writeFileSync(STATS_FILE, JSON.stringify(modules) + "\n");
  return { ms, modules };
}

/** The previous run's build, for --no-build. */
export function previousBuild(): BundleModules {
  if (!fs.existsSync(STATS_FILE) || !fs.existsSync(path.join(BENCH_DIST, "taskpane.html"))) {
    throw new Error("bench-output/dist is missing: run the bench once without --no-build.");
  }
  return JSON.parse(fs.readFileSync(STATS_FILE, "utf8")) as BundleModules;
}

function modulesOf(json: StatsCompilation): BundleModules {
  const names = new Map<string | number, string[]>();
  for (const chunk of json.chunks ?? []) if (chunk.id !== undefined) names.set(chunk.id, chunk.names ?? []);
  const out: BundleModules = {};
  const add = (chunks: (string | number)[], name: string, size: number) => {
    for (const id of chunks)
      for (const chunk of names.get(id) ?? []) (out[chunk] ??= []).push({ name, size });
  };
  for (const m of json.modules ?? []) {
    if (m.chunks === undefined) continue; // group summaries carry no chunk
    // A concatenated module ("./src/functions/index.ts + 28 modules") lists its parts.
    const parts = m.modules !== undefined && m.modules.length > 0 ? m.modules : [m];
    for (const part of parts) add(m.chunks, part.name ?? "?", part.size ?? 0);
  }
  return out;
}
