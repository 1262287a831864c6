/**
 * Prints one line `tests: N passed, M failed` from the JSON results Jest wrote to test-output/
 * (unit and browser runs), so CI reads the runners' own counts.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const dir = path.resolve(__dirname, "..", "test-output");
let passed = 0;
let failed = 0;
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => /^jest-.*\.json$/.test(file)) : [];
for (const file of files) {
  const result = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  passed += result.numPassedTests;
  // A suite that failed to run has no failed tests but counts as a failure.
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
