/**
 * The KI.* custom functions: thin wrappers, one per Excel function. custom-functions-metadata-plugin
 * reads the JSDoc below (German, as Excel shows it in formula autocomplete) to generate
 * functions.json, and appends the CustomFunctions.associate(...) calls at build time.
 *
 * Conventions, and why:
 * - Parameters are `unknown` (metadata type "any"): Excel then passes cell values unconverted, so our
 *   coercion (coerce.ts), not Excel's, decides what "2016", TRUE or an empty cell mean, and every
 *   refusal carries a German message.
 * - Return types come from the `@returns {…}` tags and are not annotated in TypeScript: the functions
 *   return either the value or a CustomFunctions.Error, and the metadata generator accepts no union
 *   type there. Returning the error (rather than throwing it) keeps every call a plain value.
 * - All work happens in catalogue.ts; `excelCall` turns anything thrown into an Excel error value.
 * - kreis, jahr, stichtag (and feld of INFO) take a single value or a range ({any[][]}: a matrix
 *   parameter); broadcast.ts lays the call out over the ranges and returns the table, 1 × 1 for single
 *   values (docs/Funktionen-Bereiche.md). bestandteil and art stay single values: one table is one
 *   component.
 */
import { broadcast, kreisAndYear } from "./broadcast";
import { zentrumOf } from "./centreCard";
import { excelCall } from "./errors";
import {
  foerderungOf,
  infoOf,
  landesmittelOf,
  lueckenOf,
  registerOf,
  stellenOf,
  zentrenOf,
} from "./catalogue";
import { abweichungOf, ausgezahltOf, bewilligtOf } from "./ledger";

/**
 * Landesmittel für alle Kommunalen Integrationszentren in einem Kalenderjahr, in Euro (auf Cent gerundet).
 * @customfunction LANDESMITTEL LANDESMITTEL
 * @param jahr Kalenderjahr, z. B. 2016 (Zahl oder Text), oder ein Bereich von Jahren.
 * @param bestandteil Optional: gesamt (Vorgabe), kommunal, personal, lehrer oder ein anderer Bestandteil der Richtlinie des Jahres.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Betrag in Euro; bei Bereichen eine Tabelle.
 */
export function landesmittel(jahr: unknown[][], bestandteil?: unknown, szenario?: unknown[][]) {
  return broadcast([{ name: "jahr", value: jahr }], (y) => landesmittelOf(y, bestandteil, szenario));
}

/**
 * Landesmittel für das KI eines Kreises oder einer kreisfreien Stadt in einem Jahr, in Euro; 0 ohne KI in diesem Jahr.
 * @customfunction FOERDERUNG FOERDERUNG
 * @param kreis Kreis oder kreisfreie Stadt: Name („Kreis Düren“) oder Schlüssel („05358“, 5358); auch ein Bereich.
 * @param jahr Kalenderjahr, z. B. 2016, oder ein Bereich von Jahren (Spalte × Zeile ergibt eine Tabelle).
 * @param bestandteil Optional: gesamt (Vorgabe), kommunal, personal, lehrer oder ein anderer Bestandteil der Richtlinie des Jahres.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Betrag in Euro; bei Bereichen eine Tabelle.
 */
export function foerderung(
  kreis: unknown[][],
  jahr: unknown[][],
  bestandteil?: unknown,
  szenario?: unknown[][],
) {
  return broadcast(kreisAndYear(kreis, jahr), (k, y) => foerderungOf(k, y, bestandteil, szenario));
}

/**
 * Stellen des KI eines Kreises oder einer kreisfreien Stadt am 31.12. eines Jahres; 0 ohne KI.
 * @customfunction STELLEN STELLEN
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel; auch ein Bereich.
 * @param jahr Optional: Kalenderjahr oder ein Bereich von Jahren; Vorgabe ist das laufende Jahr.
 * @param art Optional: gesamt (Vorgabe), kommunal oder lehrer.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Anzahl der Stellen; bei Bereichen eine Tabelle.
 */
export function stellen(kreis: unknown[][], jahr?: unknown[][], art?: unknown, szenario?: unknown[][]) {
  return broadcast(
    [
      { name: "kreis", value: kreis },
      { name: "jahr", value: jahr },
    ],
    (k, y) => stellenOf(k, y, art, szenario),
  );
}

/**
 * Anzahl der Kreise und kreisfreien Städte mit einem arbeitenden KI an einem Stichtag (von 54).
 * @customfunction ZENTREN ZENTREN
 * @param stichtag Datum, oder ein Jahr von 1900 bis 2999 für den 31.12. dieses Jahres; auch ein Bereich.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Anzahl; bei Bereichen eine Tabelle.
 */
export function zentren(stichtag: unknown[][], szenario?: unknown[][]) {
  return broadcast([{ name: "stichtag", value: stichtag }], (d) => zentrenOf(d, szenario));
}

/**
 * Kreise und kreisfreie Städte ohne arbeitendes KI am Stichtag (Schlüssel, Name, Art); #NV „keine Lücken“, wenn alle eines haben.
 * @customfunction LUECKEN LUECKEN
 * @param stichtag Optional: Datum oder Jahr (31.12.); Vorgabe ist heute.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Tabelle ohne Kopfzeile.
 */
export function luecken(stichtag?: unknown, szenario?: unknown[][]) {
  return excelCall(() => lueckenOf(stichtag, szenario));
}

/**
 * Verzeichnis aller KI am Stichtag mit Kopfzeile: Schlüssel … Start (Eröffnung), Status, Stellen, Quelle … Förderbeginn.
 * @customfunction REGISTERTABELLE REGISTERTABELLE
 * @param stichtag Optional: Datum oder Jahr (31.12.); Vorgabe ist heute.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Tabelle mit Kopfzeile.
 */
export function register(stichtag?: unknown, szenario?: unknown[][]) {
  return excelCall(() => registerOf(stichtag, szenario));
}

/**
 * Ein Feld aus dem Verzeichnis eines Kreises oder einer kreisfreien Stadt.
 * @customfunction INFO INFO
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel; auch ein Bereich.
 * @param feld Feld, z. B. name, art, start, status, quelle, eroeffnung, foerderbeginn, hinweis (alle im Handbuch); auch ein Bereich.
 * @returns {any[][]} Text, bei start, eroeffnung und foerderbeginn ein Datum; bei Bereichen eine Tabelle.
 */
export function info(kreis: unknown[][], feld: unknown[][]) {
  return broadcast(
    [
      { name: "kreis", value: kreis },
      { name: "feld", value: feld },
    ],
    (k, f) => infoOf(k, f),
  );
}

/**
 * Das KI eines Kreises oder einer kreisfreien Stadt als Karte (Datentyp): Felder wie =A2.Förderung; sonst der Name.
 * @customfunction ZENTRUM ZENTRUM
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel.
 * @param stichtag Optional: Datum oder Jahr (31.12.); Vorgabe ist heute.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any} Karte mit Eröffnung, Förderbeginn, Status, Stellen, Förderung des Jahres und Quellen; Text ohne Datentypen.
 */
export function zentrum(kreis: unknown, stichtag?: unknown, szenario?: unknown[][]) {
  return excelCall(() => zentrumOf(kreis, stichtag, szenario));
}

/**
 * Bewilligter Betrag für einen Kreis oder eine kreisfreie Stadt in einem Jahr, aus der Tabelle KI-Bescheide, in Euro.
 * @customfunction BEWILLIGT BEWILLIGT
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel; auch ein Bereich.
 * @param jahr Jahr, für das bewilligt wurde, z. B. 2024; auch ein Bereich.
 * @param bescheide Bereich der Tabelle KI-Bescheide mit Kopfzeile, z. B. KI_Bescheide[#Alle].
 * @param bestandteil Optional: gesamt (Vorgabe) oder ein Bestandteil der Richtlinie des Jahres, z. B. personal.
 * @returns {any[][]} Betrag in Euro; bei Bereichen eine Tabelle.
 */
export function bewilligt(
  kreis: unknown[][],
  jahr: unknown[][],
  bescheide: unknown[][],
  bestandteil?: unknown,
) {
  return broadcast(kreisAndYear(kreis, jahr), (k, y) => bewilligtOf(k, y, bescheide, bestandteil));
}

/**
 * Ausgezahlter Betrag an einen Kreis oder eine kreisfreie Stadt im Kalenderjahr (Kassensicht), Rückzahlungen abgezogen, in Euro.
 * @customfunction AUSGEZAHLT AUSGEZAHLT
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel; auch ein Bereich.
 * @param jahr Kalenderjahr der Zahlungen, z. B. 2024; auch ein Bereich.
 * @param zahlungen Bereich der Tabelle KI-Zahlungen mit Kopfzeile, z. B. KI_Zahlungen[#Alle].
 * @returns {any[][]} Betrag in Euro; bei Bereichen eine Tabelle.
 */
export function ausgezahlt(kreis: unknown[][], jahr: unknown[][], zahlungen: unknown[][]) {
  return broadcast(kreisAndYear(kreis, jahr), (k, y) => ausgezahltOf(k, y, zahlungen));
}

/**
 * Bewilligt minus Modellbetrag (ohne Lehrerstellen) für einen Kreis, ein Jahr und einen Bestandteil, in Euro.
 * @customfunction ABWEICHUNG ABWEICHUNG
 * @param kreis Kreis oder kreisfreie Stadt: Name oder Schlüssel; auch ein Bereich.
 * @param jahr Jahr, z. B. 2024; auch ein Bereich.
 * @param bescheide Bereich der Tabelle KI-Bescheide mit Kopfzeile, z. B. KI_Bescheide[#Alle].
 * @param bestandteil Optional: gesamt (Vorgabe) oder ein Bestandteil der Richtlinie des Jahres.
 * @param szenario Optional: Bereich mit der Szenario-Tabelle (Parameter | Wert).
 * @returns {any[][]} Betrag in Euro, positiv bei mehr Bewilligtem als im Modell; bei Bereichen eine Tabelle.
 */
export function abweichung(
  kreis: unknown[][],
  jahr: unknown[][],
  bescheide: unknown[][],
  bestandteil?: unknown,
  szenario?: unknown[][],
) {
  return broadcast(kreisAndYear(kreis, jahr), (k, y) => abweichungOf(k, y, bescheide, bestandteil, szenario));
}
