/** Jest runs unit and component tests; browser tests run separately (jest.browser.config.js). */
// npm test asks Jest for JSON results in test-output/ (read by scripts/test-summary.js); Jest does not
// create the folder itself.
require("fs").mkdirSync(require("path").join(__dirname, "test-output"), { recursive: true });

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          jsx: "react-jsx",
          module: "node16",
          moduleResolution: "node16",
          isolatedModules: true,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock only needs an enum from office-addin-manifest, whose ESM-only deps break Jest.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
