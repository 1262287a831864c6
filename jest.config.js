/** Jest runs unit and component tests; browser tests run separately (scripts/test-browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "node16", moduleResolution: "node16", isolatedModules: true, esModuleInterop: true, resolveJsonModule: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock only needs an enum from office-addin-manifest, whose ESM-only deps break Jest.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
