/**
 * "Festschreiben für die Weitergabe": fixed copies of sheets with KI.* formulas, inside the workbook,
 * that show the same numbers where the add-in is missing (freezePlan.ts decides each cell), with a
 * stamp on each copy and the sheet KI-Quellen. One Excel.run, 4 syncs: read the sheet and table
 * names; read every sheet's used range (formulas, shown values, number formats); copy the chosen
 * sheets (Worksheet.copy, ExcelApi 1.7, keeps layout, formats, tables, charts) and read the copies'
 * table names; write.
 *
 * Originals are only read. A repeat run deletes the copies this add-in made before (remembered in the
 * workbook settings) and copies again under the same names. A sheet that has a copy's name but was not
 * made by the add-in is replaced only when `confirmReplaceSheets` says so; otherwise the copy gets a
 * numbered name ("Plan (fest 2)").
 */
import { SOURCES, formatGermanDate } from "../model";
import {
  NOT_CALCULATED,
  affectedSheets,
  callsKi,
  copyName,
  isFormula,
  planCell,
  referencedSheets,
  type RewriteMaps,
  type WorkbookShape,
} from "./freezePlan";
import { SOURCES_SHEET, SOURCE_COLUMNS, kiFunctionsIn, sourceRows, sourcesBehind } from "./freezeSources";
import { SCENARIO_SHEET_PREFIX, cellAddress, isScenarioTable, scenarioNameOfSheet } from "./naming";
import { ExcelActionError, type ActionOptions } from "./types";

export const FREEZE_SETTINGS_KEY = "KI-Planer.Festschreiben";

export interface FreezeSpec {
  /** Sheets to fix; default: every sheet that would show #NAME? without the add-in. */
  sheets?: string[];
  /** Time of the stamp (default now). */
  now?: Date;
}

export interface FreezeOptions extends Pick<ActionOptions, "signal" | "onProgress"> {
  /** Asked once with the user's own sheets that carry a copy's name; true = replace them. */
  confirmReplaceSheets?: (sheets: string[]) => Promise<boolean>;
}

export interface FreezeResult {
  copies: { sheet: string; copy: string }[];
  sourcesSheet: string;
  /** KI.* cells (and the cells their spills fill) written as values. */
  fixedCells: number;
  /** User formulas kept as they are / with references pointing at other copies / written as values. */
  keptFormulas: number;
  rewrittenFormulas: number;
  formulasAsValues: number;
  sourceIds: string[];
  scenarios: string[];
  /** Sheets of the user's that were in the way and kept (the copy got another name). */
  userSheetsKept: string[];
}

interface Memory {
  version: 1;
  /** Original sheet -> its copy. */
  copies: Record<string, string>;
  sourcesSheet?: string;
}

function readMemory(stored: unknown): Memory {
  try {
    const m = JSON.parse(String(stored)) as Partial<Memory>;
    if (m.version === 1 && typeof m.copies === "object" && m.copies !== null) {
      const copies = Object.fromEntries(
        Object.entries(m.copies).filter(([a, b]) => typeof a === "string" && typeof b === "string"),
      ) as Record<string, string>;
      return {
        version: 1,
        copies,
        sourcesSheet: typeof m.sourcesSheet === "string" ? m.sourcesSheet : undefined,
      };
    }
  } catch {
    // Unreadable memory: no copy counts as ours, so nothing is deleted without asking.
  }
  return { version: 1, copies: {} };
}

const lower = (s: string): string => s.toLocaleLowerCase("de-DE");

/** "03.12.2026, 10:45 Uhr" in German time. */
export function stampTime(now: Date): string {
  const parts = new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(now);
  return `${parts} Uhr`;
}

/** The data version: the newest date among the model's sources (publication or retrieval). */
export function dataVersion(): string {
  const dates = SOURCES.flatMap((s) => [s.date, s.accessed].filter((d): d is string => d !== undefined));
  const newest = dates.sort().at(-1);
  if (newest === undefined) return "unbekannt";
  const text = newest.length === 7 ? `${newest.slice(5)}.${newest.slice(0, 4)}` : formatGermanDate(newest);
  return `Quellen bis ${text} (${SOURCES.length} Quellen)`;
}

interface SheetRead {
  name: string;
  used: Excel.Range;
}

/** Writes fixed copies of `spec.sheets` (or of every affected sheet) and KI-Quellen. 4 syncs. */
export async function freezeForHandover(
  context: Excel.RequestContext,
  spec: FreezeSpec = {},
  options: FreezeOptions = {},
): Promise<FreezeResult> {
  const progress = (n: number) => options.onProgress?.(n, 4);
  const cancelled = () => {
    if (options.signal?.aborted === true)
      throw new ExcelActionError("abgebrochen", "Abgebrochen. Es wurde nichts geändert.");
  };
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const stored = context.workbook.settings.getItemOrNullObject(FREEZE_SETTINGS_KEY).load("value");
  await context.sync();
  const memory = readMemory(stored.isNullObject ? null : stored.value);
  const ours = new Set(Object.values(memory.copies).map(lower));
  if (memory.sourcesSheet !== undefined) ours.add(lower(memory.sourcesSheet));
  const names = sheets.items.map((s) => s.name);
  // Copies made earlier are never sources: their own content is already fixed.
  const candidates = names.filter((n) => !ours.has(lower(n)));
  const reads: SheetRead[] = candidates.map((name) => ({
    name,
    used: context.workbook.worksheets
      .getItem(name)
      .getUsedRangeOrNullObject()
      .load("formulas,values,numberFormat,rowIndex,columnIndex"),
  }));
  await context.sync();
  cancelled();
  progress(1);

  const grid = (r: SheetRead, p: "formulas" | "values" | "numberFormat"): unknown[][] =>
    r.used.isNullObject ? [] : (r.used[p] as unknown[][]);
  const shape: WorkbookShape = {
    formulas: new Map(reads.map((r) => [r.name, grid(r, "formulas")])),
    tableSheets: new Map(tables.items.map((t) => [t.name, t.worksheet.name])),
  };
  const affected = affectedSheets(shape);
  const chosen =
    spec.sheets === undefined
      ? candidates.filter((n) => affected.has(n))
      : checkChosen(spec.sheets, candidates);
  if (chosen.length === 0) {
    throw new ExcelActionError(
      "ungueltige_eingabe",
      "In dieser Arbeitsmappe gibt es keine Blätter mit KI.*-Formeln. Es wurde nichts geändert.",
    );
  }
  const byName = new Map(reads.map((r) => [r.name, r]));
  checkCalculated(chosen.map((n) => byName.get(n)!));

  // Names: the copy's earlier name, else "<name> (fest)"; a user's sheet in the way is asked about.
  const taken = new Set(names.map(lower));
  const wanted = chosen.map((n) => memory.copies[n] ?? copyName(n, []));
  const wantedSources = memory.sourcesSheet ?? SOURCES_SHEET;
  const clashes = [...wanted, wantedSources].filter((n) => taken.has(lower(n)) && !ours.has(lower(n)));
  const replace =
    clashes.length > 0 && options.confirmReplaceSheets !== undefined
      ? await options.confirmReplaceSheets(clashes)
      : false;
  cancelled();
  progress(2);
  const toDelete = names.filter(
    (n) =>
      (ours.has(lower(n)) && [...wanted, wantedSources].some((w) => lower(w) === lower(n))) ||
      (replace && clashes.some((c) => lower(c) === lower(n))),
  );
  const free = new Set([...taken].filter((n) => !toDelete.some((d) => lower(d) === n)));
  const pick = (name: string, base: string, isSources: boolean): string => {
    let result = name;
    if (free.has(lower(result))) {
      result = isSources ? numbered(SOURCES_SHEET, free) : copyName(base, free);
    }
    free.add(lower(result));
    return result;
  };
  const copyNames = chosen.map((n, i) => pick(wanted[i], n, false));
  const sourcesName = pick(wantedSources, SOURCES_SHEET, true);
  const userSheetsKept = replace ? [] : clashes;

  for (const n of toDelete) context.workbook.worksheets.getItem(n).delete();
  const copies = chosen.map((n, i) => {
    const copy = context.workbook.worksheets.getItem(n).copy("End");
    copy.name = copyNames[i];
    return { sheet: n, copy, tables: copy.tables.load("items/name") };
  });
  const originalTables = chosen.map((n) =>
    tables.items.filter((t) => t.worksheet.name === n).map((t) => t.name),
  );
  await context.sync();

  const maps: RewriteMaps = { sheets: new Map(), tables: new Map() };
  copies.forEach((c, i) => {
    maps.sheets.set(c.sheet, copyNames[i]);
    // Worksheet.copy keeps the tables' order; their new names are Excel's choice, read back here.
    originalTables[i].forEach((t, k) => {
      const copied = c.tables.items[k]?.name;
      if (copied !== undefined) maps.tables.set(t, copied);
    });
  });

  const counts = { fixed: 0, kept: 0, rewritten: 0, values: 0 };
  const functions = new Set<string>();
  const scenarios = new Set<string>();
  const planned = copies.map((c) => {
    const read = byName.get(c.sheet)!;
    const formulas = grid(read, "formulas");
    const values = grid(read, "values");
    const formats = grid(read, "numberFormat");
    return formulas.map((row, r) =>
      row.map((f, k) => {
        const plan = planCell(f, values[r][k], formats[r][k], c.sheet, shape, affected, maps);
        if (plan.kind === "ki") {
          counts.fixed++;
          kiFunctionsIn(f as string).forEach((fn) => functions.add(fn));
          for (const s of scenarioSheetsOf(f as string, shape, tables)) scenarios.add(s);
        } else if (plan.kind === "user") counts.kept++;
        else if (plan.kind === "rewritten") counts.rewritten++;
        else if (plan.kind === "valueOfAffected") counts.values++;
        return plan.content;
      }),
    );
  });
  const time = stampTime(spec.now ?? new Date());
  const scenarioText = [...scenarios].sort().join(", ") || "Vorgabe (ohne Szenario)";
  copies.forEach((c, i) => {
    const read = byName.get(c.sheet)!;
    const out = planned[i];
    const columns = out.length === 0 ? 0 : out[0].length;
    if (!read.used.isNullObject && columns > 0) {
      const target = c.copy.getRangeByIndexes(read.used.rowIndex, read.used.columnIndex, out.length, columns);
      target.formulas = out;
    }
    writeStamp(c.copy, read, columns, [
      "Festgeschrieben für die Weitergabe",
      `Stand: ${time}`,
      `Datenstand: ${dataVersion()}`,
      `Szenario: ${scenarioText}`,
      `Werte statt KI.*-Formeln; Original: Blatt „${c.sheet}“; Quellen: Blatt „${sourcesName}“.`,
    ]);
  });

  const used = sourcesBehind(functions);
  writeSourcesSheet(context, sourcesName, sourceRows(used), time, copyNames);
  const next: Memory = {
    version: 1,
    copies: { ...memory.copies, ...Object.fromEntries(chosen.map((n, i) => [n, copyNames[i]])) },
    sourcesSheet: sourcesName,
  };
  context.workbook.settings.add(FREEZE_SETTINGS_KEY, JSON.stringify(next));
  await context.sync();
  progress(4);
  return {
    copies: chosen.map((sheet, i) => ({ sheet, copy: copyNames[i] })),
    sourcesSheet: sourcesName,
    fixedCells: counts.fixed,
    keptFormulas: counts.kept,
    rewrittenFormulas: counts.rewritten,
    formulasAsValues: counts.values,
    sourceIds: used.map((u) => u.id),
    scenarios: [...scenarios],
    userSheetsKept,
  };
}

function numbered(base: string, free: Set<string>): string {
  for (let n = 2; ; n++) if (!free.has(lower(`${base} ${n}`))) return `${base} ${n}`;
}

function checkChosen(wanted: string[], candidates: string[]): string[] {
  const out: string[] = [];
  for (const w of wanted) {
    const found = candidates.find((c) => lower(c) === lower(w.trim()));
    if (found === undefined) {
      throw new ExcelActionError(
        "ungueltige_eingabe",
        `Das Blatt „${w}“ gibt es nicht, oder es ist selbst eine festgeschriebene Kopie. Es wurde nichts geändert.`,
        { sheet: w },
      );
    }
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

/** Refuses when a KI.* cell shows that the functions have not calculated (the add-in not loaded). */
function checkCalculated(reads: SheetRead[]): void {
  for (const r of reads) {
    if (r.used.isNullObject) continue;
    r.used.formulas.forEach((row, i) =>
      row.forEach((f, k) => {
        const shown = r.used.values[i][k];
        if (isFormula(f) && callsKi(f) && typeof shown === "string" && NOT_CALCULATED.includes(shown)) {
          throw new ExcelActionError(
            "ungueltige_eingabe",
            `Die Zelle ${r.name}!${cellAddress(r.used.rowIndex + i, r.used.columnIndex + k)} zeigt ${shown}: ` +
              `Die KI.*-Funktionen sind hier nicht berechnet. Bitte warten Sie, bis alle Zellen berechnet ` +
              `sind, und schreiben Sie dann fest. Es wurde nichts geändert.`,
            { sheet: r.name },
          );
        }
      }),
    );
  }
}

/** Scenario names a KI.* formula reads: sheets "Szenario <Name>" or scenario tables it refers to. */
function scenarioSheetsOf(formula: string, shape: WorkbookShape, tables: Excel.TableCollection): string[] {
  const scenarioSheets = new Set(
    tables.items.filter((t) => isScenarioTable(t.name)).map((t) => t.worksheet.name),
  );
  return [...referencedSheets(formula, shape)]
    .filter((s) => s.startsWith(SCENARIO_SHEET_PREFIX) || scenarioSheets.has(s))
    .map(scenarioNameOfSheet);
}

/** The stamp: two columns right of the used range, from its first row, so the layout stays as it was. */
function writeStamp(sheet: Excel.Worksheet, read: SheetRead, columns: number, lines: string[]): void {
  const row = read.used.isNullObject ? 0 : read.used.rowIndex;
  const column = read.used.isNullObject ? 0 : read.used.columnIndex + columns + 1;
  const range = sheet.getRangeByIndexes(row, column, lines.length, 1);
  range.numberFormat = lines.map(() => ["@"]);
  range.values = lines.map((l) => [l]);
  range.format.fill.color = "#FFF2CC";
  sheet.getRangeByIndexes(row, column, 1, 1).format.font.bold = true;
}

function writeSourcesSheet(
  context: Excel.RequestContext,
  name: string,
  rows: string[][],
  time: string,
  copies: string[],
): void {
  const sheet = context.workbook.worksheets.add(name);
  const header = SOURCE_COLUMNS.map((c) => c.header);
  const intro = [
    `Quellen der festgeschriebenen Werte (Blätter ${copies.map((c) => `„${c}“`).join(", ")}), Stand ${time}.`,
  ];
  const all = [intro.concat(header.slice(1).map(() => "")), header, ...rows];
  const range = sheet.getRangeByIndexes(0, 0, all.length, header.length);
  range.numberFormat = all.map((r) => r.map(() => "@"));
  range.values = all;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  sheet.getRangeByIndexes(1, 0, 1, header.length).format.font.bold = true;
  sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 360;
  sheet.getRangeByIndexes(0, 4, 1, 1).format.columnWidth = 320;
}
