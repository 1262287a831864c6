/** German UI texts (default language). Keys are English; en.ts must have exactly the same keys. */
export const de = {
  appTitle: "KI-Planer",
  appSubtitle: "Landesförderung der Kommunalen Integrationszentren NRW",
  loading: "KI-Planer wird geladen …",
  previewTitle: "Vorschau ohne Excel",
  previewBody:
    "Der Aufgabenbereich läuft außerhalb von Excel. Er zeigt Register, Regeln, Lücken, Szenarien und Vergleich, " +
    "berechnet mit dem Modell, nur zum Lesen. Zum Schreiben in Tabellenblätter öffnen Sie den KI-Planer in Excel.",
  needsExcel: "Schreiben in Tabellenblätter geht nur in Excel.",
  tabsLabel: "Ansichten",
  tabRegister: "Register",
  tabRules: "Regeln",
  tabGaps: "Lücken",
  tabScenarios: "Szenarien",
  tabComparison: "Vergleich",
  tabReconciliation: "Abgleich",
} as const;

export type Strings = { readonly [K in keyof typeof de]: string };
