/**
 * Reconciliation: every reported figure beside the model's figure for the same thing, with the
 * difference. Nothing is forced to match; where the model has no such figure it says why.
 */
import Decimal from "decimal.js";
import { formatGermanDate, isoParts } from "./dates";
import { entityByKey } from "./entities";
import { landesmittel, fundingYear } from "./funding";
import { Calc, formatEuro, percentOf, roundCents } from "./money";
import { REPORTED_FIGURES } from "./reportedFigures";
import { centresActiveAt, effectiveCentres, entityOf } from "./registry";
import { effectiveComponents, ruleAt } from "./ruleSelection";
import { DEFAULT_SCENARIO } from "./scenarioDefaults";
import type { IsoDate, ReconciliationRow, ReportedFigure, Scenario } from "./types";

interface ModelFigure {
  model: Decimal | null;
  modelText: string;
  modelSources: string[];
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

function countAt(date: IsoDate, scenario: Scenario): ModelFigure {
  const active = centresActiveAt(date, scenario);
  const { year } = isoParts(date);
  const soon = effectiveCentres(scenario).filter((c) => c.start > date && isoParts(c.start).year === year);
  const later =
    soon.length > 0
      ? ` Im selben Jahr starteten danach noch: ${soon
          .map((c) => `${entityByKey(c.entityKey)?.fullName ?? c.entityKey} (${c.startKnown})`)
          .join(", ")}.`
      : "";
  return {
    model: new Decimal(active.length),
    modelText: `KI in Betrieb am ${formatGermanDate(date)} (Start am oder vor dem Tag).${later}`,
    modelSources: unique(active.flatMap((c) => c.sources)),
  };
}

function landesmittel2016(scenario: Scenario): ModelFigure {
  const year = fundingYear(2016, scenario);
  const parts = year.componentIds
    .filter((id) => id !== "gesamt")
    .map((id) => `${id} ${formatEuro(year.totals[id])}`)
    .join(", ");
  const partial = year.centres
    .filter((c) => c.months > 0 && c.months < 12)
    .map((c) => `${entityOf(c.centre).fullName} ${c.months}/12`);
  const full = year.centres.filter((c) => c.months === 12).length;
  return {
    model: landesmittel(2016, "gesamt", scenario),
    modelText:
      `Landesmittel 2016 im Modell (${parts}): ${full} KI ganzjährig` +
      (partial.length > 0 ? `, ${partial.join(", ")}` : "") +
      `; Regeln ${year.rules.map((r) => r.id).join(", ")}.`,
    modelSources: unique(year.rules.flatMap((r) => r.sources)),
  };
}

function integrationMinistryAt(date: IsoDate, scenario: Scenario): ModelFigure {
  const { year } = isoParts(date);
  const active = centresActiveAt(date, scenario);
  let total = new Decimal(0);
  const sources: string[] = [];
  for (const centre of active) {
    const entity = entityOf(centre);
    const rule = ruleAt(date, entity.kind);
    if (rule === undefined) {
      return {
        model: null,
        modelText: `Am ${formatGermanDate(date)} gilt keine Förderrichtlinie.`,
        modelSources: [],
      };
    }
    const ministry = effectiveComponents(rule, entity.kind, year, scenario).filter((c) =>
      c.payer.includes("Integrationsministerium"),
    );
    // Summed in Calc (60 digits, like fundingYear): the global Decimal's 20 digits would round
    // before roundCents, the one rounding point.
    total = total.plus(roundCents(ministry.reduce((acc, c) => acc.plus(c.annualAmount), new Calc(0))));
    sources.push(...rule.sources);
  }
  return {
    model: total,
    modelText:
      `Jahresbetrag des Integrationsministeriums für die ${active.length} KI in Betrieb am ${formatGermanDate(date)} ` +
      "(ganzes Jahr, ohne Lehrerstellen und ohne Landeskoordinierungsstelle).",
    modelSources: unique(sources),
  };
}

const NOT_MODELLED: Record<string, string> = {
  "komm-an-2016": "KOMM-AN NRW ist ein eigenes Landesprogramm neben der KI-Richtlinie und nicht im Modell.",
  "komm-an-2017": "KOMM-AN NRW ist ein eigenes Landesprogramm neben der KI-Richtlinie und nicht im Modell.",
  "komm-an-ehrenamt-7-05":
    "KOMM-AN-Maßnahmemittel sind nicht im Modell; die Quellen nennen 7,05 und 7,7 Mio € (widersprüchlich).",
  "komm-an-ehrenamt-7-7":
    "KOMM-AN-Maßnahmemittel sind nicht im Modell; die Quellen nennen 7,05 und 7,7 Mio € (widersprüchlich).",
  "gesamt-2016":
    "Die Gesamtmittel enthalten kommunale, Stiftungs- und Drittmittel, die nicht im Modell sind; die Landesmittel " +
    "stehen in der Zeile „Landesmittel für die Arbeit der KI 2016“.",
  "kommunal-2016": "Kommunale Mittel (Räume, Ausstattung, laufender Betrieb) sind nicht im Modell.",
  "drittmittel-2016": "Stiftungs- und Drittmittel sind nicht im Modell.",
  "tintg-130": "Betrifft die gesamte Integrationsinfrastruktur, nicht nur die KI; kein Modellwert.",
};

function modelFor(figure: ReportedFigure, date: IsoDate | undefined, scenario: Scenario): ModelFigure {
  if (figure.unit === "Anzahl" && date !== undefined) return countAt(date, scenario);
  if (figure.id === "landesmittel-2016") return landesmittel2016(scenario);
  if (figure.id === "mais-50-ki" && figure.date !== undefined)
    return integrationMinistryAt(figure.date, scenario);
  return {
    model: null,
    modelText: NOT_MODELLED[figure.id] ?? "Kein Modellwert für diese Angabe.",
    modelSources: [],
  };
}

function row(
  figure: ReportedFigure,
  date: IsoDate | undefined,
  id: string,
  scenario: Scenario,
): ReconciliationRow {
  const { model, modelText, modelSources } = modelFor(figure, date, scenario);
  const difference = model === null ? null : model.minus(figure.value);
  const percent = difference === null ? null : percentOf(difference, figure.value);
  return {
    id,
    figureId: figure.id,
    label: figure.label,
    unit: figure.unit,
    ...(date !== undefined ? { date } : {}),
    ...(figure.year !== undefined ? { year: figure.year } : {}),
    reported: figure.value,
    reportedText: figure.valueText,
    model,
    modelText,
    difference,
    differencePercent: percent,
    reportedSources: figure.sources,
    modelSources,
    status: figure.status,
    ...(figure.note !== undefined ? { note: figure.note } : {}),
  };
}

/**
 * One row per reported figure; a figure with alternative dates (seed 002) gets one row per date,
 * ids "<figure>@<date>".
 */
export function reconcile(scenario: Scenario = DEFAULT_SCENARIO): ReconciliationRow[] {
  const rows: ReconciliationRow[] = [];
  for (const figure of REPORTED_FIGURES) {
    const dates =
      figure.unit === "Anzahl" && figure.date !== undefined
        ? [figure.date, ...(figure.alternativeDates ?? [])]
        : [undefined];
    for (const date of dates) {
      const id =
        figure.alternativeDates !== undefined && date !== undefined ? `${figure.id}@${date}` : figure.id;
      rows.push(row(figure, date, id, scenario));
    }
  }
  return rows;
}
