/**
 * No network at run time (issue 6, security): everything the add-in needs is bundled and served from
 * its own origin. This scan covers the source; the Content-Security-Policy (csp.test.ts) makes the
 * browser refuse other origins anyway, and the browser tests (test/browser/harness.ts) fail on any
 * request to a non-local address.
 */
import { SOURCES } from "../../src/model";
import { addressesIn, filesUnder, read, scanNetwork, scanSources, SRC, type Finding } from "./scan";

/**
 * The only addresses src/ may contain: source citations in the model data, which the pane and KI.INFO
 * show as text, never fetched. Since the second source review every web source carries a full https
 * address, so the allowed addresses are derived from SOURCES: the url of a web source, or a site name
 * that a source's own citation text (title, publisher, note, date text) names. Only the model's data
 * files may hold them.
 */
const MODEL_DATA = [
  "src/model/sources.ts",
  "src/model/centres.ts",
  "src/model/rules.ts",
  "src/model/scenarioParameters.ts",
];
const URLS = SOURCES.flatMap((s) => (s.url !== undefined ? [s.url] : []));
const CITED_TEXT = SOURCES.flatMap((s) => [s.title, s.publisher ?? "", s.note ?? "", s.dateText ?? ""]).join(
  " ",
);

const isAllowed = (f: Finding) =>
  f.rule === "address" &&
  MODEL_DATA.includes(f.file) &&
  (URLS.some((url) => url.includes(f.text)) || CITED_TEXT.includes(f.text.replace(/[;,.]$/, "")));

test("src/ uses no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon or workers", () => {
  expect(scanSources(scanNetwork).filter((f) => f.rule !== "address")).toEqual([]);
});

test("src/ code holds no address except the allowed source citations", () => {
  expect(scanSources(scanNetwork).filter((f) => f.rule === "address" && !isAllowed(f))).toEqual([]);
});

test("every web source's address is found by the scan, as the url of the source it cites", () => {
  const found = scanSources(scanNetwork).filter(isAllowed);
  for (const url of URLS) {
    expect(url.startsWith("https://")).toBe(true);
    expect(found).toContainEqual(expect.objectContaining({ file: "src/model/sources.ts", text: url }));
  }
});

test("the HTML pages hold no address and load scripts, styles and images from their own origin", () => {
  const pages = filesUnder(SRC, [".html"]);
  expect(pages).toEqual(expect.arrayContaining(["src/taskpane/taskpane.html", "src/help/hilfe.html"]));
  for (const page of pages) {
    const html = read(page);
    expect({ page, addresses: addressesIn(html) }).toEqual({ page, addresses: [] });
    const references = [...html.matchAll(/\b(?:src|href|action|poster|data)\s*=\s*["']([^"']*)["']/gi)].map(
      (m) => m[1],
    );
    const foreign = references.filter((ref) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref));
    expect({ page, foreign }).toEqual({ page, foreign: [] });
  }
});

// The scanner must catch what it promises to catch.
const caught: [string, string, string][] = [
  ["fetch", 'fetch("/x");', "fetch"],
  ["window.fetch", "window.fetch(url);", "fetch"],
  ["XMLHttpRequest", "const x = new XMLHttpRequest();", "XMLHttpRequest"],
  ["WebSocket", 'new WebSocket("ws://localhost");', "WebSocket"],
  ["EventSource", "new EventSource(url);", "EventSource"],
  ["sendBeacon", "navigator.sendBeacon(url, data);", "sendBeacon"],
  ["Worker", 'new Worker("w.js");', "worker"],
  ["https URL", 'const u = "https://example.org/x";', "address"],
  ["URL in a template", "const u = `http://${host}/api`;", "address"],
  ["protocol-relative URL", 'const u = "//cdn.example.com/lib.js";', "address"],
  ["bare host", 'const u = "api.example.de";', "address"],
];

test.each(caught)("the scan catches %s", (_name, code, rule) => {
  expect(scanNetwork("fixture.ts", code).map((f) => f.rule)).toContain(rule);
});

test("file names, versions, dates and relative paths are not addresses", () => {
  const harmless = [
    'const a = "office-js/office.js";',
    'const b = "hilfe.html";',
    'const c = "seeds/000_f1ec0eac08903296.txt";',
    'const d = "25.11.2017";',
    'const e = "decimal.js 10.6";',
    'const f = new URL("hilfe.html", base);',
    "// https://example.org in a comment is no request",
  ].join("\n");
  expect(scanNetwork("fixture.ts", harmless)).toEqual([]);
});
