// ESLint flat config: TypeScript rules, React hooks rules, and the security rules the add-in promises.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const officeAddins = require("eslint-plugin-office-addins");
const espree = require("espree");

/**
 * Microsoft's Office.js rules (load before read, sync before read, no sync in a loop, isNullObject
 * checks, ...), at the severities of the plugin's own flat "recommended" config. Only its
 * `office-addins/*` rules are taken: the rest of that config (its own parser with ecmaVersion 6,
 * Prettier as a lint rule, eslint's recommended set) is already covered above or by `prettier --check`,
 * and its file pattern leaves out .tsx.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

/** A folder of src/ that may not import the given sibling folders or packages. */
function layer(files, folders, packages) {
  return {
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...folders.map((folder) => ({
              group: [`**/${folder}`, `**/${folder}/**`],
              message: `Layer rule: this folder may not import src/${folder} (README, Layout).`,
            })),
            ...(packages.length > 0 ? [{ group: packages, message: "Layer rule: not in this layer." }] : []),
          ],
        },
      ],
    },
  };
}

module.exports = tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "bench-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Cell text is data, never HTML.",
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  // Layer rules: the model at the bottom, the functions and the Excel layer above it, the pane on top;
  // no import points downwards-up. test/lint/layers.test.ts lints fixtures that break each rule.
  layer(
    "src/model/**",
    ["excel", "functions", "taskpane", "commands"],
    ["react", "react-dom", "@fluentui/*", "@microsoft/office-js"],
  ),
  layer("src/functions/**", ["excel", "taskpane", "commands"], ["react", "react-dom", "@fluentui/*"]),
  layer("src/excel/**", ["taskpane", "functions", "commands"], ["react", "react-dom", "@fluentui/*"]),
  {
    // Scripts the pages load as they are, before the bundles, also in Internet Explorer 11: ES5 only.
    // espree (ESLint's own parser) with ecmaVersion 5 makes let, const, arrow functions and the like
    // parse errors; typescript-eslint's parser, set for all files above, would accept them.
    files: ["src/**/*.js"],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
  },
  {
    files: ["*.js", "scripts/**/*.js", "test/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
