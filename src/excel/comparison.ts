/** The comparison sheet (KI.LANDESMITTEL formulas per scenario, or values in Werte-Modus, with a chart) and the reconciliation sheet. */
import { FIRST_YEAR, LAST_YEAR, isValidYear } from "../model";
import { headerId } from "./merge";
import { defaultComparisonYears, scenarioNameOfSheet } from "./naming";
import { updateOwnedTable, type TableLayout } from "./ownedTable";
import { run } from "./run";
import { loadTables, scenarioInfos, findScenario, scenarioRows, loadContent } from "./scenarioTables";
import {
  COMPARISON,
  FORMAT_EURO,
  RECONCILIATION,
  comparisonTable,
  reconciliationTable,
  scenarioColumnHeader,
  type ComparisonScenario,
} from "./tables";
import { ExcelActionError, type ActionOptions, type ActionResult, type ComparisonSpec } from "./types";
import { comparisonValuesTable, valuesNotice, type ScenarioInput } from "./valuesMode";

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
