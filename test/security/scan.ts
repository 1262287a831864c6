/**
 * Source scans behind the security tests. TypeScript's own parser reads every file of src/, so a
 * finding is a real call, assignment or literal, never a word in a comment, and a test can feed the
 * scanners snippets to prove they catch what they promise to catch.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");
export const SRC = path.join(ROOT, "src");

export interface Finding {
  /** Path relative to the repository, with forward slashes. */
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** Every file under `dir` with one of the extensions, sorted, paths relative to the repository. */
export function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(full);
    }
  };
  walk(dir);
  return out.map((f) => path.relative(ROOT, f).split(path.sep).join("/")).sort();
}

export const CODE_EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs"];

function parse(file: string, text: string): ts.SourceFile {
  const kind = /\.[jt]sx$/.test(file)
    ? ts.ScriptKind.TSX
    : file.endsWith(".ts")
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

function visit(source: ts.SourceFile, onNode: (node: ts.Node) => void): void {
  const walk = (node: ts.Node) => {
    onNode(node);
    ts.forEachChild(node, walk);
  };
  walk(source);
}

function finding(source: ts.SourceFile, node: ts.Node, rule: string): Finding {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const text = node.getText(source).replace(/\s+/g, " ");
  return {
    file: source.fileName,
    line: line + 1,
    rule,
    text: text.length > 120 ? `${text.slice(0, 117)}...` : text,
  };
}

/** `name` when `node` is the identifier `name` or `window.name` / `globalThis.name` / `self.name`. */
function globalName(node: ts.Expression): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    ["window", "globalThis", "self", "global"].includes(node.expression.text)
  ) {
    return node.name.text;
  }
  return null;
}

/** An identifier used as a value (not a property name, declaration name or type). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node)
    return false;
  if (ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent)) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  if (ts.isJsxAttribute(parent)) return false;
  return true;
}

const HTML_SINKS = new Set(["innerHTML", "outerHTML", "srcdoc"]);
const HTML_METHODS = new Set(["insertAdjacentHTML", "createContextualFragment"]);
const STRING_TIMERS = new Set(["setTimeout", "setInterval", "setImmediate"]);

function isStringLike(node: ts.Expression | undefined): boolean {
  if (node === undefined) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    return true;
  }
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

/**
 * Code made from text, and text made into markup: eval (also indirect), new Function / Function(),
 * string timers, dangerouslySetInnerHTML, innerHTML/outerHTML/srcdoc writes, insertAdjacentHTML,
 * createContextualFragment, document.write, javascript: URLs.
 */
export function scanDynamicCode(file: string, text: string): Finding[] {
  const source = parse(file, text);
  const out: Finding[] = [];
  visit(source, (node) => {
    if (ts.isIdentifier(node) && node.text === "eval" && isValueReference(node)) {
      out.push(finding(source, node.parent, "eval"));
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === "eval" && globalName(node) === "eval") {
      out.push(finding(source, node, "eval"));
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      globalName(node.expression) === "Function"
    ) {
      out.push(finding(source, node, "new Function"));
    }
    if (ts.isCallExpression(node)) {
      const name = globalName(node.expression);
      if (name !== null && STRING_TIMERS.has(name) && isStringLike(node.arguments[0])) {
        out.push(finding(source, node, "string timer"));
      }
      if (ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (HTML_METHODS.has(method)) out.push(finding(source, node, method));
        if (
          (method === "write" || method === "writeln") &&
          ts.isIdentifier(node.expression.expression) &&
          node.expression.expression.text === "document"
        ) {
          out.push(finding(source, node, "document.write"));
        }
      }
    }
    if (ts.isJsxAttribute(node) && node.name.getText(source) === "dangerouslySetInnerHTML") {
      out.push(finding(source, node, "dangerouslySetInnerHTML"));
    }
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      node.name.getText(source).replace(/["']/g, "") === "dangerouslySetInnerHTML"
    ) {
      out.push(finding(source, node, "dangerouslySetInnerHTML"));
    }
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken].includes(node.operatorToken.kind)
    ) {
      const left = node.left;
      const prop = ts.isPropertyAccessExpression(left)
        ? left.name.text
        : ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression)
          ? left.argumentExpression.text
          : null;
      if (prop !== null && HTML_SINKS.has(prop)) out.push(finding(source, node, `${prop} =`));
    }
    if (ts.isStringLiteralLike(node) && /^\s*javascript:/i.test(node.text)) {
      out.push(finding(source, node, "javascript: URL"));
    }
  });
  return out;
}

/** Browser APIs that reach the network by themselves. */
const NETWORK_GLOBALS = new Set([
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "WebTransport",
  "RTCPeerConnection",
  "importScripts",
]);
const NETWORK_METHODS = new Set(["sendBeacon"]);

/** A URL with a scheme, or a protocol-relative "//host". */
const SCHEME_URL = /(?:\b(?:https?|wss?|ftp|file):\/\/[^\s"'`<>)]*)|(?:^\/\/[a-z0-9-]+\.[a-z]{2,}\S*)/gi;
/**
 * A bare host name under a common top-level domain ("bra.nrw.de", "example.org"). Lower case only,
 * as host names are written: "KI.INFO" is a function, not a host.
 */
const BARE_HOST =
  /\b(?:[a-z0-9-]+\.)+(?:de|nrw|com|org|net|eu|info|io|gov|edu|app|dev|cloud)\b(?:\/[^\s"'`<>)]*)?/g;

/** Every address in a text: URLs with a scheme, protocol-relative URLs and bare host names. */
export function addressesIn(text: string): string[] {
  return [...text.matchAll(SCHEME_URL), ...text.matchAll(BARE_HOST)].map((m) => m[0]);
}

/** Network APIs used as values, and every address in a string or template literal. */
export function scanNetwork(file: string, text: string): Finding[] {
  const source = parse(file, text);
  const out: Finding[] = [];
  visit(source, (node) => {
    if (ts.isIdentifier(node) && NETWORK_GLOBALS.has(node.text) && isValueReference(node)) {
      out.push(finding(source, node, node.text));
    }
    // window.fetch, globalThis.WebSocket, ...
    if (ts.isPropertyAccessExpression(node) && NETWORK_GLOBALS.has(globalName(node) ?? "")) {
      out.push(finding(source, node, node.name.text));
    }
    if (ts.isPropertyAccessExpression(node) && NETWORK_METHODS.has(node.name.text)) {
      out.push(finding(source, node, node.name.text));
    }
    if (ts.isNewExpression(node) && ["Worker", "SharedWorker"].includes(globalName(node.expression) ?? "")) {
      out.push(finding(source, node, "worker"));
    }
    const literalTexts: string[] = [];
    if (ts.isStringLiteralLike(node)) literalTexts.push(node.text);
    if (ts.isTemplateExpression(node)) {
      literalTexts.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    }
    for (const t of literalTexts) {
      for (const address of addressesIn(t)) out.push({ ...finding(source, node, "address"), text: address });
    }
  });
  return out;
}

/** Reads a repository file. */
export function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), "utf8");
}

/** Runs a scanner over every code file in src/. */
export function scanSources(scan: (file: string, text: string) => Finding[]): Finding[] {
  return filesUnder(SRC, CODE_EXTENSIONS).flatMap((file) => scan(file, read(file)));
}
