/**
 * The one glossary: German term (as users see it) -> code name. Keep names consistent with it.
 */
export interface GlossaryEntry {
  de: string;
  code: string;
  note: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    de: "Kommunales Integrationszentrum (KI)",
    code: "Centre",
    note: "Ein Zentrum eines Kreises bzw. einer kreisfreien Stadt.",
  },
  {
    de: "Kreis / kreisfreie Stadt (Gebietskörperschaft)",
    code: "Entity, EntityKind",
    note: "54 Einträge; Städteregion zählt als Kreis.",
  },
  { de: "Kreisschlüssel", code: "Entity.key", note: "5-stellig; Stadt Aachen 05334002." },
  { de: "Regierungsbezirk", code: "Entity.bezirk", note: "Aus der 3. Ziffer des Schlüssels." },
  {
    de: "Förderrichtlinie, Fassung",
    code: "RuleVersion",
    note: "Gültig von/bis, für Typen von Gebietskörperschaften.",
  },
  {
    de: "Förderkomponente",
    code: "RuleComponent",
    note: "personal, zusatzstellen, fachkraft, verwaltung, lehrer, sachkosten.",
  },
  { de: "Festbetrag", code: "RuleComponent.amountPerCentre", note: "Betrag je KI und Jahr." },
  { de: "Betrag je Stelle", code: "RuleComponent.amountPerPost", note: "" },
  { de: "Stellen (kommunal / Lehrer)", code: "posts, PostKind, stellen()", note: "Stand 31.12. des Jahres." },
  {
    de: "Zuwendungsgeber (Integrationsministerium, Schulministerium)",
    code: "RuleComponent.payer",
    note: "",
  },
  {
    de: "Landesmittel",
    code: "landesmittel(), FundingYear.totals",
    note: "Summe der gerundeten Beträge aller KI.",
  },
  { de: "Förderung (je Kreis/Stadt)", code: "foerderung(), FundingYear.byEntity", note: "" },
  { de: "gesamt", code: "TOTAL_COMPONENT", note: "Summe der gerundeten Komponenten." },
  {
    de: "Zwölftel-Regelung, Monatsberechnung",
    code: "ProRataBasis, countedMonths()",
    note: "ab Startmonat / ab Folgemonat / ganzes Jahr.",
  },
  { de: "Szenario, Annahme", code: "Scenario", note: "Benannte Annahmen, die Vorgaben überschreiben." },
  { de: "Steigerung pro Jahr, Basisjahr", code: "Scenario.increaseRate, increaseBaseYear", note: "" },
  {
    de: "Kosten (Fachkraft, Verwaltung, Lehrer, Sachkosten)",
    code: "kosten(), costYear(), CostKind",
    note: "Nach den Durchschnittskosten im Szenario, entlang der Tarifrunden.",
  },
  {
    de: "kommunaler Eigenanteil",
    code: "eigenanteil(), MunicipalShare",
    note: "Kommunale Kosten minus Förderung des Integrationsministeriums.",
  },
  {
    de: "Tarifrunde, Tarifschritt (TVöD, TV-L / Besoldung NRW)",
    code: "PAY_STEPS, PayStep, PaySeries",
    note: "Sockelbetrag, Prozentsatz, Mindestbetrag.",
  },
  {
    de: "Durchschnittskosten, Bezugsjahr",
    code: "Scenario.costPerSpecialistPost …, costReferenceYear",
    note: "Stand 1. Januar des Bezugsjahres.",
  },
  { de: "Lücke (kein KI)", code: "gapsAt()", note: "Kreis/Stadt ohne arbeitendes KI an einem Tag." },
  { de: "Datenlücke", code: "dataGaps(), DataGap", note: "Annahmen, Widersprüche, Zeiträume ohne Regel." },
  { de: "Abgleich", code: "reconcile(), ReconciliationRow", note: "Gemeldete Zahl gegen Modellzahl." },
  { de: "gemeldete Zahl", code: "ReportedFigure", note: "" },
  { de: "Quelle", code: "SourceRef, SOURCES", note: "seed:000–004, web:…" },
  { de: "Status: belegt / angenommen / widersprüchlich", code: "Status", note: "" },
  { de: "Verzeichnis (Stand an einem Tag)", code: "registryAt(), RegistryRow", note: "" },
  { de: "Fehlerarten: nicht gefunden / mehrdeutig / keine Regel / ungültig", code: "KiError.code", note: "" },
];
