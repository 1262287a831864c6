/**
 * Scenarios of the preview (no workbook): kept in the browser's localStorage as versioned JSON.
 * Reading never throws. Unreadable storage is backed up under BACKUP_KEY and replaced by the
 * examples; an older format is converted; single broken entries are dropped while every readable
 * scenario and row is kept. What happened is reported as notices for the pane to show.
 */
import { ExcelActionError, validateScenarioName } from "../../excel";
import { parseScenario } from "../../model";
import type { ScenarioStore, ScenarioValue, StoredScenario } from "./scenarioStore";

export const STORAGE_KEY = "ki-planer.preview.scenarios";
export const BACKUP_KEY = "ki-planer.preview.scenarios.backup";
export const STORAGE_VERSION = 1;

/** The header the Excel layer writes above every scenario table. */
const HEADER = ["Parameter", "Wert"];

type Row = [string, ScenarioValue];
interface Entry {
  name: string;
  rows: Row[];
}

export type StorageNotice =
  | { code: "corrupt" }
  | { code: "migrated"; from: number }
  | { code: "newer"; version: number }
  | { code: "dropped"; count: number }
  | { code: "unavailable" };

/** Two scenarios to start with, so the comparison shows something the first time the preview opens. */
export const EXAMPLE_SCENARIOS: readonly Entry[] = [
  { name: "Basis", rows: [["Bezeichnung", "Richtlinie, Standardannahmen"]] },
  {
    name: "Steigerung",
    rows: [
      ["Bezeichnung", "2,5 % Steigerung pro Jahr"],
      ["Steigerung pro Jahr", "2,5 %"],
    ],
  },
];

function isScalar(value: unknown): value is ScenarioValue {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** Keeps readable rows of one stored scenario; counts what it had to drop. */
function readEntry(raw: unknown, dropped: { count: number }): Entry | null {
  if (typeof raw !== "object" || raw === null) return (dropped.count++, null);
  const { name, rows } = raw as { name?: unknown; rows?: unknown };
  if (typeof name !== "string" || name.trim() === "" || !Array.isArray(rows)) return (dropped.count++, null);
  const kept: Row[] = [];
  for (const row of rows) {
    if (Array.isArray(row) && typeof row[0] === "string" && isScalar(row[1] ?? null)) {
      kept.push([row[0], (row[1] ?? null) as ScenarioValue]);
    } else {
      dropped.count++;
    }
  }
  return { name: name.trim(), rows: kept };
}

/** Version 0 (before versioning): `{ "<name>": { "<parameter>": value } }`. */
function migrateV0(raw: Record<string, unknown>, dropped: { count: number }): Entry[] {
  return Object.entries(raw).flatMap(([name, params]) => {
    if (typeof params !== "object" || params === null || Array.isArray(params)) return (dropped.count++, []);
    const entry = readEntry({ name, rows: Object.entries(params) }, dropped);
    return entry ? [entry] : [];
  });
}

export function readStoredScenarios(text: string | null): { entries: Entry[]; notices: StorageNotice[] } {
  if (text === null) return { entries: EXAMPLE_SCENARIOS.map(cloneEntry), notices: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { entries: EXAMPLE_SCENARIOS.map(cloneEntry), notices: [{ code: "corrupt" }] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { entries: EXAMPLE_SCENARIOS.map(cloneEntry), notices: [{ code: "corrupt" }] };
  }
  const notices: StorageNotice[] = [];
  const dropped = { count: 0 };
  const record = raw as Record<string, unknown>;
  let entries: Entry[];
  if (typeof record.version === "number" && Array.isArray(record.scenarios)) {
    if (record.version > STORAGE_VERSION) notices.push({ code: "newer", version: record.version });
    entries = record.scenarios.flatMap((item) => readEntry(item, dropped) ?? []);
  } else {
    entries = migrateV0(record, dropped);
    notices.push({ code: "migrated", from: 0 });
  }
  // Two entries with one name cannot both be edited; the later one is dropped, the first kept.
  const names = new Set<string>();
  entries = entries.filter((entry) => {
    const key = entry.name.toLowerCase();
    if (names.has(key)) return (dropped.count++, false);
    names.add(key);
    return true;
  });
  if (dropped.count > 0) notices.push({ code: "dropped", count: dropped.count });
  return { entries, notices };
}

function cloneEntry(entry: Entry): Entry {
  return { name: entry.name, rows: entry.rows.map(([p, v]) => [p, v]) };
}

function toStored(entry: Entry): StoredScenario {
  const rows: unknown[][] = [HEADER, ...entry.rows];
  return { name: entry.name, rows, issues: parseScenario(rows).issues };
}

/** The subset of Storage we use; null where the browser refuses storage (private mode, policy). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export function createPreviewStore(storage: KeyValueStorage | null): {
  store: ScenarioStore;
  notices: StorageNotice[];
} {
  const notices: StorageNotice[] = [];
  let text: string | null = null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    notices.push({ code: "unavailable" });
  }
  const read = readStoredScenarios(text);
  notices.push(...read.notices);
  let entries = read.entries;
  if (read.notices.some((n) => n.code === "corrupt") && text !== null) {
    try {
      storage?.setItem(BACKUP_KEY, text);
    } catch {
      // Without storage there is nothing to back up to; the notice already says it was unreadable.
    }
  }

  const save = () => {
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, scenarios: entries }));
    } catch {
      // Preview only: a full or blocked storage keeps the scenarios for this session.
    }
  };
  const find = (name: string): Entry => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) throw new ExcelActionError("szenario_fehlt", `Szenario „${name}“ gibt es nicht.`, { name });
    return entry;
  };
  const checkNew = (name: string, except?: string) => {
    // Sheet-name rules from the Excel layer, so a name that works here works in Excel too.
    const problem = validateScenarioName(name);
    if (problem !== null) throw new ExcelActionError("ungueltiger_name", problem, { name });
    if (entries.some((e) => e.name !== except && e.name.toLowerCase() === name.trim().toLowerCase())) {
      throw new ExcelActionError("szenario_existiert", `Szenario „${name.trim()}“ gibt es schon.`, { name });
    }
    return name.trim();
  };

  const store: ScenarioStore = {
    list: async () => entries.map(toStored),
    create: async (name) => {
      const entry: Entry = { name: checkNew(name), rows: [["Bezeichnung", name.trim()]] };
      entries = [...entries, entry];
      save();
      return toStored(entry);
    },
    copy: async (from, to) => {
      const entry: Entry = { ...cloneEntry(find(from)), name: checkNew(to) };
      entries = [...entries, entry];
      save();
      return toStored(entry);
    },
    rename: async (from, to) => {
      const source = find(from);
      const entry: Entry = { ...source, name: checkNew(to, from) };
      entries = entries.map((e) => (e === source ? entry : e));
      save();
      return toStored(entry);
    },
    remove: async (name) => {
      const source = find(name);
      entries = entries.filter((e) => e !== source);
      save();
    },
    setValue: async (name, parameter, value) => {
      const source = find(name);
      const index = source.rows.findIndex(([p]) => p === parameter);
      const rows: Row[] =
        index >= 0
          ? source.rows.map((row, i) => (i === index ? [parameter, value] : row))
          : [...source.rows, [parameter, value]];
      const entry: Entry = { name: source.name, rows };
      entries = entries.map((e) => (e === source ? entry : e));
      save();
      return toStored(entry);
    },
  };
  return { store, notices };
}
