/**
 * Reconciliation: every reported figure beside the model's figure for the same thing, with the
 * difference. Nothing is forced to match; where the model has no such figure it says why.
 */
import Decimal from "decimal.js";
import { formatGermanDate, isoParts } from "./dates";
import { partOfPayer } from "./centreDates";
import { ENTITIES, entityByKey } from "./entities";
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

function landesmittel2016WithoutTeachers(scenario: Scenario): ModelFigure {
  const year = fundingYear(2016, scenario);
  const withTeachers = landesmittel(2016, "gesamt", scenario);
  const teachers = year.totals.lehrer ?? new Decimal(0);
  return {
    model: withTeachers.minus(teachers),
    modelText:
      `Landesmittel 2016 im Modell ohne die Lehrerstellen (${formatEuro(teachers)}): nur das Geld des ` +
      "Integrationsministeriums, das tatsächlich ausgezahlt wird.",
    modelSources: unique(year.rules.flatMap((r) => r.sources)),
  };
}

/** The integration ministry's yearly amount for every centre (all 54), under the rule valid on `date`. */
function integrationMinistryAll(date: IsoDate, scenario: Scenario): ModelFigure {
  const { year } = isoParts(date);
  let total = new Decimal(0);
  const sources: string[] = [];
  const centres = effectiveCentres(scenario).filter(
    (c) => c.origin === "data" || c.id === `ki-${c.entityKey}`,
  );
  for (const centre of centres) {
    const entity = entityOf(centre);
    const rule = ruleAt(date, entity.kind);
    if (rule === undefined) {
      return {
        model: null,
        modelText: `Am ${formatGermanDate(date)} gilt keine Förderrichtlinie.`,
        modelSources: [],
      };
    }
    const ministry = effectiveComponents(rule, entity.kind, year, scenario).filter(
      (c) => partOfPayer(c.payer) === "integration",
    );
    // Summed in Calc (60 digits, like fundingYear): the global Decimal's 20 digits would round
    // before roundCents, the one rounding point.
    total = total.plus(roundCents(ministry.reduce((acc, c) => acc.plus(c.annualAmount), new Calc(0))));
    sources.push(...rule.sources);
  }
  return {
    model: total,
    modelText:
      `Jahresbetrag des Integrationsministeriums für alle ${centres.length} KI nach der am ${formatGermanDate(date)} ` +
      "gültigen Richtlinie (ganzes Jahr, ohne Lehrerstellen und ohne Landeskoordinierungsstelle).",
    modelSources: unique(sources),
  };
}

/** The model's integration-ministry money (without teacher posts) of some entities in `year`. */
function integrationMoney(year: number, keys: string[], scenario: Scenario): Decimal {
  const result = fundingYear(year, scenario);
  return keys.reduce((acc, key) => {
    const amounts = result.byEntity.get(key)!;
    return acc.plus(amounts.gesamt).minus(amounts.lehrer ?? 0);
  }, new Decimal(0));
}

function perEntityModel(figure: ReportedFigure, scenario: Scenario): ModelFigure | undefined {
  const name = (key: string) => entityByKey(key)?.fullName ?? key;
  const rulesOf = (year: number) => unique(fundingYear(year, scenario).rules.flatMap((r) => r.sources));
  switch (figure.id) {
    case "land-arnsberg-2018": {
      const keys = ENTITIES.filter((e) => e.bezirk === "Arnsberg").map((e) => e.key);
      return {
        model: integrationMoney(2018, keys, scenario),
        modelText:
          `KI-Förderung des Integrationsministeriums 2018 im Modell für die ${keys.length} KI im Regierungsbezirk ` +
          "Arnsberg, ohne Lehrerstellen. Die gemeldete Zahl enthält zusätzlich KOMM-AN und IfKuF.",
        modelSources: rulesOf(2018),
      };
    }
    case "land-unna-2018":
      return {
        model: integrationMoney(2018, ["05978"], scenario),
        modelText:
          "KI-Förderung des Integrationsministeriums 2018 im Modell für den Kreis Unna, ohne Lehrerstellen. Die " +
          "gemeldete Zahl enthält zusätzlich KOMM-AN und IfKuF.",
        modelSources: rulesOf(2018),
      };
    case "land-muelheim":
      return {
        model: foerderungOf("05117", 2015, scenario),
        modelText:
          "Landesmittel des Modells für Mülheim an der Ruhr 2015 (Jahr angenommen: die Quelle nennt keins), mit den " +
          "zwei Lehrerstellen zu je 50.000 €.",
        modelSources: rulesOf(2015),
      };
    case "land-viersen":
      return {
        model: fundingYear(2017, scenario).byEntity.get("05166")!.personal,
        modelText:
          "Festbetrag für die kommunalen Grundstellen („personal“) des Kreises Viersen 2017 im Modell.",
        modelSources: rulesOf(2017),
      };
  }
  if (figure.entityKey !== undefined && figure.id.startsWith("komm-an-")) {
    const year = figure.year ?? 0;
    return {
      model: null,
      modelText:
        `KOMM-AN NRW ist nicht im Modell (bis 2022 ein eigenes Programm, seit der Richtlinie vom 10.03.2023 Teil der ` +
        `KI-Richtlinie). Zum Vergleich, nicht dasselbe: KI-Förderung des Integrationsministeriums für ` +
        `${name(figure.entityKey)} ${year} im Modell ${formatEuro(integrationMoney(year, [figure.entityKey], scenario))}.`,
      modelSources: [],
    };
  }
  return undefined;
}

function foerderungOf(key: string, year: number, scenario: Scenario): Decimal {
  return fundingYear(year, scenario).byEntity.get(key)!.gesamt;
}

const KOMM_AN_TEXT =
  "KOMM-AN NRW ist ein eigenes Landesprogramm neben der KI-Richtlinie (seit der Fassung vom 10.03.2023 Teil von " +
  "ihr) und nicht im Modell.";

const NOT_MODELLED: Record<string, string> = {
  "komm-an-2016-13-4": KOMM_AN_TEXT,
  "komm-an-2017-7-05": KOMM_AN_TEXT,
  "komm-an-2016": KOMM_AN_TEXT,
  "komm-an-2017": KOMM_AN_TEXT,
  "komm-an-ehrenamt-7-05": `${KOMM_AN_TEXT} Die Maßnahmemittel sind nicht im Modell.`,
  "gesamt-2016":
    "Die Gesamtmittel enthalten kommunale, Stiftungs- und Drittmittel, die nicht im Modell sind; die Landesmittel " +
    "stehen in der Zeile „Landesmittel für die Arbeit der KI 2016“.",
  "kommunal-2016": "Kommunale Mittel (Räume, Ausstattung, laufender Betrieb) sind nicht im Modell.",
  "drittmittel-2016": "Stiftungs- und Drittmittel sind nicht im Modell.",
  "tintg-130": "Betrifft die gesamte Integrationsinfrastruktur, nicht nur die KI; kein Modellwert.",
};

/** The day a count without its own day is compared on (spring 2014: the day of seed:004). */
const COMPARED_ON: Record<string, IsoDate> = { "anzahl-2014-fruehjahr": "2014-04-25" };

function modelFor(
  figure: ReportedFigure,
  date: IsoDate | undefined,
  scenario: Scenario,
  variant?: string,
): ModelFigure {
  const countDate = date ?? COMPARED_ON[figure.id];
  if (figure.unit === "Anzahl" && countDate !== undefined) return countAt(countDate, scenario);
  if (figure.id === "landesmittel-2016")
    return variant === "ohne-lehrer" ? landesmittel2016WithoutTeachers(scenario) : landesmittel2016(scenario);
  if ((figure.id === "mais-50-ki" || figure.id === "mais-9-83") && figure.date !== undefined)
    return integrationMinistryAll(figure.date, scenario);
  const perEntity = perEntityModel(figure, scenario);
  if (perEntity !== undefined) return perEntity;
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
  variant?: string,
): ReconciliationRow {
  const { model, modelText, modelSources } = modelFor(figure, date, scenario, variant);
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
    // The 14,5 Mio € do not say whether the teacher posts are in: a second row without them.
    if (figure.id === "landesmittel-2016") {
      const without = row(figure, undefined, `${figure.id}@ohne-lehrer`, scenario, "ohne-lehrer");
      rows.push({ ...without, label: "Landesmittel 2016 (14,5 Mio €) gegen das Modell ohne Lehrerstellen" });
    }
  }
  return rows;
}
