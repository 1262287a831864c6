/**
 * No code made from text, no text made into markup (issue 6, security). ESLint has rules for some of
 * this (no-eval, no-implied-eval, no-new-func, no dangerouslySetInnerHTML); this test makes the promise
 * explicit for every file in src/ whatever the lint configuration, and covers the DOM sinks ESLint
 * does not. Cell text reaches the pane only as React text children and props, which React escapes.
 */
import { filesUnder, scanDynamicCode, scanSources, SRC, CODE_EXTENSIONS } from "./scan";

test("src/ has code files to scan (the scan is not vacuous)", () => {
  const files = filesUnder(SRC, CODE_EXTENSIONS);
  expect(files).toEqual(expect.arrayContaining(["src/functions/functions.ts", "src/taskpane/App.tsx"]));
  expect(files.length).toBeGreaterThan(30);
});

test("no eval, new Function, string timers, dangerouslySetInnerHTML or HTML sinks in src/", () => {
  expect(scanSources(scanDynamicCode)).toEqual([]);
});

// The scanner must catch each construct it promises to catch, and only code, not words.
const caught: [string, string, string][] = [
  ["eval call", "eval(cell);", "eval"],
  ["indirect eval", "const run = (0, eval); run(cell);", "eval"],
  ["window.eval", "window.eval(cell);", "eval"],
  ["new Function", 'const f = new Function("a", cell);', "new Function"],
  ["Function call", "const f = Function(cell);", "new Function"],
  ["globalThis.Function", "const f = new globalThis.Function(cell);", "new Function"],
  ["string timer", 'setTimeout("alert(1)", 10);', "string timer"],
  ["concatenated timer", 'window.setInterval("go(" + cell + ")", 10);', "string timer"],
  ["innerHTML", "element.innerHTML = cell;", "innerHTML ="],
  ["innerHTML +=", "element.innerHTML += cell;", "innerHTML ="],
  ["innerHTML by key", 'element["innerHTML"] = cell;', "innerHTML ="],
  ["outerHTML", "element.outerHTML = cell;", "outerHTML ="],
  ["srcdoc", "frame.srcdoc = cell;", "srcdoc ="],
  ["insertAdjacentHTML", 'element.insertAdjacentHTML("beforeend", cell);', "insertAdjacentHTML"],
  ["createContextualFragment", "range.createContextualFragment(cell);", "createContextualFragment"],
  ["document.write", "document.write(cell);", "document.write"],
  ["javascript: URL", 'link.href = "javascript:alert(1)";', "javascript: URL"],
];

test.each(caught)("the scan catches %s", (_name, code, rule) => {
  expect(scanDynamicCode("fixture.ts", code).map((f) => f.rule)).toContain(rule);
});

test("the scan catches dangerouslySetInnerHTML in JSX and in props objects", () => {
  const jsx = "export const A = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;";
  expect(scanDynamicCode("fixture.tsx", jsx).map((f) => f.rule)).toEqual(["dangerouslySetInnerHTML"]);
  const props = 'createElement("div", { dangerouslySetInnerHTML: { __html: cell } });';
  expect(scanDynamicCode("fixture.ts", props).map((f) => f.rule)).toEqual(["dangerouslySetInnerHTML"]);
});

test("words, comments, property names and safe text sinks are not findings", () => {
  const harmless = [
    "// never eval(cell) or set innerHTML; new Function is banned",
    'const message = "eval, new Function and innerHTML are not used";',
    "const ruleSet = { eval: false, Function: 1 };",
    "element.textContent = cell;",
    "setTimeout(() => render(cell), 10);",
    "interface X { innerHTML: string; eval(): void }",
    "const evaluate = (x: number) => x; evaluate(1);",
    "export const A = (p: { t: string }) => <div title={p.t}>{p.t}</div>;",
  ].join("\n");
  expect(scanDynamicCode("fixture.tsx", harmless)).toEqual([]);
});
