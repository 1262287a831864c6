/**
 * Where the pages load office.js from: the one build option `--env officeJs=cdn|local` (webpack.config.js).
 *
 *  - cdn:   Microsoft's CDN copy, https://appsforoffice.microsoft.com/lib/1/hosted/office.js, the only
 *           copy Microsoft supports; add-ins published through AppSource (the Marketplace) must use it
 *           ("Referencing the Office JavaScript API library",
 *           https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn ).
 *           The default of `webpack --mode production` (`npm run build`).
 *  - local: the npm copy (@microsoft/office-js), copied to dist/office-js/ and served from the add-in's
 *           own origin. The default of development mode (dev server, `npm run build:dev`), and what
 *           `npm run build:preview` builds for the offline browser preview and the browser tests.
 *
 * The page template (src/taskpane/taskpane.html) is written for `local`; `pageFor` rewrites the built
 * page for `cdn`: the script reference, and the Content-Security-Policy's script-src gains exactly the
 * CDN origin, nothing else. Microsoft documents no Content-Security-Policy for office.js. What it needs
 * here: it loads its further files (the host library such as excel-win32-16.01.js, the locale strings)
 * from the folder it was itself loaded from, so from the same origin (script-src), and it talks to
 * Office by postMessage, which no CSP directive governs. The telemetry frame office.js adds outside
 * Office (see src/taskpane/host.ts) stays blocked (frame-src falls back to default-src 'self'), as in
 * the local build.
 */
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_CDN_ORIGIN = new URL(OFFICE_JS_CDN).origin;
const SOURCES = ["cdn", "local"];

/** The option's value for a webpack run: `--env officeJs=...` if given, else by mode. */
function officeJsSource(env, mode) {
  const chosen = env && env.officeJs;
  if (chosen === undefined || chosen === true) return mode === "production" ? "cdn" : "local";
  if (!SOURCES.includes(chosen)) {
    throw new Error(`--env officeJs=${chosen}: expected one of ${SOURCES.join(", ")}`);
  }
  return chosen;
}

// Quotes optional: the hook may see the page before or after html-webpack-plugin's minifier.
const LOCAL_SCRIPT = /<script\b([^>]*?)\bsrc\s*=\s*(["']?)office-js\/office\.js\2(?=[\s>])/gi;
const CSP_META =
  /(<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*\bcontent\s*=\s*")([^"]*)(")/gi;

/**
 * The built page for `source`. A page without the local office.js reference is returned unchanged
 * (the help page loads no script). A page with it must have exactly one reference and one CSP with a
 * script-src, or the build fails: a silent half-rewrite would ship a page that cannot load office.js.
 */
function pageFor(html, source) {
  if (!SOURCES.includes(source)) throw new Error(`unknown office.js source: ${source}`);
  const references = html.match(LOCAL_SCRIPT) || [];
  if (references.length === 0) return html;
  if (references.length > 1) throw new Error(`the page references ${OFFICE_JS_LOCAL} more than once`);
  if (source === "local") return html;
  const metas = html.match(CSP_META) || [];
  if (metas.length !== 1) throw new Error("a page loading office.js needs exactly one CSP <meta>");
  let withOrigin = false;
  const rewritten = html.replace(CSP_META, (_all, before, policy, after) => {
    const directives = policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name !== "script-src") return part.trim();
      withOrigin = true;
      return [name, ...values, OFFICE_JS_CDN_ORIGIN].join(" ");
    });
    return before + directives.filter(Boolean).join("; ") + after;
  });
  if (!withOrigin) throw new Error("the CSP of a page loading office.js needs a script-src directive");
  return rewritten.replace(LOCAL_SCRIPT, (_all, attributes) => `<script${attributes}src="${OFFICE_JS_CDN}"`);
}

/** Webpack plugin: applies `pageFor` to every page HtmlWebpackPlugin emits. */
class OfficeJsPagePlugin {
  constructor(source) {
    this.source = source;
  }
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.compilation.tap("OfficeJsPagePlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("OfficeJsPagePlugin", (data) => {
        data.html = pageFor(data.html, this.source);
        return data;
      });
    });
  }
}

module.exports = {
  OFFICE_JS_LOCAL,
  OFFICE_JS_CDN,
  OFFICE_JS_CDN_ORIGIN,
  officeJsSource,
  pageFor,
  OfficeJsPagePlugin,
};
