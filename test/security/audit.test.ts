/**
 * scripts/audit.js runs `npm audit --omit=dev`. On these machines the registry's audit endpoint answers
 * 405, so the audit itself cannot run in the test suite; these tests pin how the script reads each kind
 * of answer (the 405 below is the one recorded here).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { interpret } = require("../../scripts/audit.js") as {
  interpret: (run: { status: number | null; stdout: string; stderr: string; timedOut?: boolean }) => {
    outcome: "passed" | "failed" | "unreachable" | "unknown";
    exitCode: number;
    message: string;
  };
};

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
    },
  });

const recorded405 = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  uri: "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  statusCode: 405,
  body: "",
  error: { summary: "", detail: "" },
});

test("the 405 of the audit endpoint: said plainly, exit 0", () => {
  const verdict = interpret({
    status: 1,
    stdout: recorded405,
    stderr: "npm error audit endpoint returned an error",
  });
  expect(verdict).toMatchObject({ outcome: "unreachable", exitCode: 0 });
  expect(verdict.message).toMatch(/could not run: the registry's audit endpoint answered 405/);
  expect(verdict.message).toMatch(/No statement about known vulnerabilities is possible/);
});

test.each([
  [
    "no DNS",
    { status: 1, stdout: JSON.stringify({ error: { code: "ENOTFOUND", summary: "x" } }), stderr: "" },
  ],
  [
    "an HTTP error code",
    { status: 1, stdout: JSON.stringify({ error: { code: "E503", summary: "x" } }), stderr: "" },
  ],
  ["only a message on stderr", { status: 1, stdout: "", stderr: "npm error code ECONNREFUSED" }],
  ["a timeout", { status: null, stdout: "", stderr: "", timedOut: true }],
])("no answer (%s): unreachable, exit 0", (_name, run) => {
  expect(interpret(run)).toMatchObject({ outcome: "unreachable", exitCode: 0 });
});

test("high or critical findings fail, naming the packages", () => {
  const stdout = report(
    { moderate: 1, high: 1, total: 2 },
    { lodash: { name: "lodash", severity: "high" }, foo: { name: "foo", severity: "moderate" } },
  );
  const verdict = interpret({ status: 1, stdout, stderr: "" });
  expect(verdict).toMatchObject({ outcome: "failed", exitCode: 1 });
  expect(verdict.message).toMatch(/lodash \(high\)/);
  expect(verdict.message).not.toMatch(/foo/);
  expect(interpret({ status: 1, stdout: report({ critical: 1, total: 1 }), stderr: "" }).exitCode).toBe(1);
});

test("low and moderate findings pass but are listed; a clean report passes", () => {
  const moderate = interpret({ status: 1, stdout: report({ low: 2, moderate: 1, total: 3 }), stderr: "" });
  expect(moderate).toMatchObject({ outcome: "passed", exitCode: 0 });
  expect(moderate.message).toMatch(/2 low, 1 moderate/);
  expect(interpret({ status: 0, stdout: report({}), stderr: "" })).toMatchObject({
    outcome: "passed",
    exitCode: 0,
  });
});

test("anything else is an unknown state and fails", () => {
  expect(interpret({ status: 1, stdout: "not json", stderr: "npm error code ELOCKVERIFY" })).toMatchObject({
    outcome: "unknown",
    exitCode: 1,
  });
});
