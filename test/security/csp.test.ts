/**
 * Content-Security-Policy of the pages the add-in serves (issue 6, security): the pane may load
 * only from its own origin, where office.js is served too (webpack copies it to dist/office-js), so
 * no host, scheme or wildcard source is needed. The browser test "the Content-Security-Policy blocks
 * requests to other origins" (test/browser/pane.test.ts) shows the built page enforcing it.
 */
import { metaPolicies, parsePolicy, refusedSources } from "./csp";
import { filesUnder, read, SRC } from "./scan";

const pages = filesUnder(SRC, [".html"]);

test.each(pages)("%s has one CSP, before any script, allowing only its own origin", (page) => {
  const html = read(page);
  const policies = metaPolicies(html);
  expect(policies).toHaveLength(1);
  const [{ policy, index }] = policies;
  const firstScript = html.search(/<script\b/i);
  // A policy delivered by <meta> only governs what comes after it.
  if (firstScript >= 0) expect(index).toBeLessThan(firstScript);
  expect(refusedSources(policy)).toEqual([]);
  // Everything not named falls back to default-src: it must exist and be no wider than 'self'.
  expect(["'self'", "'none'"]).toContain((policy.get("default-src") ?? ["missing"]).join(" "));
  expect(policy.get("base-uri")).toBeDefined();
  expect(policy.get("form-action")).toEqual(["'none'"]);
});

test("the pane: scripts and connections only from its own origin, no plugins, no inline script", () => {
  const [{ policy }] = metaPolicies(read("src/taskpane/taskpane.html"));
  expect(Object.fromEntries(policy)).toEqual({
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  });
});

test("the pane loads office.js from its own origin (no CDN)", () => {
  const scripts = [
    ...read("src/taskpane/taskpane.html").matchAll(/<script\b[^>]*\bsrc\s*=\s*"([^"]*)"/gi),
  ].map((m) => m[1]);
  // webview-check.js: the ES5 check for outdated webviews (test/taskpane/webviewCheck.test.ts).
  expect(scripts).toEqual(["webview-check.js", "office-js/office.js"]);
  expect(read("src/taskpane/taskpane.html")).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
});

test("the help page runs no script at all", () => {
  const [{ policy }] = metaPolicies(read("src/help/hilfe.html"));
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.has("script-src")).toBe(false);
  expect(read("src/help/hilfe.html")).not.toMatch(/<script\b/i);
});

// The check must refuse what it promises to refuse.
const loose: [string, string][] = [
  ["a host", "default-src 'self'; script-src 'self' https://cdn.example.org"],
  ["a scheme", "default-src 'self'; connect-src 'self' https:"],
  ["a wildcard", "default-src *"],
  ["unsafe-eval", "default-src 'self'; script-src 'self' 'unsafe-eval'"],
  ["inline script", "default-src 'self'; script-src 'self' 'unsafe-inline'"],
  ["data: scripts", "default-src 'self'; script-src 'self' data:"],
];

test.each(loose)("a policy allowing %s is refused", (_name, text) => {
  expect(refusedSources(parsePolicy(text)).length).toBeGreaterThan(0);
});
