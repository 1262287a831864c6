/**
 * Offline checks of manifest.xml. `office-addin-manifest validate` (npm run validate) posts the
 * manifest to a Microsoft service and needs the internet; this runs anywhere and is part of npm test.
 *
 * Usage: node scripts/check-manifest.js [manifest.xml]   (exit 1 and a list of problems if any)
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> in the 1.1 schema. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "DefaultSettings",
  "Permissions",
];
const RESOURCE_KINDS = { Images: "Image", Urls: "Url", ShortStrings: "String", LongStrings: "String" };
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 };
const ICON_SIZES = [16, 32, 80];

function elementChildren(node) {
  return Array.from(node.childNodes).filter((child) => child.nodeType === 1);
}
function descendants(node, localName) {
  return Array.from(node.getElementsByTagNameNS("*", localName));
}
function xsiType(node) {
  return node.getAttributeNS(NS.xsi, "type");
}

function parse(xml) {
  const errors = [];
  const onError = (level, message) => {
    if (level !== "warning") errors.push(`XML ist nicht wohlgeformt: ${String(message).split("\n")[0]}`);
  };
  let doc = null;
  try {
    doc = new DOMParser({ onError }).parseFromString(xml, "text/xml");
  } catch (error) {
    errors.push(`XML ist nicht wohlgeformt: ${error.message.split("\n")[0]}`);
  }
  return { doc, errors };
}

function checkOrder(root, problems) {
  const names = elementChildren(root).map((child) => child.localName);
  let last = -1;
  for (const name of names) {
    const index = OFFICE_APP_ORDER.indexOf(name);
    if (index === -1) problems.push(`Unbekanntes Element <${name}> unter <OfficeApp>.`);
    else if (index < last)
      problems.push(`Element <${name}> steht an der falschen Stelle (Schema-Reihenfolge).`);
    else last = index;
  }
  for (const name of REQUIRED) if (!names.includes(name)) problems.push(`Pflichtelement <${name}> fehlt.`);
}

function collectResources(root, problems) {
  const resources = new Map(); // id -> { kind, value, element }
  const container = descendants(root, "Resources")[0];
  if (!container) {
    problems.push("<Resources> fehlt.");
    return resources;
  }
  for (const [group, item] of Object.entries(RESOURCE_KINDS)) {
    for (const groupNode of descendants(container, group)) {
      for (const node of elementChildren(groupNode).filter((child) => child.localName === item)) {
        const id = node.getAttribute("id");
        if (resources.has(id)) problems.push(`Ressource "${id}" ist doppelt definiert.`);
        if (id.length > 32) problems.push(`Ressourcen-ID "${id}" ist länger als 32 Zeichen.`);
        const value = node.getAttribute("DefaultValue");
        if (MAX_LENGTH[group] && value.length > MAX_LENGTH[group]) {
          problems.push(`Text "${id}" ist länger als ${MAX_LENGTH[group]} Zeichen.`);
        }
        resources.set(id, { group, value, node });
      }
    }
  }
  return resources;
}

function checkResids(root, resources, problems) {
  const used = new Set();
  for (const node of descendants(root, "*")) {
    const resid = node.getAttribute && node.getAttribute("resid");
    if (!resid) continue;
    used.add(resid);
    if (!resources.has(resid)) problems.push(`resid "${resid}" in <${node.localName}> ist nicht definiert.`);
  }
  for (const id of resources.keys())
    if (!used.has(id)) problems.push(`Ressource "${id}" wird nirgends verwendet.`);
}

function checkUrls(root, resources, problems) {
  const source = descendants(root, "DefaultSettings")[0];
  const pageUrl = source && descendants(source, "SourceLocation")[0]?.getAttribute("DefaultValue");
  let origin = null;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    problems.push(`DefaultSettings/SourceLocation "${pageUrl}" ist keine gültige URL.`);
  }
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const node of descendants(root, name)) {
      const value = node.getAttribute("DefaultValue");
      if (value) urls.push([name, value]);
    }
  }
  for (const [id, { group, value, node }] of resources) {
    if (group !== "Images" && group !== "Urls") continue;
    urls.push([id, value]);
    // Locale overrides (the English functions metadata) must be on the same origin too.
    for (const child of elementChildren(node).filter((c) => c.localName === "Override"))
      urls.push([`${id} (${child.getAttribute("Locale")})`, child.getAttribute("Value")]);
  }
  for (const [name, value] of urls) {
    let url;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${name}: "${value}" ist keine gültige URL.`);
      continue;
    }
    if (url.protocol !== "https:") problems.push(`${name}: "${value}" ist nicht https.`);
    if (origin && url.origin !== origin) problems.push(`${name}: "${value}" liegt nicht auf ${origin}.`);
  }
  for (const domain of descendants(root, "AppDomain")) {
    problems.push(
      `AppDomain "${domain.textContent.trim()}" ist nicht nötig: alles liegt auf einem Ursprung.`,
    );
  }
  return origin;
}

function pngSize(file) {
  const data = fs.readFileSync(file);
  if (data.length < 24 || data.toString("ascii", 1, 4) !== "PNG") return null;
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

function checkIcons(resources, origin, baseDir, problems) {
  const images = [...resources.values()].filter((resource) => resource.group === "Images");
  for (const size of ICON_SIZES) {
    const image = images.find((resource) => resource.node.getAttribute("id").includes(`${size}x${size}`));
    if (!image) {
      problems.push(`Symbol ${size}x${size} fehlt in <bt:Images>.`);
      continue;
    }
    if (!origin || !image.value.startsWith(origin)) continue;
    const file = path.join(baseDir, decodeURIComponent(new URL(image.value).pathname));
    if (!fs.existsSync(file)) problems.push(`Symboldatei ${path.relative(baseDir, file)} fehlt.`);
    else {
      const actual = pngSize(file);
      if (!actual || actual[0] !== size || actual[1] !== size) {
        problems.push(`Symboldatei ${path.relative(baseDir, file)} ist nicht ${size}x${size} px.`);
      }
    }
  }
}

function checkSharedRuntime(root, resources, problems) {
  const sets = descendants(root, "Set").map((set) => set.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push("Requirements: Set SharedRuntime fehlt.");
  const runtimes = descendants(root, "Runtime");
  if (runtimes.length !== 1) problems.push(`Genau eine <Runtime> erwartet, gefunden: ${runtimes.length}.`);
  const runtime = runtimes[0];
  if (!runtime) return;
  if (runtime.getAttribute("lifetime") !== "long") problems.push('<Runtime> braucht lifetime="long".');
  const runtimeResid = runtime.getAttribute("resid");
  const cf = descendants(root, "ExtensionPoint").find((node) => xsiType(node) === "CustomFunctions");
  if (!cf) {
    problems.push("ExtensionPoint CustomFunctions fehlt.");
    return;
  }
  const pageResid = descendants(descendants(cf, "Page")[0] || cf, "SourceLocation")[0]?.getAttribute("resid");
  if (pageResid !== runtimeResid)
    problems.push("CustomFunctions/Page zeigt nicht auf die gemeinsame Runtime.");
  const functionFile = descendants(root, "FunctionFile")[0];
  if (functionFile && functionFile.getAttribute("resid") !== runtimeResid) {
    problems.push("FunctionFile zeigt nicht auf die gemeinsame Runtime.");
  }
  for (const action of descendants(root, "Action").filter((node) => xsiType(node) === "ShowTaskpane")) {
    const resid = descendants(action, "SourceLocation")[0]?.getAttribute("resid");
    if (resid !== runtimeResid) problems.push("ShowTaskpane-Aktion zeigt nicht auf die gemeinsame Runtime.");
  }
  const namespaceResid = descendants(cf, "Namespace")[0]?.getAttribute("resid");
  const namespace = resources.get(namespaceResid)?.value;
  if (namespace !== "KI") problems.push(`Namespace der Funktionen ist "${namespace}", erwartet "KI".`);
  for (const name of ["Script", "Metadata"]) {
    const resid = descendants(descendants(cf, name)[0] || cf, "SourceLocation")[0]?.getAttribute("resid");
    if (!resid) problems.push(`CustomFunctions/${name} fehlt.`);
    // English Excel gets the English descriptions (functions-en.json, scripts/functions-locale.js).
    const english =
      resid &&
      elementChildren(resources.get(resid)?.node || root).find(
        (child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US",
      );
    if (name === "Metadata" && resid && !/\/functions-en\.json$/.test(english?.getAttribute("Value") || ""))
      problems.push("CustomFunctions/Metadata: en-US-Override auf functions-en.json fehlt.");
  }
}

function checkLocales(root, resources, problems) {
  const locale = descendants(root, "DefaultLocale")[0]?.textContent.trim();
  if (locale !== "de-DE") problems.push(`DefaultLocale ist "${locale}", erwartet de-DE.`);
  const localized = elementChildren(root).filter((node) =>
    ["DisplayName", "Description"].includes(node.localName),
  );
  for (const [id, resource] of resources) {
    if (resource.group === "ShortStrings" || resource.group === "LongStrings") {
      if (id.endsWith("Namespace")) continue; // the namespace is the same in every language
      localized.push(resource.node);
    }
  }
  for (const node of localized) {
    const hasEnglish = elementChildren(node).some(
      (child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US",
    );
    const name = node.getAttribute("id") || node.localName;
    if (!hasEnglish) problems.push(`"${name}" hat keine en-US-Übersetzung.`);
  }
}

/** Returns a list of problems (German, one sentence each); empty when the manifest passes. */
function checkManifest(xml, baseDir = path.resolve(__dirname, "..")) {
  const { doc, errors } = parse(xml);
  if (errors.length > 0 || !doc || !doc.documentElement) return errors.length ? errors : ["Leeres Dokument."];
  const root = doc.documentElement;
  const problems = [];
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app)
    return ["Wurzelelement ist nicht <OfficeApp>."];
  if (xsiType(root) !== "TaskPaneApp") problems.push('OfficeApp braucht xsi:type="TaskPaneApp".');
  checkOrder(root, problems);
  const id = descendants(root, "Id")[0]?.textContent.trim() || "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push("<Id> ist keine GUID.");
  const version = descendants(root, "Version")[0]?.textContent.trim() || "";
  if (!/^\d+(\.\d+){0,3}$/.test(version)) problems.push(`<Version> "${version}" hat nicht die Form n.n.n.n.`);
  const hosts = elementChildren(descendants(root, "Hosts")[0] || root).map((host) =>
    host.getAttribute("Name"),
  );
  if (hosts.join() !== "Workbook")
    problems.push(`Hosts ist "${hosts.join()}", erwartet nur Workbook (Excel).`);
  const permissions = descendants(root, "Permissions")[0]?.textContent.trim();
  if (permissions !== "ReadWriteDocument")
    problems.push(`Permissions ist "${permissions}", erwartet ReadWriteDocument.`);
  const resources = collectResources(root, problems);
  checkResids(root, resources, problems);
  const origin = checkUrls(root, resources, problems);
  checkIcons(resources, origin, baseDir, problems);
  checkSharedRuntime(root, resources, problems);
  checkLocales(root, resources, problems);
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, "..", "manifest.xml"));
  const problems = checkManifest(fs.readFileSync(file, "utf8"), path.dirname(file));
  if (problems.length > 0) {
    console.error(`${path.basename(file)}: ${problems.length} Problem(e)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`${path.basename(file)}: offline checks passed`);
}
