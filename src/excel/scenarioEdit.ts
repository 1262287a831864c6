/** Scenario sheets the pane creates and edits: create, copy, rename, delete, set one value. */
import { DEFAULT_SCENARIO, PRO_RATA_LABELS, isoToExcelSerial, SCENARIO_PARAMETERS } from "../model";
import { headerId, renameTableInMemory } from "./merge";
import {
  SCENARIO_SHEET_PREFIX,
  scenarioNameOfSheet,
  scenarioSheetName,
  scenarioTableName,
  validateScenarioName,
} from "./naming";
import { filteredTableError, TABLE_STYLE } from "./ownedTable";
import { run } from "./run";
import {
  TableInfo,
  loadTables,
  scenarioInfos,
  sameText,
  findScenario,
  loadContent,
  scenarioSheet,
} from "./scenarioTables";
import { parseTableMemory, serializeTableMemory, tableStateKey } from "./state";
import { KNOWN_TABLES } from "./storedState";
import { FORMAT_DATE } from "./tables";
import { ExcelActionError, type ScenarioSheet } from "./types";

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
