/**
 * The webview check (src/taskpane/webview-check.js, issue 9 item 6): in a webview that cannot run the
 * bundles (Internet Explorer 11) the pane shows what to install instead of a blank page; in a modern
 * one it does nothing. The script runs inside the real taskpane.html in jsdom, at the place and time
 * the page runs it (in <head>, while the page is still loading), with an IE-like environment made by a
 * script just before it.
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "src/taskpane/webview-check.js"), "utf8");
const TEMPLATE = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
const TAG = '<script src="webview-check.js"></script>';

/** Resolves once the page has fired `event` (jsdom fires DOMContentLoaded and load asynchronously). */
function after(dom: JSDOM, event: "DOMContentLoaded" | "load"): Promise<void> {
  return new Promise((resolve) => dom.window.addEventListener(event, () => resolve()));
}

/**
 * The pane's page with `setup` run first and the check inline where the page loads it, once the
 * document has loaded. jsdom loads no external files here (office.js and the bundles stay out).
 */
async function loadPane(setup: string): Promise<JSDOM> {
  expect(TEMPLATE).toContain(TAG);
  const html = TEMPLATE.replace(TAG, `<script>${setup}</script><script>${SOURCE}</script>`);
  const dom = new JSDOM(html, { runScripts: "dangerously" });
  // While the page is still parsing, the check has only registered for DOMContentLoaded.
  expect(dom.window.document.readyState).toBe("loading");
  await after(dom, "load");
  return dom;
}

function fallbackText(dom: JSDOM): string | null {
  return dom.window.document.getElementById("webview-fallback")?.textContent ?? null;
}

const IE11 = [
  "document.documentMode = 11;",
  "delete window.Promise;",
  "delete window.globalThis;",
  "delete window.fetch;",
].join("\n");

describe("an outdated webview gets the message", () => {
  test("Internet Explorer 11: German message in the pane's root, as an alert, with an English line", async () => {
    const dom = await loadPane(IE11);
    const { document } = dom.window;
    const box = document.getElementById("webview-fallback");
    expect(box).not.toBeNull();
    expect(box?.parentElement?.id).toBe("root");
    expect(box?.getAttribute("role")).toBe("alert");
    expect(document.querySelector("#webview-fallback h1")?.textContent).toBe(
      "KI-Planer kann in dieser Office-Installation nicht starten",
    );
    const text = fallbackText(dom) ?? "";
    expect(text).toContain("Internet Explorer 11");
    expect(text).toContain("„Microsoft Edge WebView2 Runtime“");
    expect(text).toContain("Microsoft 365");
    expect(text).toContain("läuft");
    expect(document.querySelector('#webview-fallback p[lang="en"]')?.textContent).toMatch(/WebView2 Runtime/);
    dom.window.close();
  });

  test.each([
    ["document.documentMode alone (IE in any mode)", "document.documentMode = 11;"],
    ["no Promise", "delete window.Promise;"],
    ["no globalThis (older than the bundles' ES2020)", "delete window.globalThis;"],
  ])("%s is enough", async (_name, setup) => {
    const dom = await loadPane(setup);
    expect(fallbackText(dom)).toMatch(/KI-Planer kann in dieser Office-Installation nicht starten/);
    dom.window.close();
  });

  test("run after the page has loaded, it shows the message at once", async () => {
    const dom = new JSDOM(TEMPLATE.replace(TAG, ""), { runScripts: "outside-only" });
    await after(dom, "load");
    expect(dom.window.document.readyState).toBe("complete");
    dom.window.eval(IE11);
    dom.window.eval(SOURCE);
    expect(fallbackText(dom)).toMatch(/WebView2/);
    dom.window.close();
  });

  test("the message is shown once, built of a heading and paragraphs only", async () => {
    const dom = await loadPane(IE11);
    const { document } = dom.window;
    expect(document.querySelectorAll("#webview-fallback")).toHaveLength(1);
    expect(document.querySelectorAll("#webview-fallback *:not(h1):not(p)")).toHaveLength(0);
    dom.window.close();
  });
});

test("a modern webview: the check does nothing", async () => {
  const dom = await loadPane("");
  const { document } = dom.window;
  expect(typeof dom.window.Promise).toBe("function");
  expect(document.getElementById("webview-fallback")).toBeNull();
  expect(document.getElementById("root")?.childNodes).toHaveLength(0);
  document.dispatchEvent(new dom.window.Event("DOMContentLoaded"));
  expect(document.getElementById("root")?.childNodes).toHaveLength(0);
  dom.window.close();
});

describe("the script itself", () => {
  test("is ES5 (parses with ecmaVersion 5: no let, const, arrow functions, classes, templates)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const espree = require("espree") as { parse: (code: string, options: object) => unknown };
    expect(() => espree.parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(() => espree.parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  test("is ASCII (its German letters are \\u escapes), so no server charset can garble it", () => {
    expect(SOURCE).not.toMatch(/[^\t\n\r -~]/);
  });

  test("the page loads it first, before office.js and the bundles", () => {
    const scripts = [...TEMPLATE.matchAll(/<script\b[^>]*\bsrc\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(scripts[0]).toBe("webview-check.js");
    expect(TEMPLATE.indexOf(TAG)).toBeLessThan(TEMPLATE.indexOf("office-js/office.js"));
  });
});
