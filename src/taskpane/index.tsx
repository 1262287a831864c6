/**
 * Entry of the pane bundle. Office.onReady tells whether we run inside Excel; host.ts turns that
 * into the pane's mode, language and what this Excel can do (custom functions or not). Scenarios live in the workbook in Excel and in the browser's
 * storage in preview.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createPreviewStore } from "./data/previewScenarios";
import { excelScenarioStore } from "./data/scenarioStore";
import { capabilitiesOf, languageTagOf, paneModeOf, stopPreviewTelemetry } from "./host";
import { languageOf } from "./i18n";

/** localStorage, or null where the browser refuses it (reading the property itself can throw). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  const mode = paneModeOf(info);
  if (mode === "preview") stopPreviewTelemetry();
  const language = languageOf(languageTagOf(mode));
  document.documentElement.lang = language;
  const preview = mode === "preview" ? createPreviewStore(browserStorage()) : null;
  createRoot(container).render(
    <App
      mode={mode}
      language={language}
      store={preview ? preview.store : excelScenarioStore}
      notices={preview ? preview.notices : []}
      capabilities={capabilitiesOf(mode)}
    />,
  );
});
