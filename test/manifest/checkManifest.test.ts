import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/check-manifest.js") as {
  checkManifest: (xml: string, baseDir?: string) => string[];
};

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return xml.replace(from, to);
}

test("the shipped manifest passes every offline check", () => {
  expect(checkManifest(manifest, root)).toEqual([]);
});

// Each mutation breaks one rule; the check must name it.
const broken: Array<[string, (xml: string) => string, RegExp]> = [
  ["not well-formed", (xml) => xml.replace("</OfficeApp>", ""), /nicht wohlgeformt/],
  [
    "elements out of schema order",
    (xml) =>
      replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", "").replace(
        "<Hosts>",
        "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>",
      ),
    /falschen Stelle/,
  ],
  [
    "undefined resid",
    (xml) => replaceOnce(xml, 'resid="Group.Label"', 'resid="Group.Missing"'),
    /"Group.Missing".*nicht definiert/,
  ],
  [
    "unused resource",
    (xml) =>
      replaceOnce(
        xml,
        "<bt:Urls>",
        '<bt:Urls>\n<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/x.html"/>',
      ),
    /"Unused.Url" wird nirgends/,
  ],
  [
    "http url",
    (xml) =>
      replaceOnce(
        xml,
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="http://localhost:3000/functions.json"',
      ),
    /nicht https/,
  ],
  [
    "foreign origin",
    (xml) => replaceOnce(xml, 'https://localhost:3000/functions.js"', 'https://example.org/functions.js"'),
    /nicht auf https:\/\/localhost:3000/,
  ],
  [
    "English functions metadata missing",
    (xml) =>
      replaceOnce(xml, '<bt:Override Locale="en-US" Value="https://localhost:3000/functions-en.json"/>', ""),
    /en-US-Override auf functions-en\.json fehlt/,
  ],
  [
    "English functions metadata on a foreign origin",
    (xml) =>
      replaceOnce(
        xml,
        'Locale="en-GB" Value="https://localhost:3000/functions-en.json"',
        'Locale="en-GB" Value="https://example.org/functions-en.json"',
      ),
    /\(en-GB\).*nicht auf https:\/\/localhost:3000/,
  ],
  [
    "wrong namespace",
    (xml) =>
      replaceOnce(
        xml,
        'id="Functions.Namespace" DefaultValue="KI"',
        'id="Functions.Namespace" DefaultValue="CONTOSO"',
      ),
    /erwartet "KI"/,
  ],
  [
    "short-lived runtime",
    (xml) => replaceOnce(xml, 'lifetime="long"', 'lifetime="short"'),
    /lifetime="long"/,
  ],
  [
    "function file outside the shared runtime",
    (xml) =>
      replaceOnce(
        xml,
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="Functions.Script.Url"/>',
      ),
    /FunctionFile zeigt nicht/,
  ],
  [
    "custom functions page outside the shared runtime",
    (xml) =>
      replaceOnce(
        xml,
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
      ),
    /Page zeigt nicht/,
  ],
  [
    "missing SharedRuntime requirement",
    (xml) => replaceOnce(xml, '<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
    /SharedRuntime fehlt/,
  ],
  [
    "missing English string",
    (xml) =>
      replaceOnce(
        xml,
        '<bt:Override Locale="en-US" Value="KI Planner"/>\n        </bt:String>',
        "</bt:String>",
      ),
    /"Group.Label" hat keine en-US/,
  ],
  [
    "wrong permission",
    (xml) =>
      replaceOnce(
        xml,
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadDocument</Permissions>",
      ),
    /erwartet ReadWriteDocument/,
  ],
  [
    "app domain",
    (xml) =>
      replaceOnce(
        xml,
        "<Hosts>",
        "<AppDomains><AppDomain>https://example.org</AppDomain></AppDomains>\n  <Hosts>",
      ),
    /AppDomain "https:\/\/example.org"/,
  ],
  [
    "icon file of the wrong size",
    (xml) =>
      replaceOnce(
        xml,
        'assets/icon-16.png"/>\n        <bt:Image id="Icon.32x32"',
        'assets/icon-32.png"/>\n        <bt:Image id="Icon.32x32"',
      ),
    /nicht 16x16 px/,
  ],
  [
    "missing icon file",
    (xml) =>
      replaceOnce(
        xml,
        'assets/icon-80.png"/>\n      </bt:Images>',
        'assets/icon-81.png"/>\n      </bt:Images>',
      ),
    /icon-81.png fehlt/,
  ],
  [
    "default locale",
    (xml) => replaceOnce(xml, "<DefaultLocale>de-DE</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"),
    /erwartet de-DE/,
  ],
];

test.each(broken)("a manifest with %s is rejected", (_name, mutate, expected) => {
  const problems = checkManifest(mutate(manifest), root);
  expect(problems.join("\n")).toMatch(expected);
});
