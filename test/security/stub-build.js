/**
 * Runs webpack.config.js as `webpack --mode production [--env officeJs=...]` would, with the three entry
 * modules swapped for one-line stubs, into the folder given: the pages, their CSP, the copied files and
 * the manifest come from the real config and plugins, in seconds instead of the full bundle's minute.
 * Used by officeJsBuild.test.ts in a child process (webpack inside Jest's module registry is slow).
 *
 *   node test/security/stub-build.js <out-dir> [officeJs=cdn|local]
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const makeConfig = require("../../webpack.config.js");

const [out, ...envArgs] = process.argv.slice(2);
if (!out) throw new Error("usage: node test/security/stub-build.js <out-dir> [officeJs=cdn|local]");
const env = Object.fromEntries(envArgs.map((arg) => arg.split("=")));
const stubs = path.join(out, "stubs");
fs.mkdirSync(stubs, { recursive: true });
const entry = {};
for (const name of ["taskpane", "functions", "commands"]) {
  entry[name] = path.join(stubs, `${name}.js`);
  fs.writeFileSync(entry[name], `window.kiPlanerStub = ${JSON.stringify(name)};\n`);
}
process.chdir(path.resolve(__dirname, "../..")); // the config names its sources relative to the repository
const config = makeConfig(env, { mode: "production" });
webpack(
  { ...config, mode: "production", entry, output: { ...config.output, path: path.join(out, "dist") } },
  (error, stats) => {
    if (error) throw error;
    const { errors } = stats.toJson({ all: false, errors: true });
    if (errors.length > 0) {
      console.error(errors.map((e) => e.message).join("\n"));
      process.exitCode = 1;
    }
  },
);
