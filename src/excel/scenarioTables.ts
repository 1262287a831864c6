/** Scenario tables as the workbook holds them: finding, reading and listing them with the model's issues per row. */
import { parseScenario, type ScenarioIssue } from "../model";
import { headerId } from "./merge";
import { isScenarioTable, scenarioNameOfSheet, scenarioReference } from "./naming";
import { run } from "./run";
import { ExcelActionError, type ScenarioSheet } from "./types";

export interface TableInfo {
  table: Excel.Table;
  name: string;
  sheet: string;
}

/** Queues loading every table's name and sheet name; read `.items` after the sync. */
export function loadTables(context: Excel.RequestContext): Excel.TableCollection {
  return context.workbook.tables.load("items/name,items/worksheet/name");
}

function tableInfos(tables: Excel.TableCollection): TableInfo[] {
  return tables.items.map((t) => ({ table: t, name: t.name, sheet: t.worksheet.name }));
}

export function scenarioInfos(tables: Excel.TableCollection): TableInfo[] {
  return tableInfos(tables).filter((t) => isScenarioTable(t.name));
}

export const sameText = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase("de-DE") === b.trim().toLocaleLowerCase("de-DE");

export function findScenario(infos: TableInfo[], name: string): TableInfo {
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
export function loadContent(
  table: Excel.Table,
  props: string,
): { columns: Excel.TableColumnCollection; body: Excel.Range; all: () => unknown[][] } {
  const columns = table.columns.load("items/name");
  const body = table.getDataBodyRange().load(props);
  return { columns, body, all: () => [columns.items.map((c) => c.name), ...body.values] };
}

export function scenarioSheet(info: { name: string; sheet: string }, all: unknown[][]): ScenarioSheet {
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
