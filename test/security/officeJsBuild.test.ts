/**
 * Where office.js comes from (issue 9, item 5). One build option, `--env officeJs=cdn|local`
 * (scripts/office-js.js): the production build (`npm run build`) references Microsoft's CDN and its CSP
 * allows exactly that origin for scripts; the preview build (`npm run build:preview`, which the browser
 * tests run against) and the dev server use the local npm copy.
 *
 * The rewrite is unit-tested below, and then webpack runs the real webpack.config.js in production mode
 * twice, once per option, into temporary folders (stub-build.js, in a child process). Only the three
 * entry modules are swapped for one-line stubs: the pages, the CSP rewrite, the copied files and the
 * manifest come from the real config and plugins, but a run takes seconds instead of the full bundle's
 * minute (README, Installation, has the measurements).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { metaPolicies, refusedSources } from "./csp";
import { read } from "./scan";

interface OfficeJsModule {
  OFFICE_JS_LOCAL: string;
  OFFICE_JS_CDN: string;
  OFFICE_JS_CDN_ORIGIN: string;
  officeJsSource: (env: Record<string, unknown> | undefined, mode: string | undefined) => string;
  pageFor: (html: string, source: string) => string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const officeJs = require("../../scripts/office-js.js") as OfficeJsModule;
const { OFFICE_JS_CDN, OFFICE_JS_CDN_ORIGIN, OFFICE_JS_LOCAL, officeJsSource, pageFor } = officeJs;

const TEMPLATE = read("src/taskpane/taskpane.html");

/** The src of every <script>, quoted or not (production builds minify the page). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

function policyOf(html: string): Record<string, string[]> {
  const policies = metaPolicies(html);
  expect(policies).toHaveLength(1);
  return Object.fromEntries(policies[0].policy);
}

describe("the option", () => {
  test("production defaults to the CDN, development to the local copy; --env officeJs overrides", () => {
    expect(officeJsSource({}, "production")).toBe("cdn");
    expect(officeJsSource(undefined, "development")).toBe("local");
    expect(officeJsSource({}, undefined)).toBe("local");
    expect(officeJsSource({ officeJs: "local" }, "production")).toBe("local");
    expect(officeJsSource({ officeJs: "cdn" }, "development")).toBe("cdn");
  });

  test("an unknown value fails the build instead of picking one", () => {
    expect(() => officeJsSource({ officeJs: "CDN" }, "production")).toThrow(/officeJs=CDN/);
    expect(() => officeJsSource({ officeJs: "beta" }, "production")).toThrow(/cdn, local/);
  });

  test("the CDN address is Microsoft's production office.js", () => {
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(OFFICE_JS_CDN_ORIGIN).toBe("https://appsforoffice.microsoft.com");
    expect(scriptSources(TEMPLATE)).toContain(OFFICE_JS_LOCAL);
  });
});

describe("pageFor", () => {
  test("local leaves the page as it is", () => {
    expect(pageFor(TEMPLATE, "local")).toBe(TEMPLATE);
  });

  test("cdn swaps the script and adds exactly the CDN origin to script-src, nothing else", () => {
    const page = pageFor(TEMPLATE, "cdn");
    expect(scriptSources(page)).toEqual(
      scriptSources(TEMPLATE).map((src) => (src === OFFICE_JS_LOCAL ? OFFICE_JS_CDN : src)),
    );
    const before = policyOf(TEMPLATE);
    expect(policyOf(page)).toEqual({
      ...before,
      "script-src": [...before["script-src"], OFFICE_JS_CDN_ORIGIN],
    });
  });

  test("a page without office.js (the help page) is left alone", () => {
    const help = read("src/help/hilfe.html");
    expect(pageFor(help, "cdn")).toBe(help);
  });

  test("a page it cannot rewrite safely fails the build", () => {
    const twice = TEMPLATE.replace("</head>", `<script src="${OFFICE_JS_LOCAL}"></script></head>`);
    expect(() => pageFor(twice, "cdn")).toThrow(/more than once/);
    const noCsp = TEMPLATE.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, "");
    expect(() => pageFor(noCsp, "cdn")).toThrow(/CSP/);
    const noScriptSrc = TEMPLATE.replace("script-src 'self'; ", "");
    expect(() => pageFor(noScriptSrc, "cdn")).toThrow(/script-src/);
    expect(() => pageFor(TEMPLATE, "elsewhere")).toThrow(/unknown/);
  });
});

/** Runs the real config in production mode for `env` with stub entries (stub-build.js); the dist folder. */
function build(env: string[]): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ki-planer-build-"));
  execFileSync(process.execPath, [path.join(__dirname, "stub-build.js"), out, ...env], { stdio: "pipe" });
  return path.join(out, "dist");
}

describe("real production builds (webpack, the project's config)", () => {
  const outputs: Record<string, string> = {};
  beforeAll(() => {
    outputs.cdn = build([]);
    outputs.local = build(["officeJs=local"]);
  }, 120_000);
  afterAll(() => {
    for (const dist of Object.values(outputs))
      fs.rmSync(path.dirname(dist), { recursive: true, force: true });
  });

  const page = (source: string, file: string) => fs.readFileSync(path.join(outputs[source], file), "utf8");

  test("npm run build: taskpane.html loads office.js from Microsoft's CDN, before the bundles", () => {
    const scripts = scriptSources(page("cdn", "taskpane.html"));
    expect(scripts.filter((src) => /^[a-z]+:|^\/\//i.test(src))).toEqual([OFFICE_JS_CDN]);
    expect(scripts).not.toContain(OFFICE_JS_LOCAL);
    const officeJsAt = scripts.indexOf(OFFICE_JS_CDN);
    expect(scripts[0]).toBe("webview-check.js"); // the ES5 webview check runs first
    for (const bundle of ["functions.js", "commands.js", "taskpane.js"]) {
      expect(scripts.indexOf(bundle)).toBeGreaterThan(officeJsAt);
    }
  });

  test("npm run build: the CSP allows exactly the CDN origin, for scripts only, and no other origin", () => {
    const html = page("cdn", "taskpane.html");
    const [{ policy, index }] = metaPolicies(html);
    expect(index).toBeLessThan(html.search(/<script\b/i));
    // refusedSources lists every source beyond 'self'/'none' and the allowed style/data exceptions.
    expect(refusedSources(policy)).toEqual([`script-src ${OFFICE_JS_CDN_ORIGIN}`]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    // The only addresses anywhere in the page: the CDN origin in the CSP and the CDN script.
    expect(html.match(/https?:\/\/[^\s"'<>;]+/g)).toEqual([OFFICE_JS_CDN_ORIGIN, OFFICE_JS_CDN]);
  });

  test.each(["cdn", "local"])("%s: the webview check is shipped as written", (source) => {
    expect(page(source, "webview-check.js")).toBe(read("src/taskpane/webview-check.js"));
  });

  test("npm run build: dist/ ships no copy of office.js, and the help page still runs no script", () => {
    expect(fs.existsSync(path.join(outputs.cdn, "office-js"))).toBe(false);
    const help = page("cdn", "hilfe.html");
    expect(help).not.toMatch(/<script\b/i);
    expect(policyOf(help)).toEqual(policyOf(read("src/help/hilfe.html")));
  });

  test("npm run build:preview: the local copy from the add-in's own origin, CSP as in the source", () => {
    const html = page("local", "taskpane.html");
    const scripts = scriptSources(html);
    expect(scripts).toContain(OFFICE_JS_LOCAL);
    expect(scripts.filter((src) => /^[a-z]+:|^\/\//i.test(src))).toEqual([]);
    expect(policyOf(html)).toEqual(policyOf(TEMPLATE));
    expect(refusedSources(metaPolicies(html)[0].policy)).toEqual([]);
    expect(html).not.toMatch(/https?:\/\//);
    // Microsoft's files byte for byte (not minified again by the build).
    const shipped = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
    for (const file of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js"]) {
      expect(fs.readFileSync(path.join(outputs.local, "office-js", file))).toEqual(
        fs.readFileSync(path.join(shipped, file)),
      );
    }
  });
});
