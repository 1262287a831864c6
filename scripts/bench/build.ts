/**
 * The production build the bench measures, made fresh on every run into bench-output/dist with the
 * project's own webpack.config.js (mode production). Why not dist/: `npm run test:browser` serves
 * dist/, and webpack empties its output folder first, so a bench running beside the tests would pull
 * the files from under them; and measuring a build of exactly the sources at hand needs a build anyway.
 * `--no-build` reuses bench-output/dist from the previous run (quicker, for repeated runs).
 *
 * Two differences to `npm run build`: hidden source maps (*.js.map beside the bundles, no comment in
 * them, the code unchanged), from which bundles.ts tells what each bundle is made of; and office.js
 * from the local npm copy (`--env officeJs=local`, as `npm run build:preview`), because the pane-start
 * measurement runs offline and aborts requests to other origins. The bundles are the same either way.
 */
import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { performance } from "perf_hooks";
import type { Configuration } from "webpack";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../../../..");
export const BENCH_DIST = path.join(ROOT, "bench-output/dist");

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

/** Builds into bench-output/dist; returns the build time in ms. */
export async function buildProduction(): Promise<number> {
  const load = createRequire(path.join(ROOT, "package.json"));
  const factory = load("./webpack.config.js") as ConfigFactory;
  const config = factory({ officeJs: "local" }, { mode: "production" });
  config.mode = "production";
  config.devtool = "hidden-source-map";
  config.output = { ...config.output, path: BENCH_DIST };
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error) reject(error);
      else if (result === undefined) reject(new Error("webpack returned no stats"));
      else if (result.hasErrors()) reject(new Error(result.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return performance.now() - t0;
}

/** For --no-build: the previous run's build must be there. */
export function checkPreviousBuild(): void {
  if (!fs.existsSync(path.join(BENCH_DIST, "taskpane.js.map"))) {
    throw new Error("bench-output/dist is missing: run the bench once without --no-build.");
  }
}
