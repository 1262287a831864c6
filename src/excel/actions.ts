/**
 * The actions the pane calls. Each is ONE Excel.run (through `run`); the tests count its round trips
 * (requests) in the Excel host of test/excel/host, not its context.sync calls. Office.js code stays thin here; what to write comes from tables.ts, how to merge from merge.ts.
 */
import {
  DEFAULT_SCENARIO,
  FIRST_YEAR,
  LAST_YEAR,
  PRO_RATA_LABELS,
  SCENARIO_PARAMETERS,
  isIsoDate,
  isValidYear,
  isoToExcelSerial,
  parseScenario,
  type ScenarioIssue,
} from "../model";
import { freezeForHandover, type FreezeOptions, type FreezeResult, type FreezeSpec } from "./freeze";
import { headerId, renameTableInMemory } from "./merge";
import { comparisonValuesTable, valuesNotice, type ScenarioInput } from "./valuesMode";
import {
  SCENARIO_SHEET_PREFIX,
  columnLetters,
  defaultComparisonYears,
  isScenarioTable,
  scenarioNameOfSheet,
  scenarioReference,
  scenarioSheetName,
  scenarioTableName,
  validateScenarioName,
} from "./naming";
import {
  columnBody,
  filteredTableError,
  TABLE_STYLE,
  updateOwnedTable,
  type TableLayout,
} from "./ownedTable";
import {
  DAMAGED_PREFIX,
  PANE_SETTINGS_KEY,
  parsePaneSettings,
  parseTableMemory,
  serializeTableMemory,
  tableStateKey,
} from "./state";
import {
  COMPARISON,
  FORMAT_DATE,
  FORMAT_EURO,
  RECONCILIATION,
  REGISTER,
  REGISTER_HEADERS,
  RULES_TABLE,
  comparisonTable,
  normalizeEntityKey,
  reconciliationTable,
  registerTable,
  rulesTable,
  scenarioColumnHeader,
  type ComparisonScenario,
} from "./tables";
import { ExcelActionError } from "./types";
import type {
  ActionOptions,
  ActionResult,
  ComparisonSpec,
  IsoDate,
  RecoveredState,
  ScenarioSheet,
} from "./types";

/** Runs one batch against the workbook; Excel.run in Excel, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

let runner: ExcelRunner | null = null;

/** Tests install a fake workbook here; null restores Excel.run. */
export function setExcelRunner(next: ExcelRunner | null): void {
  runner = next;
}

/** One Excel.run; every failure becomes an ExcelActionError with a German message. */
/** The one Excel.run wrapper, for the actions of other files (vollzug.ts). */
export const runExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => run(batch);

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const active: ExcelRunner | null =
    runner ?? (typeof Excel !== "undefined" && typeof Excel.run === "function" ? (b) => Excel.run(b) : null);
  if (active === null) {
    throw new ExcelActionError("kein_excel", "Das Schreiben in Tabellenblätter ist nur in Excel möglich.");
  }
  try {
    return await active(batch);
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    const text = error instanceof Error ? error.message : String(error);
    throw new ExcelActionError("excel_fehler", `Excel hat die Aktion nicht ausgeführt: ${text}`, {
      cause: text,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Register and rules

const REGISTER_FILL = { missing: "#FFC7CE", missingFont: "#9C0006", assumed: "#FFEB9C", conflict: "#F8CBAD" };

/** Conditional formats of a new register table: gaps stand out even after the user sorts. */
function decorateRegister(layout: TableLayout): void {
  const status = columnBody(layout, REGISTER_HEADERS.status);
  for (const text of ["noch kein Zentrum", "geschlossen"]) {
    if (status === null) break;
    const cf = status.conditionalFormats.add("ContainsText");
    cf.textComparison.format.fill.color = REGISTER_FILL.missing;
    cf.textComparison.format.font.color = REGISTER_FILL.missingFont;
    cf.textComparison.rule = { operator: "Contains", text };
  }
  const startStatus = columnBody(layout, REGISTER_HEADERS.startStatus);
  if (startStatus !== null) {
    const assumed = startStatus.conditionalFormats.add("ContainsText");
    assumed.textComparison.format.fill.color = REGISTER_FILL.assumed;
    assumed.textComparison.rule = { operator: "Contains", text: "angenommen" };
    const conflicting = startStatus.conditionalFormats.add("ContainsText");
    conflicting.textComparison.format.fill.color = REGISTER_FILL.conflict;
    conflicting.textComparison.rule = { operator: "Contains", text: "widersprüchlich" };
  }
  const gap = columnBody(layout, REGISTER_HEADERS.gap);
  if (gap !== null) {
    const c = layout.headers.indexOf(REGISTER_HEADERS.gap);
    const first = `${columnLetters(layout.left + c)}${layout.bodyTop + 1}`;
    const flagged = gap.conditionalFormats.add("Custom");
    // Relative to the first body cell: applies row by row.
    flagged.custom.rule.formula = `=LEN(${first})>0`;
    flagged.custom.format.fill.color = REGISTER_FILL.assumed;
  }
}

/** Writes/updates sheet "KI-Register" with the registry at `stichtag` (ISO date). */
export async function pullRegister(stichtag: IsoDate, options: ActionOptions = {}): Promise<ActionResult> {
  if (typeof stichtag !== "string" || !isIsoDate(stichtag)) {
    throw new ExcelActionError(
      "ungueltige_eingabe",
      `„${String(stichtag)}“ ist kein gültiger Stichtag (JJJJ-MM-TT).`,
    );
  }
  return run((context) =>
    updateOwnedTable(
      context,
      {
        sheet: REGISTER.sheet,
        table: REGISTER.table,
        desired: () => registerTable(stichtag),
        decorateNew: decorateRegister,
        widths: { [REGISTER_HEADERS.sourceText]: 320, [REGISTER_HEADERS.note]: 320 },
      },
      options,
    ),
  );
}

/** Writes/updates sheet "KI-Regeln" with all rule versions and their components. */
export async function pullRules(options: ActionOptions = {}): Promise<ActionResult> {
  return run((context) =>
    updateOwnedTable(
      context,
      {
        sheet: RULES_TABLE.sheet,
        table: RULES_TABLE.table,
        desired: () => rulesTable(),
        widths: { Fassung: 220, Quellenangaben: 320, Gültigkeit: 320, Hinweis: 320 },
      },
      options,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

interface TableInfo {
  table: Excel.Table;
  name: string;
  sheet: string;
}

/** Queues loading every table's name and sheet name; read `.items` after the sync. */
function loadTables(context: Excel.RequestContext): Excel.TableCollection {
  return context.workbook.tables.load("items/name,items/worksheet/name");
}

function tableInfos(tables: Excel.TableCollection): TableInfo[] {
  return tables.items.map((t) => ({ table: t, name: t.name, sheet: t.worksheet.name }));
}

function scenarioInfos(tables: Excel.TableCollection): TableInfo[] {
  return tableInfos(tables).filter((t) => isScenarioTable(t.name));
}

const sameText = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase("de-DE") === b.trim().toLocaleLowerCase("de-DE");

function findScenario(infos: TableInfo[], name: string): TableInfo {
  const found = infos.find((t) => sameText(scenarioNameOfSheet(t.sheet), name));
  if (found === undefined) {
    throw new ExcelActionError(
      "szenario_fehlt",
      `Das Szenario „${name.trim()}“ gibt es in dieser Arbeitsmappe nicht.`,
      {
        name,
      },
    );
  }
  return found;
}

/** Parameter and Wert columns (with a header row) out of a whole table range as read. */
export function scenarioRows(all: unknown[][]): { rows: unknown[][]; issues: ScenarioIssue[] } {
  const header = (all[0] ?? []).map(headerId);
  const p = header.indexOf("parameter");
  const w = header.indexOf("wert");
  if (p < 0 || w < 0) {
    const missing = p < 0 ? "Parameter" : "Wert";
    return {
      rows: [],
      issues: [{ row: 1, parameter: "", message: `Die Spalte „${missing}“ fehlt in der Tabelle.` }],
    };
  }
  const rows = all.map((r) => [r[p] ?? "", r[w] ?? ""]);
  return { rows, issues: parseScenario(rows).issues };
}

/**
 * A table's content, header first, read through its column names and data body: a hidden header
 * row or a totals row does not change what is read. Read `.all()` after the sync.
 */
function loadContent(
  table: Excel.Table,
  props: string,
): { columns: Excel.TableColumnCollection; body: Excel.Range; all: () => unknown[][] } {
  const columns = table.columns.load("items/name");
  const body = table.getDataBodyRange().load(props);
  return { columns, body, all: () => [columns.items.map((c) => c.name), ...body.values] };
}

function scenarioSheet(info: { name: string; sheet: string }, all: unknown[][]): ScenarioSheet {
  const { rows, issues } = scenarioRows(all);
  return {
    name: scenarioNameOfSheet(info.sheet),
    sheet: info.sheet,
    table: info.name,
    reference: scenarioReference(info.name),
    rows,
    issues,
  };
}

/** All scenario tables in the workbook, with the model's issues per row. 2 syncs. */
export async function listScenarios(): Promise<ScenarioSheet[]> {
  return run(async (context) => {
    const tables = loadTables(context);
    await context.sync();
    const infos = scenarioInfos(tables);
    const contents = infos.map((i) => loadContent(i.table, "values"));
    if (infos.length > 0) await context.sync();
    return infos
      .map((info, k) => scenarioSheet(info, contents[k].all()))
      .sort((a, b) => a.name.localeCompare(b.name, "de"));
  });
}

/**
 * The rows a new scenario starts with: its name, and the parameters whose default is one fixed value
 * (so the sheet shows the main knobs without changing any result). Amounts are left out on purpose:
 * their defaults differ between guideline versions, and writing one value would override all years.
 */
export function initialScenarioRows(name: string): { values: (string | number)[][]; formats: string[][] } {
  const d = DEFAULT_SCENARIO;
  const rows: [string, string | number, string][] = [
    ["Bezeichnung", name.trim(), "@"],
    ["Steigerung pro Jahr", d.increaseRate.toNumber(), "0.0%"],
    ["Basisjahr Steigerung", d.increaseBaseYear, "0"],
    ["Monatsberechnung", PRO_RATA_LABELS[d.proRataBasis], "@"],
    ["Angenommener Start", isoToExcelSerial(d.assumedStart), FORMAT_DATE],
  ];
  return { values: rows.map(([p, v]) => [p, v]), formats: rows.map(([, , f]) => ["@", f]) };
}

/** Writes a new scenario sheet with its table (header + rows) and the parameter list beside it. */
function writeScenarioSheet(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  headers: string[],
  values: unknown[][],
  formats: string[][],
): void {
  const sheet = context.workbook.worksheets.add(sheetName);
  const width = headers.length;
  const n = Math.max(values.length, 1);
  // The table first, then its body: copied formulas may refer to their own row ([@Parameter]),
  // which Excel accepts only inside a table.
  // Headers as text (a header "TRUE" or "1,5" would be converted otherwise).
  const headerRow = sheet.getRangeByIndexes(0, 0, 1, width);
  headerRow.numberFormat = [headers.map(() => "@")];
  headerRow.values = [headers];
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + n, width), true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  if (values.length > 0) {
    const body = sheet.getRangeByIndexes(1, 0, values.length, width);
    body.numberFormat = formats;
    body.formulas = values.map((r) =>
      r.map((v) => (v === null || v === undefined ? "" : (v as string | number))),
    );
  }
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 200;
  sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 110;
  // The catalogue of parameters beside the table (never read back): documentation in the sheet.
  const left = width + 1;
  const catalogue = [
    ["Mögliche Parameter", "Bedeutung", "Vorgabe", "Beispiel"],
    ...SCENARIO_PARAMETERS.map((p) => [p.name, p.description, p.defaultText, p.example]),
  ];
  const cat = sheet.getRangeByIndexes(0, left, catalogue.length, 4);
  cat.numberFormat = catalogue.map((r) => r.map(() => "@"));
  cat.values = catalogue;
  sheet.getRangeByIndexes(0, left, 1, 4).format.font.bold = true;
  cat.format.autofitColumns();
  sheet.getRangeByIndexes(0, left + 1, 1, 1).format.columnWidth = 360;
  sheet.freezePanes.freezeRows(1);
}

/**
 * Refuses an invalid name, and a name taken by a sheet or by another scenario (a scenario table may
 * sit on a sheet without the prefix, whose name is then the scenario's).
 */
function checkNewName(name: string, sheets: string[], scenarioNames: string[] = []): void {
  const problem = validateScenarioName(name, sheets);
  const valid = validateScenarioName(name, []) === null;
  if (problem !== null)
    throw new ExcelActionError(valid ? "szenario_existiert" : "ungueltiger_name", problem, { name });
  if (scenarioNames.some((s) => sameText(s, name))) {
    throw new ExcelActionError(
      "szenario_existiert",
      `Ein Szenario „${name.trim()}“ gibt es schon. Bitte wählen Sie einen anderen Namen.`,
      { name },
    );
  }
}

const scenarioNames = (tables: Excel.TableCollection, except?: TableInfo): string[] =>
  scenarioInfos(tables)
    .filter((t) => t.name !== except?.name)
    .map((t) => scenarioNameOfSheet(t.sheet));

function loadSheetNames(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load("items/name");
}

function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load("items/name");
}

/** New sheet "Szenario <name>" with table Parameter | Wert. 2 syncs. */
export async function createScenario(name: string): Promise<ScenarioSheet> {
  return run(async (context) => {
    const sheets = loadSheetNames(context);
    const tables = loadTables(context);
    const names = loadNames(context);
    await context.sync();
    checkNewName(
      name,
      sheets.items.map((s) => s.name),
      scenarioNames(tables),
    );
    const tableName = scenarioTableName(name, [
      ...tables.items.map((t) => t.name),
      ...names.items.map((n) => n.name),
    ]);
    const sheetName = scenarioSheetName(name);
    const initial = initialScenarioRows(name);
    writeScenarioSheet(context, sheetName, tableName, ["Parameter", "Wert"], initial.values, initial.formats);
    await context.sync();
    return scenarioSheet({ name: tableName, sheet: sheetName }, [["Parameter", "Wert"], ...initial.values]);
  });
}

/** Copies the table content (values, formulas, number formats) into a new scenario. 3 syncs. */
export async function copyScenario(from: string, to: string): Promise<ScenarioSheet> {
  return run(async (context) => {
    const sheets = loadSheetNames(context);
    const tables = loadTables(context);
    const names = loadNames(context);
    await context.sync();
    const source = findScenario(scenarioInfos(tables), from);
    checkNewName(
      to,
      sheets.items.map((s) => s.name),
      scenarioNames(tables),
    );
    const content = loadContent(source.table, "values,formulas,numberFormat");
    await context.sync();
    const tableName = scenarioTableName(to, [
      ...tables.items.map((t) => t.name),
      ...names.items.map((n) => n.name),
    ]);
    const sheetName = scenarioSheetName(to);
    const headers = content.columns.items.map((c) => c.name);
    const body = content.body.formulas;
    const formats = content.body.numberFormat.map((r) => r.map((f) => String(f)));
    // A "Bezeichnung" equal to the old name would mislabel the copy.
    const p = headers.map(headerId).indexOf("parameter");
    const w = headers.map(headerId).indexOf("wert");
    const copied = body.map((r) =>
      p >= 0 && w >= 0 && headerId(r[p]) === "bezeichnung" && sameText(String(r[w]), from)
        ? r.map((v, i) => (i === w ? to.trim() : v))
        : r,
    );
    writeScenarioSheet(context, sheetName, tableName, headers, copied, formats);
    await context.sync();
    return scenarioSheet({ name: tableName, sheet: sheetName }, [headers, ...copied]);
  });
}

/**
 * Renames sheet and table; formulas referring to the table follow (Excel rewrites them), and so does
 * what the add-in remembers of its own formulas (else the rewritten comparison cells would look like
 * user edits). 2 syncs.
 * Only the scenario's own sheet ("Szenario <Name>") is renamed: a scenario table on a sheet of the
 * user's takes its name from that sheet, which the add-in leaves alone (as deleteScenario does).
 */
export async function renameScenario(from: string, to: string): Promise<ScenarioSheet> {
  return run(async (context) => {
    const sheets = loadSheetNames(context);
    const tables = loadTables(context);
    const names = loadNames(context);
    const memories = KNOWN_TABLES.map((t) =>
      context.workbook.settings.getItemOrNullObject(tableStateKey(t)).load("value"),
    );
    await context.sync();
    const source = findScenario(scenarioInfos(tables), from);
    if (!source.sheet.startsWith(SCENARIO_SHEET_PREFIX)) {
      throw new ExcelActionError(
        "ungueltige_eingabe",
        `Das Szenario „${source.sheet}“ steht auf Ihrem Blatt „${source.sheet}“ und heißt wie dieses Blatt. ` +
          `Das Add-In benennt Ihre Blätter nicht um; benennen Sie das Blatt in Excel selbst um ` +
          `(Rechtsklick auf den Blattnamen > Umbenennen), dann heißt das Szenario so.`,
        { name: from, sheet: source.sheet },
      );
    }
    const others = sheets.items.map((s) => s.name).filter((s) => s !== source.sheet);
    checkNewName(to, others, scenarioNames(tables, source));
    const taken = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)].filter(
      (n) => n !== source.name,
    );
    const tableName = scenarioTableName(to, taken);
    const sheetName = scenarioSheetName(to);
    const content = loadContent(source.table, "values");
    source.table.worksheet.name = sheetName;
    source.table.name = tableName;
    // After the renames, so a failing rename leaves the memory as it was.
    KNOWN_TABLES.forEach((t, i) => {
      if (memories[i].isNullObject) return;
      const loaded = parseTableMemory(t, memories[i].value);
      // A damaged or old memory is left alone (rewriting it would turn unknown cells into known ones).
      if (loaded.memory === null || loaded.notices.length > 0) return;
      const renamed = renameTableInMemory(loaded.memory, source.name, tableName);
      if (renamed !== null) context.workbook.settings.add(tableStateKey(t), serializeTableMemory(renamed));
    });
    await context.sync();
    return scenarioSheet({ name: tableName, sheet: sheetName }, content.all());
  });
}

/**
 * Deletes the scenario (the pane asks first): its sheet when the sheet is the scenario's own
 * ("Szenario <name>"), else only the table, so nothing else on a shared sheet goes. 2 syncs.
 * Comparison formulas that referred to it then show #BEZUG!.
 */
export async function deleteScenario(name: string): Promise<void> {
  return run(async (context) => {
    const tables = loadTables(context);
    await context.sync();
    const info = findScenario(scenarioInfos(tables), name);
    if (info.sheet.startsWith(SCENARIO_SHEET_PREFIX)) {
      info.table.worksheet.delete();
    } else {
      info.table.delete();
    }
    await context.sync();
  });
}

/**
 * Writes one Wert cell. Office.js parses strings written to `values` with en-US rules whatever the
 * user's locale ("170.000" would become 170, "0,025" 25), and a row added to a table inherits the
 * number format of the row above (a date format, say). So text goes in as text (format "@"; the
 * model reads German numbers, percentages and dates from text), numbers and booleans as themselves
 * with "General" unless the cell already has a number format of its own (a date stays a date).
 * `currentFormat` null: a new or reused row.
 */
function writeScenarioValue(
  range: Excel.Range,
  value: string | number | boolean | null,
  currentFormat: string | null,
): void {
  if (typeof value === "string") {
    range.numberFormat = [["@"]];
  } else if (currentFormat === null || currentFormat === "@") {
    range.numberFormat = [["General"]];
  }
  range.values = [[value === null ? "" : value]];
}

/** Sets Wert of `parameter` (adds the row when missing; null clears the value). 3 syncs. */
export async function setScenarioValue(
  name: string,
  parameter: string,
  value: string | number | boolean | null,
): Promise<ScenarioSheet> {
  if (typeof parameter !== "string" || parameter.trim() === "") {
    throw new ExcelActionError("ungueltige_eingabe", "Bitte geben Sie einen Parameter an.");
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new ExcelActionError("ungueltige_eingabe", `„${String(value)}“ ist kein gültiger Wert.`);
  }
  return run(async (context) => {
    const tables = loadTables(context);
    await context.sync();
    const info = findScenario(scenarioInfos(tables), name);
    const content = loadContent(info.table, "values,numberFormat,rowHidden");
    await context.sync();
    const all = content.all().map((r) => [...r]);
    const header = (all[0] ?? []).map(headerId);
    const p = header.indexOf("parameter");
    const w = header.indexOf("wert");
    if (p < 0 || w < 0) {
      throw new ExcelActionError(
        "tabelle_beschaedigt",
        `In der Tabelle ${info.name} fehlt die Spalte „${p < 0 ? "Parameter" : "Wert"}“.`,
        { table: info.name },
      );
    }
    const cellValue = value === null ? "" : value;
    let at = all.findIndex((r, i) => i > 0 && sameText(String(r[p] ?? ""), parameter));
    if (at < 0) {
      // Reuse an entirely empty row (a new table's blank row) before adding one.
      at = all.findIndex((r, i) => i > 0 && r.every((v) => v === "" || v === null));
    }
    // Cells are addressed within the table's rows (the data body, or the row rows.add returns),
    // never by sheet arithmetic: the header row may be hidden, a totals row may follow the body.
    const writeParameter = (pc: Excel.Range) => {
      pc.numberFormat = [["@"]];
      pc.values = [[parameter.trim()]];
    };
    if (at > 0) {
      const row = info.table.getDataBodyRange().getRow(at - 1);
      const reused = String(all[at][p] ?? "") === "";
      if (reused) {
        writeParameter(row.getCell(0, p));
        all[at][p] = parameter.trim();
      }
      writeScenarioValue(
        row.getCell(0, w),
        value,
        reused ? null : String(content.body.numberFormat[at - 1]?.[w] ?? "General"),
      );
      all[at][w] = cellValue;
    } else {
      if (content.body.rowHidden !== false) {
        throw filteredTableError(info.name, info.sheet);
      }
      const added = all[0].map((_, i) => (i === p ? parameter.trim() : i === w ? cellValue : ""));
      const row = info.table.rows.add(undefined, [added.map(() => "")]).getRange();
      writeParameter(row.getCell(0, p));
      writeScenarioValue(row.getCell(0, w), value, null);
      all.push(added);
    }
    await context.sync();
    return scenarioSheet(info, all);
  });
}

// ---------------------------------------------------------------------------------------------------
// Comparison and reconciliation

/** Checks the spec; returns the years to write. */
export function checkComparisonSpec(
  spec: ComparisonSpec,
  today: Date = new Date(),
): { from: number; to: number } {
  const names = spec.scenarios ?? [];
  if (names.length === 0) {
    throw new ExcelActionError("ungueltige_eingabe", "Bitte wählen Sie mindestens ein Szenario.");
  }
  const seen = new Set<string>();
  for (const n of names) {
    const id = n.trim().toLocaleLowerCase("de-DE");
    if (seen.has(id)) {
      throw new ExcelActionError("ungueltige_eingabe", `Das Szenario „${n.trim()}“ ist doppelt gewählt.`);
    }
    seen.add(id);
  }
  const def = defaultComparisonYears(today);
  const from = spec.fromYear ?? def.fromYear;
  const to = spec.toYear ?? (spec.fromYear !== undefined ? from + 4 : def.toYear);
  // The sheet's KI.LANDESMITTEL formulas accept only valid years: beyond them every cell is #VALUE!.
  if (!isValidYear(from) || !isValidYear(to) || from > to || to - from > 99) {
    throw new ExcelActionError(
      "ungueltige_eingabe",
      `Der Zeitraum ${from}–${to} ist ungültig (ganze Jahre von ${FIRST_YEAR} bis ${LAST_YEAR}, ` +
        `„von“ nicht nach „bis“, höchstens 100 Jahre).`,
    );
  }
  return { from, to };
}

function drawComparisonChart(
  layout: TableLayout,
  heads: string[],
  oldChart: Excel.Chart | null,
  values = false,
): void {
  oldChart?.delete();
  const yearCol = layout.headers.findIndex((h) => headerId(h) === headerId(COMPARISON.key));
  const cols = heads.map((h) => layout.headers.findIndex((x) => headerId(x) === headerId(h)));
  if (yearCol < 0 || cols.some((c) => c < 0)) return;
  const body = (c: number) =>
    layout.sheet.getRangeByIndexes(layout.bodyTop, layout.left + c, layout.bodyRows, 1);
  const years = body(yearCol);
  // From the body only, series named explicitly: the header row may be hidden.
  const chart = layout.sheet.charts.add("Line", body(cols[0]), "Columns");
  chart.name = COMPARISON.chart;
  chart.title.text = values ? "Landesmittel je Szenario (Werte-Modus)" : "Landesmittel je Szenario";
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = heads[0];
  firstSeries.setXAxisValues(years);
  heads.slice(1).forEach((h, k) => {
    const series = chart.series.add(h);
    series.setValues(body(cols[k + 1]));
    series.setXAxisValues(years);
  });
  chart.axes.valueAxis.numberFormat = FORMAT_EURO;
  const right = layout.left + layout.headers.length + 1;
  chart.setPosition(
    layout.sheet.getRangeByIndexes(Math.max(layout.bodyTop - 1, 0), right, 1, 1),
    layout.sheet.getRangeByIndexes(layout.bodyTop + 17, right + 8, 1, 1),
  );
}

/**
 * Writes sheet "KI-Vergleich": one row per year, live =KI.LANDESMITTEL([@Jahr],"gesamt",<scenario ref>)
 * formulas, differences to the first scenario (€ and %), sorted by year, and a line chart.
 * Werte-Modus (`spec.values`, valuesMode.ts): values instead of formulas, 2 syncs more (the chosen
 * scenario tables are read first), a "werte_modus" notice and the chart title say so.
 * 4 syncs on an existing sheet (3 on a new one), 6 when the user was asked about conflicts: one more
 * than the other tables, to read the written formulas back (one fewer when no formula cell changes).
 */
export async function writeComparison(
  spec: ComparisonSpec,
  options: ActionOptions = {},
): Promise<ActionResult> {
  const { from, to } = checkComparisonSpec(spec);
  const bestandteil = (spec.bestandteil ?? "gesamt").trim() || "gesamt";
  // Filled by the hooks below during the one Excel.run.
  const loaded: {
    tables?: Excel.TableCollection;
    charts?: Excel.ChartCollection;
    chosen: ComparisonScenario[];
  } = {
    chosen: [],
  };
  return run(async (context) => {
    // Werte-Modus reads the chosen scenario tables first (valuesMode.ts computes from them).
    const inputs = spec.values === true ? await readScenarioInputs(context, spec.scenarios) : null;
    const result = await updateOwnedTable(
      context,
      {
        sheet: COMPARISON.sheet,
        table: COMPARISON.table,
        loadExtra: (ctx) => {
          loaded.tables = loadTables(ctx);
        },
        loadExtraWithSheet: (sheet) => {
          loaded.charts = sheet.charts.load("items/name");
        },
        desired: () => {
          const infos = loaded.tables === undefined ? [] : scenarioInfos(loaded.tables);
          loaded.chosen = spec.scenarios.map((n) => {
            const info = findScenario(infos, n);
            return { name: scenarioNameOfSheet(info.sheet), table: info.name };
          });
          return inputs === null
            ? comparisonTable(loaded.chosen, from, to, bestandteil)
            : comparisonValuesTable(inputs, from, to, bestandteil);
        },
        afterWrite: (layout) => {
          const yearCol = layout.headers.findIndex((h) => headerId(h) === headerId(COMPARISON.key));
          if (yearCol >= 0) layout.table.sort.apply([{ key: yearCol, ascending: true }]);
          const old = loaded.charts?.items.find((c) => c.name === COMPARISON.chart) ?? null;
          drawComparisonChart(
            layout,
            loaded.chosen.map((s) => scenarioColumnHeader(s.name)),
            old,
            inputs !== null,
          );
        },
        widths: {},
      },
      options,
    );
    return inputs === null ? result : { ...result, notices: [...result.notices, valuesNotice()] };
  });
}

/** The chosen scenarios' tables as read (for Werte-Modus). 2 syncs. */
async function readScenarioInputs(context: Excel.RequestContext, names: string[]): Promise<ScenarioInput[]> {
  const tables = loadTables(context);
  await context.sync();
  const infos = names.map((n) => findScenario(scenarioInfos(tables), n));
  const contents = infos.map((i) => loadContent(i.table, "values"));
  await context.sync();
  return infos.map((info, k) => ({
    name: scenarioNameOfSheet(info.sheet),
    table: info.name,
    rows: scenarioRows(contents[k].all()).rows,
  }));
}

/** Writes sheet "KI-Abgleich": reported figure beside the model figure, difference, both sources. */
export async function writeReconciliation(options: ActionOptions = {}): Promise<ActionResult> {
  return run((context) =>
    updateOwnedTable(
      context,
      {
        sheet: RECONCILIATION.sheet,
        table: RECONCILIATION.table,
        desired: () => reconciliationTable(),
        widths: {
          Kennzahl: 220,
          "Gemeldet (Wortlaut)": 260,
          "Modell (Erläuterung)": 320,
          "Quellen gemeldet": 260,
          "Quellen Modell": 260,
          Hinweis: 260,
        },
      },
      options,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Navigation and stored state

/** Activates the register sheet and selects the row of `entityKey`. 3 syncs. */
export async function goToRegisterRow(entityKey: string): Promise<void> {
  const wanted = normalizeEntityKey(entityKey);
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(REGISTER.table);
    table.load("name");
    await context.sync();
    if (table.isNullObject) {
      throw new ExcelActionError(
        "register_fehlt",
        "Die Tabelle KI_Register gibt es noch nicht. Bitte zuerst „Register holen“ ausführen.",
      );
    }
    const content = loadContent(table, "values,rowIndex,columnIndex,columnCount");
    const sheet = table.worksheet;
    await context.sync();
    const range = content.body;
    const header = content.columns.items.map((c) => headerId(c.name));
    const k = header.indexOf(headerId(REGISTER.key));
    const at = k < 0 ? -1 : range.values.findIndex((r) => normalizeEntityKey(r[k]) === wanted);
    if (at < 0) {
      throw new ExcelActionError(
        "eintrag_fehlt",
        `Im Register gibt es keine Zeile mit dem Schlüssel ${wanted}.`,
        {
          entityKey: wanted,
        },
      );
    }
    sheet.activate();
    sheet.getRangeByIndexes(range.rowIndex + at, range.columnIndex, 1, range.columnCount).select();
    await context.sync();
  });
}

const KNOWN_TABLES = [REGISTER.table, RULES_TABLE.table, COMPARISON.table, RECONCILIATION.table];

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

// ---------------------------------------------------------------------------------------------------
// Festschreiben für die Weitergabe (freeze.ts)

/** Fixed copies of the sheets with KI.* formulas, with a stamp and the sheet KI-Quellen. 4 syncs. */
export async function fixForHandover(
  spec: FreezeSpec = {},
  options: FreezeOptions = {},
): Promise<FreezeResult> {
  return run((context) => freezeForHandover(context, spec, options));
}
