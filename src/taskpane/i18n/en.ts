/** English UI texts, used when Office (or the browser in preview) runs in English. */
import type { Strings } from "./de";

export const en: Strings = {
  appTitle: "KI-Planer",
  appSubtitle: "State funding of the Kommunale Integrationszentren in NRW",
  loading: "Loading KI-Planer …",
  previewTitle: "Preview without Excel",
  previewBody:
    "The pane is running outside Excel. It shows the register, rules, gaps, scenarios and comparison computed by " +
    "the model, read-only. To write to worksheets, open KI-Planer in Excel.",
  needsExcel: "Writing to worksheets works only in Excel.",
  tabsLabel: "Views",
  tabRegister: "Register",
  tabRules: "Rules",
  tabGaps: "Gaps",
  tabScenarios: "Scenarios",
  tabComparison: "Comparison",
  tabReconciliation: "Reconciliation",
};
