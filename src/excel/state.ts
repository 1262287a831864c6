/**
 * The add-in's memory of what it wrote, stored in the workbook settings as versioned JSON, one
 * setting per table (so damage to one does not cost the others). Pure: parsing, recovery, serialising.
 *
 * Why settings and not a hidden sheet: settings travel with the workbook, are invisible to users and
 * to formulas, cannot be edited by accident, and are read in the same sync as the table. The memory
 * is only a cache of what the add-in wrote: the workbook's cells stay the truth, and scenarios live
 * only in sheets. Losing the memory therefore loses no user data; the add-in then treats every
 * non-empty cell that differs from its new value as a possible user edit and asks.
 */
import type { CellValue, TableMemory } from "./merge";
import type { ActionNotice } from "./types";

/** Current format. Version 1 (first drafts) had no `declined` map and no timestamp. */
export const STATE_VERSION = 2;

export const TABLE_STATE_PREFIX = "KI-Planer.Tabelle.";
export const PANE_SETTINGS_KEY = "KI-Planer.Einstellungen";
/** Where an unreadable setting is copied before it is replaced, so nothing is destroyed. */
export const DAMAGED_PREFIX = "KI-Planer.Beschaedigt.";

export function tableStateKey(table: string): string {
  return TABLE_STATE_PREFIX + table;
}

export interface LoadedMemory {
  /** null = nothing usable remembered. */
  memory: TableMemory | null;
  notices: ActionNotice[];
  /** True when the stored text could not be read at all (it is kept under DAMAGED_PREFIX). */
  damaged: boolean;
}

function isCellValue(v: unknown): v is CellValue {
  return (
    v === null ||
    typeof v === "string" ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v))
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function damagedNotice(table: string, why: string): ActionNotice {
  return {
    code: "zustand_beschaedigt",
    message:
      `Der gespeicherte Stand der Tabelle ${table} war nicht lesbar (${why}). Vorhandene Werte, die vom neuen ` +
      `Stand abweichen, werden als Ihre Eingaben behandelt und nur nach Rückfrage überschrieben.`,
  };
}

/**
 * Reads a stored table memory. Never throws: unreadable parts are dropped with a notice, everything
 * readable is kept (rows with a bad cell keep their other cells; a bad cell counts as "not known").
 */
export function parseTableMemory(table: string, stored: unknown): LoadedMemory {
  if (stored === null || stored === undefined) return { memory: null, notices: [], damaged: false };
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return { memory: null, notices: [damagedNotice(table, "kein gültiges JSON")], damaged: true };
    }
  }
  if (!isRecord(data)) return { memory: null, notices: [damagedNotice(table, "kein Objekt")], damaged: true };
  const version = data.v ?? data.version;
  if (version !== 1 && version !== STATE_VERSION) {
    return {
      memory: null,
      notices: [damagedNotice(table, `unbekannte Version ${JSON.stringify(version ?? null)}`)],
      damaged: true,
    };
  }
  const notices: ActionNotice[] = [];
  if (version === 1) {
    notices.push({
      code: "zustand_veraltet",
      message: `Der gespeicherte Stand der Tabelle ${table} stammt aus einer älteren Version und wurde übernommen.`,
    });
  }
  if (
    !Array.isArray(data.columns) ||
    !data.columns.every((c) => typeof c === "string") ||
    !isRecord(data.rows)
  ) {
    return { memory: null, notices: [damagedNotice(table, "Spalten oder Zeilen fehlen")], damaged: true };
  }
  const columns = data.columns as string[];
  let dropped = 0;
  const rows: Record<string, (CellValue | undefined)[]> = {};
  for (const [key, raw] of Object.entries(data.rows)) {
    if (!Array.isArray(raw)) {
      dropped++;
      continue;
    }
    // A bad cell becomes "unknown" (undefined -> not remembered), which makes the add-in ask.
    rows[key] = columns.map((_, i) => (isCellValue(raw[i]) ? raw[i] : undefined));
    if (raw.some((v) => !isCellValue(v)) || raw.length !== columns.length) dropped++;
  }
  const declined: Record<string, Record<string, CellValue>> = {};
  if (isRecord(data.declined)) {
    for (const [key, cells] of Object.entries(data.declined)) {
      if (!isRecord(cells)) continue;
      for (const [header, value] of Object.entries(cells)) {
        if (isCellValue(value)) declined[key] = { ...(declined[key] ?? {}), [header]: value };
      }
    }
  }
  if (dropped > 0) {
    notices.push(damagedNotice(table, `${dropped} Zeile(n) teilweise unlesbar`));
  }
  // Optional (added within version 2): formula as written -> as Excel gives it back. A bad entry
  // is only a cache miss (the cell is read back again when next written).
  const formulas: Record<string, string> = {};
  if (isRecord(data.formulas)) {
    for (const [written, back] of Object.entries(data.formulas)) {
      if (typeof back === "string") formulas[written] = back;
    }
  }
  return {
    memory: {
      columns,
      // undefined entries are kept as holes: JSON has no undefined, so they read back as "not known".
      rows: rows as Record<string, CellValue[]>,
      declined,
      writtenAt: typeof data.writtenAt === "string" ? data.writtenAt : "",
      formulas,
    },
    notices,
    damaged: false,
  };
}

/** JSON text to store. Holes (unknown cells of rows no longer wanted) become null: "remembered empty". */
export function serializeTableMemory(memory: TableMemory): string {
  return JSON.stringify({
    v: STATE_VERSION,
    columns: memory.columns,
    rows: memory.rows,
    declined: memory.declined,
    writtenAt: memory.writtenAt,
    ...(memory.formulas !== undefined && Object.keys(memory.formulas).length > 0
      ? { formulas: memory.formulas }
      : {}),
  });
}

/** Pane preferences: any JSON object; anything else reads as empty with a notice. */
export function parsePaneSettings(stored: unknown): {
  values: Record<string, unknown>;
  notices: ActionNotice[];
} {
  if (stored === null || stored === undefined) return { values: {}, notices: [] };
  try {
    const data: unknown = typeof stored === "string" ? JSON.parse(stored) : stored;
    if (isRecord(data)) return { values: data, notices: [] };
  } catch {
    // fall through to the notice
  }
  return {
    values: {},
    notices: [
      {
        code: "zustand_beschaedigt",
        message:
          "Die gespeicherten Einstellungen des Aufgabenbereichs waren nicht lesbar; es gelten die Vorgaben. " +
          "Der alte Inhalt bleibt unter „" +
          DAMAGED_PREFIX +
          "Einstellungen“ erhalten.",
      },
    ],
  };
}
