/**
 * Pane start: from navigation start to the first interactive view of the pane (outside Excel, i.e.
 * its preview mode), in headless Chromium with a fresh profile each run (cold cache), median of
 * several runs. "Interactive": the tabs are rendered and enabled and the first tab panel has content.
 * Requests to any other origin are aborted and counted; the pane should make none.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, isLocal, serveStatic } from "../../test/browser/harness";
import { median, type Report } from "./report";

const RUNS = 7;

export async function measurePaneStart(dist: string, report: Report): Promise<void> {
  // The bench serves its own production build with the local office.js (copied into office-js/, as
  // `npm run build:preview` does), so it never replaces dist/ under a browser test running at the same time.
  const server = await serveStatic([["/", dist]]);
  const times: number[] = [];
  const foreign: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ki-planer-bench-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: findChromium(),
        headless: true,
        locale: "de-DE",
        viewport: { width: 420, height: 900 },
        args: CHROMIUM_ARGS,
      });
      try {
        await context.route("**/*", (route) => {
          if (isLocal(route.request().url())) return route.continue();
          foreign.push(route.request().url());
          return route.abort();
        });
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
        // performance.now() counts from navigation start; polled every animation frame.
        const handle = await page.waitForFunction(
          () => {
            const tab = document.querySelector('[role="tab"]');
            const panel = document.querySelector('[role="tabpanel"]');
            const ready =
              tab !== null && !tab.hasAttribute("disabled") && panel !== null && panel.childElementCount > 0;
            return ready ? performance.now() : 0;
          },
          undefined,
          { polling: "raf", timeout: 30000 },
        );
        times.push((await handle.jsonValue()) as number);
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  report.add({
    section: "pane",
    name: "navigation to interactive (median)",
    value: Math.round(median(times)),
    unit: "ms",
    note:
      `${RUNS} cold runs, min ${Math.round(Math.min(...times))} / max ${Math.round(Math.max(...times))} ms` +
      `; requests to other origins: ${foreign.length}`,
  });
}
