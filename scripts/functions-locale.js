/**
 * English custom-function metadata, made at build time from the German functions.json (generated from
 * the JSDoc of src/functions/functions.ts) and one table of English texts keyed by function id
 * (src/functions/metadata-en.json). Excel shows English descriptions in English Excel and German ones
 * in German Excel when the manifest points the en-* locales at functions-en.json with
 * <bt:Override Locale="…"> on the metadata URL: Microsoft's mechanism for localized custom functions
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions).
 * Only `description` texts change; ids and names stay the same, so formulas read the same in both
 * languages (Microsoft: Excel localizes only `name` and `description`).
 *
 * Limits: Microsoft documents 128 characters at most for a function `name`
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration, "name");
 * for descriptions the custom-functions documentation states no limit, so the same 128 characters are
 * the bound here, for both languages (test/functions/metadata.test.ts checks the German side).
 */
const fs = require("fs");
const path = require("path");

const MAX_NAME_LENGTH = 128;
const MAX_DESCRIPTION_LENGTH = 128;
const TABLE_FILE = path.join(__dirname, "../src/functions/metadata-en.json");

function text(value) {
  return typeof value === "string" ? value.trim() : "";
}

/**
 * The English metadata for `german` (parsed functions.json) and the list of problems: a function or
 * parameter without English text, an empty or over-long text, an entry the functions do not have.
 */
function localizeMetadata(german, table) {
  const problems = [];
  const functions = german.functions.map((fn) => {
    const entry = table[fn.id];
    if (entry === undefined || typeof entry !== "object") {
      problems.push(`${fn.id}: no English entry`);
      return fn;
    }
    const description = text(entry.description);
    if (description === "") problems.push(`${fn.id}: English description missing or empty`);
    if (description.length > MAX_DESCRIPTION_LENGTH)
      problems.push(`${fn.id}: English description longer than ${MAX_DESCRIPTION_LENGTH} characters`);
    if (fn.name.length > MAX_NAME_LENGTH)
      problems.push(`${fn.id}: name longer than ${MAX_NAME_LENGTH} characters`);
    const texts = entry.parameters || {};
    const parameters = fn.parameters.map((p) => {
      const english = text(texts[p.name]);
      if (english === "") problems.push(`${fn.id}.${p.name}: English description missing or empty`);
      if (english.length > MAX_DESCRIPTION_LENGTH)
        problems.push(
          `${fn.id}.${p.name}: English description longer than ${MAX_DESCRIPTION_LENGTH} characters`,
        );
      return { ...p, description: english };
    });
    for (const name of Object.keys(texts)) {
      if (!fn.parameters.some((p) => p.name === name)) problems.push(`${fn.id}.${name}: no such parameter`);
    }
    return { ...fn, description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!german.functions.some((fn) => fn.id === id)) problems.push(`${id}: no such function`);
  }
  return { metadata: { ...german, functions }, problems };
}

function readTable() {
  return JSON.parse(fs.readFileSync(TABLE_FILE, "utf8"));
}

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added functions.json, adds
 * functions-en.json; any problem of the English table fails the build.
 */
class EnglishMetadataPlugin {
  constructor({ input = "functions.json", output = "functions-en.json" } = {}) {
    this.input = input;
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("EnglishMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(TABLE_FILE);
      compilation.hooks.processAssets.tap(
        { name: "EnglishMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.input);
          if (asset === undefined) return; // the generator failed and said why
          const { metadata, problems } = localizeMetadata(
            JSON.parse(asset.source.source().toString()),
            readTable(),
          );
          for (const problem of problems)
            compilation.errors.push(new WebpackError(`functions-en.json: ${problem}`));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        },
      );
    });
  }
}

module.exports = {
  EnglishMetadataPlugin,
  localizeMetadata,
  readTable,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  TABLE_FILE,
};
