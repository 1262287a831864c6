/**
 * Least permission in the manifest (issue 6, security). scripts/check-manifest.js enforces it and is
 * tested in test/manifest/checkManifest.test.ts: the shipped manifest passes (Permissions is
 * ReadWriteDocument, no AppDomains, every URL https on the add-in's own origin), and a manifest with
 * ReadDocument or with an AppDomain is rejected. Not repeated here. What this adds: every other
 * permission level is refused too, so neither a lower one (the add-in writes tables, so it would not
 * work) nor a different one can slip in.
 */
import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/check-manifest.js") as {
  checkManifest: (xml: string, baseDir?: string) => string[];
};

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const GRANTED = "<Permissions>ReadWriteDocument</Permissions>";

test.each(["Restricted", "ReadAllDocument", "WriteDocument"])("Permissions %s is refused", (level) => {
  expect(manifest).toContain(GRANTED);
  const problems = checkManifest(manifest.replace(GRANTED, `<Permissions>${level}</Permissions>`), root);
  expect(problems.join("\n")).toMatch(/erwartet ReadWriteDocument/);
});
