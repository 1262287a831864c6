/**
 * Loads Microsoft's own Excel client library (the host-specific files shipped in
 * `@microsoft/office-js/dist/`) into a fresh `vm` context, without the office.js bootstrap. What comes
 * back are the real `Excel` / `OfficeExtension` objects: proxies, load/sync bookkeeping, request
 * serialisation and result handling are Microsoft's code, not ours. The in-process host (session.ts)
 * only answers the serialized requests.
 *
 * The version is pinned in package.json; the library's internals used by the host (the session hook,
 * see session.ts) are not public API, so a new version must pass these tests before it is taken.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** The two libraries the Excel-layer tests run on: Excel for Windows and Excel on the web. */
export const OFFICE_LIBRARIES = {
  win32: "excel-win32-16.01.js",
  web: "excel-web-16.00.js",
} as const;
export type OfficeLibraryName = keyof typeof OFFICE_LIBRARIES;

export interface OfficeLibrary {
  name: OfficeLibraryName;
  file: string;
  version: string;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

const packageDir = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const cache = new Map<OfficeLibraryName, OfficeLibrary>();

/** The library chosen for this test run (jest project `excel-win32` or `excel-web`), default win32. */
export function currentLibraryName(): OfficeLibraryName {
  // Set per jest project (jest.config.js `globals`); an environment variable works for single runs.
  const fromJest = (globalThis as { KI_OFFICE_LIBRARY?: string }).KI_OFFICE_LIBRARY;
  const chosen = fromJest ?? process.env.KI_OFFICE_LIBRARY ?? "win32";
  if (chosen !== "win32" && chosen !== "web") {
    throw new Error(`KI_OFFICE_LIBRARY must be "win32" or "web", not "${chosen}"`);
  }
  return chosen;
}

/** Loads (once per process) one of Microsoft's libraries; throws when the pinned file is missing. */
export function loadOfficeLibrary(name: OfficeLibraryName = currentLibraryName()): OfficeLibrary {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const file = path.join(packageDir, "dist", OFFICE_LIBRARIES[name]);
  if (!fs.existsSync(file)) {
    throw new Error(`Microsoft's Excel library ${file} is missing: install the pinned @microsoft/office-js`);
  }
  const version = (
    JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }
  ).version;
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    navigator: { userAgent: "node", language: "de-DE" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  const lib: OfficeLibrary = {
    name,
    file: OFFICE_LIBRARIES[name],
    version,
    Excel: sandbox.Excel as typeof Excel,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
  };
  if (typeof lib.Excel?.run !== "function") throw new Error(`${file} did not define Excel.run`);
  cache.set(name, lib);
  return lib;
}
