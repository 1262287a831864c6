/**
 * The cost-side custom functions, KI.KOSTEN and KI.EIGENANTEIL: thin wrappers like functions.ts
 * (same conventions: `unknown` parameters, results from the `@returns` tags, excelCall around the
 * body). A file of their own, listed beside functions.ts as input of custom-functions-metadata-plugin
 * in webpack.config.js, which generates their metadata and appends their associate calls here.
 */
import { excelCall } from "./errors";
import { eigenanteilOf, kostenOf } from "./costCatalogue";

/**
 * Kosten der KI eines Kreises oder einer kreisfreien Stadt in einem Jahr, in Euro, nach den Durchschnittskosten im Szenario.
 * @customfunction KOSTEN KOSTEN
 * @param kreis Kreis oder kreisfreie Stadt: Name („Kreis Düren“, „Düren“) oder Schlüssel („05358“, 5358).
 * @param jahr Kalenderjahr, z. B. 2026 (ab dem Bezugsjahr der Durchschnittskosten).
 * @param art Optional: gesamt (Vorgabe), kommunal, fachkraft, verwaltung, lehrer oder sachkosten.
 * @param szenario Optional: Szenario-Tabelle (Parameter | Wert) mit den Durchschnittskosten; ohne sie #WERT! mit Hinweis.
 * @returns {number} Betrag in Euro.
 */
export function kosten(kreis: unknown, jahr: unknown, art?: unknown, szenario?: unknown[][]) {
  return excelCall(() => kostenOf(kreis, jahr, art, szenario));
}

/**
 * Kommunaler Eigenanteil in Euro: Kosten der kommunalen Stellen und Sachkosten minus Landesförderung dafür.
 * @customfunction EIGENANTEIL EIGENANTEIL
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel.
 * @param jahr Kalenderjahr, z. B. 2026.
 * @param szenario Optional: Szenario-Tabelle (Parameter | Wert) mit Durchschnittskosten und tatsächlichen Sachkosten.
 * @returns {number} Betrag in Euro (negativ, wenn die Förderung die Kosten übersteigt).
 */
export function eigenanteil(kreis: unknown, jahr: unknown, szenario?: unknown[][]) {
  return excelCall(() => eigenanteilOf(kreis, jahr, szenario));
}
