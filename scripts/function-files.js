/**
 * The source files whose JSDoc @customfunction tags make functions.json: one list for the webpack
 * metadata plugin and for the tests that generate the metadata without a build.
 */
const path = require("path");

const FUNCTION_FILES = ["src/functions/functions.ts", "src/functions/costFunctions.ts"];

module.exports = {
  FUNCTION_FILES,
  /** Absolute paths, for the metadata generator. */
  functionFilePaths: () => FUNCTION_FILES.map((file) => path.join(__dirname, "..", file)),
};
