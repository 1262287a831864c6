/**
 * The columns of the three Vollzug tables: German headers as the pane writes them, and how a header
 * row is read. Headers are found by name (case, spaces, umlauts and punctuation ignored, so
 * "Bescheid-Nr." = "Bescheid Nr" = "bescheidnr"); columns of the user's own between them are fine.
 */
import { KiError } from "../errors";
import { compact } from "../text";
import type { LedgerTableId } from "./types";

export interface LedgerColumn {
  id: string;
  /** Header as the pane writes it. */
  header: string;
  /** Other spellings accepted, compacted (see text.ts compact). */
  aliases?: string[];
  /** The header must be present (else the whole table is refused). */
  required: boolean;
}

export interface LedgerTableSpec {
  id: LedgerTableId;
  /** Sheet and table name the pane creates; "KI-Bescheide" is also how messages name the table. */
  sheet: string;
  table: string;
  columns: readonly LedgerColumn[];
}

export const BESCHEIDE: LedgerTableSpec = {
  id: "bescheide",
  sheet: "KI-Bescheide",
  table: "KI_Bescheide",
  columns: [
    { id: "kreis", header: "Kreis", aliases: ["kreisstadt", "schluessel"], required: true },
    { id: "jahr", header: "Jahr", required: true },
    { id: "nummer", header: "Bescheid-Nr.", aliases: ["bescheidnummer", "aktenzeichen"], required: true },
    { id: "datum", header: "Datum", aliases: ["bescheiddatum"], required: true },
    { id: "bestandteil", header: "Bestandteil", required: true },
    { id: "betrag", header: "Betrag", required: true },
    { id: "bemerkung", header: "Bemerkung", required: false },
  ],
};

export const ZAHLUNGEN: LedgerTableSpec = {
  id: "zahlungen",
  sheet: "KI-Zahlungen",
  table: "KI_Zahlungen",
  columns: [
    { id: "kreis", header: "Kreis", aliases: ["kreisstadt", "schluessel"], required: true },
    { id: "datum", header: "Datum", aliases: ["zahlungsdatum"], required: true },
    { id: "betrag", header: "Betrag", required: true },
    { id: "nummer", header: "Bescheid-Nr.", aliases: ["bescheidnummer", "aktenzeichen"], required: true },
    { id: "art", header: "Art", aliases: ["zahlungsart"], required: true },
  ],
};

export const NACHWEISE: LedgerTableSpec = {
  id: "nachweise",
  sheet: "KI-Nachweise",
  table: "KI_Nachweise",
  columns: [
    { id: "kreis", header: "Kreis", aliases: ["kreisstadt", "schluessel"], required: true },
    { id: "jahr", header: "Jahr", required: true },
    { id: "faellig", header: "fällig am", aliases: ["faellig"], required: true },
    { id: "eingegangen", header: "eingegangen am", aliases: ["eingegangen"], required: true },
    { id: "geprueft", header: "geprüft am", aliases: ["geprueft"], required: true },
    { id: "anerkannt", header: "anerkannter Betrag", aliases: ["anerkannt"], required: true },
    { id: "rueckforderung", header: "Rückforderung", required: true },
    { id: "bemerkung", header: "Bemerkung", required: false },
  ],
};

export const LEDGER_TABLES: readonly LedgerTableSpec[] = [BESCHEIDE, ZAHLUNGEN, NACHWEISE];

/** Column id -> index in the header row. */
export type ColumnIndex = Record<string, number | undefined>;

function headerText(cell: unknown): string {
  return cell === null || cell === undefined ? "" : compact(String(cell));
}

/**
 * Finds each column of `spec` in `header` by name. A missing required column or a column found twice
 * refuses the table (KiError "ungueltig"): guessing which of two "Betrag" columns is meant would be a
 * silent wrong number.
 */
export function locateColumns(spec: LedgerTableSpec, header: readonly unknown[]): ColumnIndex {
  const found: ColumnIndex = {};
  const missing: string[] = [];
  for (const column of spec.columns) {
    const names = new Set([compact(column.header), ...(column.aliases ?? [])]);
    const hits = header.flatMap((cell, i) => (names.has(headerText(cell)) ? [i] : []));
    if (hits.length > 1) {
      throw new KiError(
        "ungueltig",
        `Tabelle ${spec.sheet}: die Spalte „${column.header}“ kommt ${hits.length}-mal vor ` +
          `(Spalten ${hits.map((i) => i + 1).join(", ")}); bitte nur eine so benennen.`,
      );
    }
    if (hits.length === 1) found[column.id] = hits[0];
    else if (column.required) missing.push(`„${column.header}“`);
  }
  if (missing.length > 0) {
    const shown = header
      .map((cell) => (cell === null || cell === undefined ? "" : String(cell).trim()))
      .filter((text) => text.length > 0)
      .slice(0, 12)
      .map((text) => `„${text.length > 30 ? `${text.slice(0, 30)}…` : text}“`);
    throw new KiError(
      "ungueltig",
      `Tabelle ${spec.sheet}: ${missing.length === 1 ? "die Spalte" : "die Spalten"} ${missing.join(", ")} ` +
        `${missing.length === 1 ? "fehlt" : "fehlen"} in der Kopfzeile (gefunden: ${shown.join(", ") || "nichts"}). ` +
        `Bitte den Bereich mit Kopfzeile angeben, z. B. ${spec.table}[#Alle].`,
    );
  }
  return found;
}
