/**
 * Bundles of KI-Planer:
 *  - taskpane:  the React + Fluent UI pane (src/taskpane)
 *  - functions: the KI.* custom functions (src/functions); kept free of React/Fluent so the shared
 *               runtime registers the functions fast. functions.json is generated from its JSDoc.
 *  - commands:  ribbon commands (src/commands)
 * All three run in one shared runtime page, taskpane.html (see manifest.xml).
 *
 * Where office.js comes from is one build option, `--env officeJs=cdn|local` (scripts/office-js.js):
 *  - cdn (default of --mode production, `npm run build`): Microsoft's CDN copy, the supported one; the
 *    pages' CSP allows exactly that origin for scripts; dist/ holds no copy of office.js.
 *  - local (default of development mode; `npm run build:preview`): the npm copy from
 *    node_modules/@microsoft/office-js/dist, under /office-js/ of the add-in's own origin, so the
 *    offline preview and the browser tests make no request outside it.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { EnglishMetadataPlugin } = require("./scripts/functions-locale");
const { FUNCTION_FILES } = require("./scripts/function-files");
const { officeJsSource, OfficeJsPagePlugin } = require("./scripts/office-js");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const OFFICE_JS_DIR = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
// Hosts other than Excel and debug builds are left out of dist/ (they are 45 MB we never load).
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/access-*",
  "**/outlook*",
  "**/word-*",
  "**/powerpoint-*",
  "**/onenote-*",
  "**/project-*",
  "**/visio-*",
];

/** Certificates made by `npx office-addin-dev-certs install`, if present; else webpack's own. */
function httpsServerOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return { type: "https" };
  const options = {};
  for (const [name, file] of Object.entries(files)) options[name] = fs.readFileSync(path.join(dir, file));
  return { type: "https", options };
}

function printSideloadHelp() {
  const lines = [
    "",
    "KI-Planer is served on https://localhost:3000",
    "  Preview in a browser (no Excel needed):  https://localhost:3000/taskpane.html",
    "  Custom-function metadata:               https://localhost:3000/functions.json",
    "",
    "Load it into Excel:",
    "  Excel on the web: Insert > Add-ins > My Add-ins > Upload My Add-in > choose manifest.xml",
    "  Excel for Windows/Mac: npm run start:desktop  (sideloads manifest.xml and opens Excel)",
    "  Trust the localhost certificate once with: npx office-addin-dev-certs install",
    "",
  ];
  console.log(lines.join("\n"));
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // A production build can point the manifest at its real host: KI_PLANER_URL=https://host/path/
  const publicUrl = process.env.KI_PLANER_URL || DEV_URL;
  const officeJs = officeJsSource(env, argv.mode);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/index.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Views and charts the first view does not need load on demand from the same origin (script-src
      // 'self' allows them); the content hash lets Office's cache keep a chunk until it changes.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
        { test: /\.(png|jpg|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false }, // budgets are measured by `npm run bench`, not by webpack warnings
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTION_FILES.map((file) => `./${file}`),
      }),
      // functions-en.json: the same metadata with English descriptions, for English Excel (manifest.xml).
      new EnglishMetadataPlugin({ input: "functions.json", output: "functions-en.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first: Excel waits for their registration when a workbook with KI.* formulas opens.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new OfficeJsPagePlugin(officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help", to: "." },
          // Plain ES5, shipped as written (not bundled: webpack's runtime is not ES5).
          { from: "src/taskpane/webview-check.js", to: "webview-check.js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(publicUrl),
          },
          // The dev server serves the local copy itself (devServer.static below).
          ...(dev || officeJs !== "local"
            ? []
            : [
                {
                  from: OFFICE_JS_DIR,
                  to: "office-js",
                  globOptions: { ignore: OFFICE_JS_IGNORE },
                  // Microsoft's files as shipped: without this, Terser minifies all 187 of them again
                  // (most of a production build's time, and no longer the files Microsoft tested).
                  info: { minimized: true },
                },
              ]),
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: "localhost", // never expose the dev server to the network
      server: httpsServerOptions(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/office-js", watch: false }],
      client: { overlay: { warnings: false } },
      onListening: printSideloadHelp,
    },
  };
};
