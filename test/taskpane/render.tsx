/** Renders the whole pane for component tests, in a chosen mode and language, with a scenario store. */
import { act, configure, render, screen, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { StartupNotice } from "../../src/taskpane/components/StartupNotices";
import { createPreviewStore, type KeyValueStorage } from "../../src/taskpane/data/previewScenarios";
import { excelScenarioStore, type ScenarioStore } from "../../src/taskpane/data/scenarioStore";
import type { Capabilities, PaneMode } from "../../src/taskpane/host";
import type { Language } from "../../src/taskpane/i18n";
import { preloadViews } from "../../src/taskpane/views";

// Fluent under jsdom is slow when the suites run in parallel (a dialog can take over a second to
// appear); the default 1 s wait of findBy/waitFor made such tests flaky.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30000);

/** A Storage stand-in kept in a Map, so tests see exactly what the pane saved. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

/** Renders and lets the start-up reads (scenarios, stored state) settle, as a user would see it. */
export async function renderPane(
  options: {
    mode?: PaneMode;
    language?: Language;
    store?: ScenarioStore;
    notices?: StartupNotice[];
    capabilities?: Capabilities;
  } = {},
): Promise<RenderResult> {
  const mode = options.mode ?? "preview";
  const store =
    options.store ?? (mode === "excel" ? excelScenarioStore : createPreviewStore(memoryStorage()).store);
  // The views other than Register load on demand in the pane (views/index.tsx); loaded ahead here so
  // a test can use a view right after opening its tab. The browser tests cover the on-demand path.
  await preloadViews();
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <App
        mode={mode}
        language={options.language ?? "de"}
        store={store}
        notices={options.notices}
        capabilities={options.capabilities}
      />,
    );
  });
  return result!;
}

/**
 * A dialog by its title. Under jsdom, Fluent's focus manager (tabster) sometimes leaves a dialog
 * marked aria-hidden when it opens (not in Chromium, where the browser tests use the dialogs by their
 * accessible names), and hidden elements lose their accessible name in Testing Library; so the
 * dialog is found through its title, and controls inside it are queried with { hidden: true }.
 */
export async function findDialog(title: string | RegExp): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: "h2" });
  const dialog = heading.closest<HTMLElement>("[role='dialog'], [role='alertdialog']");
  if (!dialog) throw new Error(`"${String(title)}" is not the title of a dialog`);
  return dialog;
}

/** Option for queries inside a dialog; see findDialog. */
export const inDialog = { hidden: true } as const;
