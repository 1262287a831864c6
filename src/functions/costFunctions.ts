/**
 * The cost-side custom functions, KI.KOSTEN and KI.EIGENANTEIL: thin wrappers like functions.ts
 * (same conventions: `unknown` parameters, results from the `@returns` tags, excelCall around the
 * body; kreis and jahr spread over ranges, broadcast.ts). A file of their own, listed beside functions.ts as input of custom-functions-metadata-plugin
 * in webpack.config.js, which generates their metadata and appends their associate calls here.
 */
import { broadcast, kreisAndYear } from "./broadcast";
import { eigenanteilOf, kostenOf } from "./costCatalogue";

/**
 * Kosten der KI eines Kreises oder einer kreisfreien Stadt in einem Jahr, in Euro, nach den Durchschnittskosten im Szenario.
 * @customfunction KOSTEN KOSTEN
 * @param kreis Kreis oder kreisfreie Stadt: Name („Kreis Düren“) oder Schlüssel („05358“, 5358); auch ein Bereich.
 * @param jahr Kalenderjahr, z. B. 2026 (ab dem Bezugsjahr der Durchschnittskosten); auch ein Bereich.
 * @param art Optional: gesamt (Vorgabe), kommunal, fachkraft, verwaltung, lehrer oder sachkosten.
 * @param szenario Optional: Szenario-Tabelle (Parameter | Wert) mit den Durchschnittskosten; ohne sie #WERT! mit Hinweis.
 * @returns {any[][]} Betrag in Euro; bei Bereichen eine Tabelle.
 */
export function kosten(kreis: unknown[][], jahr: unknown[][], art?: unknown, szenario?: unknown[][]) {
  return broadcast(kreisAndYear(kreis, jahr), (k, y) => kostenOf(k, y, art, szenario));
}

/**
 * Kommunaler Eigenanteil in Euro: Kosten der kommunalen Stellen und Sachkosten minus Landesförderung dafür.
 * @customfunction EIGENANTEIL EIGENANTEIL
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel; auch ein Bereich.
 * @param jahr Kalenderjahr, z. B. 2026; auch ein Bereich.
 * @param szenario Optional: Szenario-Tabelle (Parameter | Wert) mit Durchschnittskosten und tatsächlichen Sachkosten.
 * @returns {any[][]} Betrag in Euro (negativ, wenn die Förderung die Kosten übersteigt); bei Bereichen eine Tabelle.
 */
export function eigenanteil(kreis: unknown[][], jahr: unknown[][], szenario?: unknown[][]) {
  return broadcast(kreisAndYear(kreis, jahr), (k, y) => eigenanteilOf(k, y, szenario));
}
