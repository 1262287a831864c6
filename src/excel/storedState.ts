/** What the add-in remembers in the workbook, recovered from corrupt or old stored state. */
import { run } from "./run";
import {
  DAMAGED_PREFIX,
  PANE_SETTINGS_KEY,
  parsePaneSettings,
  parseTableMemory,
  tableStateKey,
} from "./state";
import { COMPARISON, RECONCILIATION, REGISTER, RULES_TABLE } from "./tables";
import { ExcelActionError, type RecoveredState } from "./types";

export const KNOWN_TABLES = [REGISTER.table, RULES_TABLE.table, COMPARISON.table, RECONCILIATION.table];

/** What the add-in remembers, recovering from corrupt or old stored state (never fails on it). 1 sync. */
export async function readStoredState(): Promise<RecoveredState> {
  return run(async (context) => {
    const settings = context.workbook.settings;
    const items = KNOWN_TABLES.map((t) => settings.getItemOrNullObject(tableStateKey(t)).load("value"));
    const pane = settings.getItemOrNullObject(PANE_SETTINGS_KEY).load("value");
    await context.sync();
    const result: RecoveredState = { notices: [], tables: {}, paneSettings: {} };
    KNOWN_TABLES.forEach((t, i) => {
      const loaded = parseTableMemory(t, items[i].isNullObject ? null : items[i].value);
      result.notices.push(...loaded.notices);
      if (loaded.memory !== null) {
        result.tables[t] = {
          rows: Object.keys(loaded.memory.rows).length,
          columns: loaded.memory.columns,
          writtenAt: loaded.memory.writtenAt,
        };
      }
    });
    const paneParsed = parsePaneSettings(pane.isNullObject ? null : pane.value);
    result.notices.push(...paneParsed.notices);
    result.paneSettings = paneParsed.values;
    return result;
  });
}

/** Merges `values` into the pane preferences stored in the workbook. 2 syncs. */
export async function writePaneSettings(values: Record<string, unknown>): Promise<void> {
  let text: string;
  try {
    text = JSON.stringify(values);
  } catch {
    throw new ExcelActionError(
      "ungueltige_eingabe",
      "Die Einstellungen lassen sich nicht speichern (kein JSON).",
    );
  }
  if (typeof text !== "string" || !text.startsWith("{")) {
    throw new ExcelActionError("ungueltige_eingabe", "Die Einstellungen müssen ein Objekt sein.");
  }
  return run(async (context) => {
    const settings = context.workbook.settings;
    const current = settings.getItemOrNullObject(PANE_SETTINGS_KEY).load("value");
    await context.sync();
    const stored = current.isNullObject ? null : current.value;
    const parsed = parsePaneSettings(stored);
    if (parsed.notices.length > 0 && stored !== null) {
      settings.add(DAMAGED_PREFIX + "Einstellungen", typeof stored === "string" ? stored : String(stored));
    }
    settings.add(PANE_SETTINGS_KEY, JSON.stringify({ ...parsed.values, ...values }));
    await context.sync();
  });
}
