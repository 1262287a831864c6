/**
 * Entry of the pane bundle. Office.onReady tells whether we run inside Excel; host.ts turns that
 * into the pane's mode and language, and the App renders accordingly.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageTagOf, paneModeOf } from "./host";
import { languageOf } from "./i18n";
import { VIEWS } from "./views";

Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  const mode = paneModeOf(info);
  const language = languageOf(languageTagOf(mode));
  document.documentElement.lang = language;
  createRoot(container).render(<App mode={mode} language={language} views={VIEWS} />);
});
