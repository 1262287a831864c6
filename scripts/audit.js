/**
 * `npm audit --omit=dev`, made usable where the registry's audit endpoint cannot be reached.
 *
 * - The endpoint answers: fails (exit 1) on any high or critical finding in the runtime dependencies,
 *   passes (exit 0) otherwise, and lists what it found either way.
 * - The endpoint does not answer (an HTTP error such as the 405 some registry mirrors give for
 *   POST /-/npm/v1/security/advisories/bulk, no network, a timeout): says plainly that no audit was
 *   possible, so nothing is known about vulnerabilities from this run, and exits 0. Reporting that
 *   state is the point; a red build for a missing network would teach people to ignore this script.
 * - Anything else (npm itself failing, output that is not an audit report): exit 1, as the state is
 *   unknown.
 *
 * Usage: node scripts/audit.js
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const FAILING = ["high", "critical"];
const TIMEOUT_MS = 120000;
/** Error codes meaning "could not reach the registry", as npm reports them. */
const UNREACHABLE_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EPROTO",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
]);

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * What a run of `npm audit --json` means. Input: its exit status (null after a timeout), stdout and
 * stderr. Output: { outcome: "passed" | "failed" | "unreachable" | "unknown", exitCode, message }.
 */
function interpret({ status, stdout, stderr, timedOut = false }) {
  if (timedOut) {
    return unreachable(
      `npm audit did not finish within ${TIMEOUT_MS / 1000} s (no answer from the registry).`,
    );
  }
  const report = parseJson(stdout || "");
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (counts && typeof counts === "object") {
    const found = Object.entries(counts)
      .filter(([level, n]) => level !== "total" && n > 0)
      .map(([level, n]) => `${n} ${level}`);
    const failing = FAILING.reduce((sum, level) => sum + (counts[level] || 0), 0);
    const names = Object.values(report.vulnerabilities || {})
      .filter((v) => FAILING.includes(v.severity))
      .map((v) => `${v.name} (${v.severity})`);
    if (failing > 0) {
      return {
        outcome: "failed",
        exitCode: 1,
        message: `npm audit --omit=dev: ${found.join(", ")}. High or critical: ${names.join(", ")}. Update or replace these packages.`,
      };
    }
    return {
      outcome: "passed",
      exitCode: 0,
      message: `npm audit --omit=dev: no high or critical vulnerabilities${found.length ? ` (found: ${found.join(", ")})` : " (none at all)"}.`,
    };
  }
  // npm prints the failed request as JSON on stdout: {"statusCode": 405, "uri": ".../advisories/bulk", ...}
  if (report && typeof report.statusCode === "number") {
    return unreachable(
      `the registry's audit endpoint answered ${report.statusCode}${report.uri ? ` for ${report.uri}` : ""}.`,
    );
  }
  const code = report && report.error && report.error.code;
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || /^E\d{3}$/.test(code))) {
    return unreachable(`npm could not reach the registry (${code}).`);
  }
  const text = `${stdout || ""}\n${stderr || ""}`;
  if (/audit endpoint returned an error/i.test(text)) {
    return unreachable("npm reports: audit endpoint returned an error.");
  }
  const networkCode = [...UNREACHABLE_CODES].find((c) => text.includes(c));
  if (networkCode) return unreachable(`npm could not reach the registry (${networkCode}).`);
  return {
    outcome: "unknown",
    exitCode: 1,
    message: `npm audit failed (exit ${status}) without an audit report or a network error:\n${text.trim().slice(0, 2000)}`,
  };
}

function unreachable(reason) {
  return {
    outcome: "unreachable",
    exitCode: 0,
    message:
      `npm audit --omit=dev could not run: ${reason} No statement about known vulnerabilities is possible ` +
      "from this machine; run this script again where the registry's audit service is reachable.",
  };
}

function runAudit() {
  // Under `npm run`, npm_execpath is npm's own CLI: run it with this Node, no shell needed anywhere.
  const npmCli = process.env.npm_execpath;
  const [command, args] =
    npmCli && /npm-cli\.js$/.test(npmCli)
      ? [process.execPath, [npmCli, "audit", "--omit=dev", "--json"]]
      : [process.platform === "win32" ? "npm.cmd" : "npm", ["audit", "--omit=dev", "--json"]];
  const result = spawnSync(command, args, {
    cwd: path.resolve(__dirname, ".."),
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    shell: process.platform === "win32" && command === "npm.cmd",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && result.error.code !== "ETIMEDOUT") {
    return { outcome: "unknown", exitCode: 1, message: `npm could not be started: ${result.error.message}` };
  }
  return interpret({
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: Boolean(result.error && result.error.code === "ETIMEDOUT"),
  });
}

if (require.main === module) {
  const verdict = runAudit();
  (verdict.exitCode === 0 ? console.log : console.error)(verdict.message);
  process.exit(verdict.exitCode);
}

module.exports = { interpret };
