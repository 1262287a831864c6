/**
 * Browser test harness: serves the built add-in (dist/) and office.js from node_modules on 127.0.0.1,
 * opens it in a real Chromium driven by playwright-core, and records every page error, console error
 * and request to a non-local address. Tests call `expectClean()` so any of those fails the test.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const SCREENSHOT_DIR = path.join(ROOT, "test-output/screenshots");

const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
];

/** The Chromium or Chrome to drive: $CHROMIUM_PATH, else the usual install places. Throws if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = fs.existsSync): string {
  const configured = env.CHROMIUM_PATH || env.CHROME_PATH;
  if (configured) {
    if (exists(configured)) return configured;
    throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`);
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => exists(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium or Chrome found for the browser tests. Install one, e.g. on Debian/Ubuntu " +
      "`sudo apt-get install -y chromium`, on Windows/Mac Google Chrome, or set CHROMIUM_PATH to its executable.",
  );
}

/** Headless, and nothing that talks to the network on its own (the machines here have none). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
  ".css": "text/css",
};

/** A static file server on 127.0.0.1; `mounts` map URL prefixes ("/office-js/", "/") to folders. */
export async function serveStatic(
  mounts: Array<[prefix: string, folder: string]>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url || "/", "http://127.0.0.1").pathname);
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    const base = mount && path.resolve(mount[1]);
    const file = mount && base ? path.resolve(base, pathname.slice(mount[0].length)) : "";
    if (!base || !file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** dist/ with /office-js/ mapped to node_modules, as the dev server does. */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const page = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(page)) {
    throw new Error("dist/taskpane.html is missing: run `npm run build:preview` before the browser tests.");
  }
  // The production build (`npm run build`) loads office.js from Microsoft's CDN, which these tests,
  // offline and refusing every outside request, cannot load: say so instead of failing on the request.
  if (fs.readFileSync(page, "utf8").includes("appsforoffice.microsoft.com")) {
    throw new Error(
      "dist/ holds the production build (office.js from Microsoft's CDN): run `npm run build:preview` " +
        "(local office.js) before the browser tests.",
    );
  }
  return serveStatic([
    ["/office-js/", OFFICE_JS],
    ["/", DIST],
  ]);
}

export interface PaneSession {
  page: Page;
  context: BrowserContext;
  /** Page errors, console errors and non-local requests seen so far. */
  problems: string[];
  /** Fails the calling test if anything went wrong in the page. */
  expectClean: () => void;
  close: () => Promise<void>;
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

/** Opens `url` in a fresh headless Chromium profile. `locale` sets navigator.language (de-DE, en-US). */
export async function openPage(url: string, options: { locale?: string } = {}): Promise<PaneSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ki-planer-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    locale: options.locale ?? "de-DE",
    viewport: { width: 420, height: 900 },
    args: CHROMIUM_ARGS,
  });
  const problems: string[] = [];
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (isLocal(requested)) return route.continue();
    problems.push(`request to a non-local address: ${requested}`);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  return {
    page,
    context,
    problems,
    expectClean: () => expect(problems).toEqual([]),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a screenshot of the page under test-output/screenshots/<name>.png: the whole page by default,
 * or only the viewport with `{ fullPage: false }` (long tables make unreadable full-page images).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
