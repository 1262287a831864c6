/** Browser tests: the built pane in real Chromium (playwright-core). Run after `npm run build`. */
const { base } = require("./jest.config.js");

module.exports = {
  ...base,
  testPathIgnorePatterns: ["/node_modules/"],
  roots: ["<rootDir>/test/browser"],
  testTimeout: 60000,
};
