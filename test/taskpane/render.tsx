/** Renders the whole pane for component tests, in a chosen mode and language, with a scenario store. */
import { act, render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { StartupNotice } from "../../src/taskpane/components/StartupNotices";
import { createPreviewStore, type KeyValueStorage } from "../../src/taskpane/data/previewScenarios";
import type { ScenarioStore } from "../../src/taskpane/data/scenarioStore";
import type { PaneMode } from "../../src/taskpane/host";
import type { Language } from "../../src/taskpane/i18n";

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
  options: { mode?: PaneMode; language?: Language; store?: ScenarioStore; notices?: StartupNotice[] } = {},
): Promise<RenderResult> {
  const mode = options.mode ?? "preview";
  const store = options.store ?? createPreviewStore(memoryStorage()).store;
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <App mode={mode} language={options.language ?? "de"} store={store} notices={options.notices} />,
    );
  });
  return result!;
}
