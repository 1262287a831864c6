/**
 * Scenarios from a two-column table "Parameter | Wert" as Excel gives it. Which names exist and how
 * each value is read is the parameter table's (scenarioParameters.ts). Every problem becomes an issue naming its row
 * (1-based, header included); rows with problems are left out of the scenario, never guessed.
 */
import { formatGermanDate } from "./dates";
import { KiError, isKiError } from "./errors";
import { CENTRES, DEFAULT_ASSUMED_START } from "./centres";
import { DEFAULT_SCENARIO } from "./scenarioDefaults";
import { SCENARIO_PARAMETERS, targetOf, type Draft, type Target } from "./scenarioParameters";
import { editDistance, foldText } from "./text";
import type { IsoDate, Scenario, ScenarioIssue } from "./types";
import { isEmptyCell } from "./values";

export { SCENARIO_PARAMETERS };

const ALLOWED = SCENARIO_PARAMETERS.map((p) => p.name);

function unknownMessage(name: string): string {
  const folded = foldText(name);
  const nearest = ALLOWED.map((p) => ({ p, d: editDistance(folded, foldText(p)) })).sort(
    (a, b) => a.d - b.d,
  )[0];
  const hint = nearest !== undefined && nearest.d <= 3 ? ` Meinten Sie „${nearest.p}“?` : "";
  return `Unbekannter Parameter „${name}“.${hint} Erlaubt sind: ${ALLOWED.join(", ")}.`;
}

function cellText(value: unknown): string {
  return isEmptyCell(value) ? "" : String(value).trim();
}

function isHeader(row: unknown[]): boolean {
  return foldText(cellText(row[0])) === "parameter" && foldText(cellText(row[1])) === "wert";
}

/**
 * The Parameter and Wert columns of a range, found by their header names in the first row (as the
 * pane finds them in a scenario table), so a column the user inserts before or between them changes
 * nothing. A range without both headers is read by position (first two columns), as before.
 */
export function scenarioColumns(rows: readonly unknown[][]): unknown[][] {
  const header = (rows[0] ?? []).map((c) => foldText(cellText(c)));
  const p = header.indexOf("parameter");
  const w = header.indexOf("wert");
  if (p < 0 || w < 0 || (p === 0 && w === 1)) return rows as unknown[][];
  return rows.map((row) => [row[p] ?? null, row[w] ?? null]);
}

function freeze(draft: Draft): Scenario {
  const base = DEFAULT_SCENARIO;
  return Object.freeze({
    ...(draft.label !== undefined ? { label: draft.label } : {}),
    ...(draft.amountPerCentre !== undefined ? { amountPerCentre: draft.amountPerCentre } : {}),
    ...(draft.amountPerMunicipalPost !== undefined
      ? { amountPerMunicipalPost: draft.amountPerMunicipalPost }
      : {}),
    ...(draft.amountPerTeacherPost !== undefined ? { amountPerTeacherPost: draft.amountPerTeacherPost } : {}),
    ...(draft.materialCostsPerCentre !== undefined
      ? { materialCostsPerCentre: draft.materialCostsPerCentre }
      : {}),
    ...(draft.overridesFromYear !== undefined ? { overridesFromYear: draft.overridesFromYear } : {}),
    ...(draft.costPerSpecialistPost !== undefined
      ? { costPerSpecialistPost: draft.costPerSpecialistPost }
      : {}),
    ...(draft.costPerAdminPost !== undefined ? { costPerAdminPost: draft.costPerAdminPost } : {}),
    ...(draft.costPerTeacherPost !== undefined ? { costPerTeacherPost: draft.costPerTeacherPost } : {}),
    ...(draft.costReferenceYear !== undefined ? { costReferenceYear: draft.costReferenceYear } : {}),
    ...(draft.materialCostsActual !== undefined ? { materialCostsActual: draft.materialCostsActual } : {}),
    ...(draft.payRiseAfterTerm !== undefined ? { payRiseAfterTerm: draft.payRiseAfterTerm } : {}),
    municipalPosts: Object.freeze({ ...draft.municipalPosts }),
    teacherPosts: Object.freeze({ ...draft.teacherPosts }),
    increaseRate: draft.increaseRate ?? base.increaseRate,
    increaseBaseYear: draft.increaseBaseYear ?? base.increaseBaseYear,
    proRataBasis: draft.proRataBasis ?? base.proRataBasis,
    ruleVersionBasis: draft.ruleVersionBasis ?? base.ruleVersionBasis,
    expansionShare: draft.expansionShare ?? base.expansionShare,
    expansionTeachersAfter: draft.expansionTeachersAfter ?? base.expansionTeachersAfter,
    assumedStart: draft.assumedStart ?? base.assumedStart,
    startOverrides: Object.freeze({ ...draft.startOverrides }),
    openingOverrides: Object.freeze({ ...draft.openingOverrides }),
    grantStartOverrides: Object.freeze({ ...draft.grantStartOverrides }),
    endDates: Object.freeze({ ...draft.endDates }),
    extraCentres: Object.freeze({ ...draft.extraCentres }),
  });
}

/** Opening a centre has under the draft (for checking end dates). */
function startUnder(draft: Draft, entityKey: string): IsoDate | undefined {
  const override = draft.openingOverrides[entityKey] ?? draft.startOverrides[entityKey];
  if (override !== undefined) return override;
  const centre = CENTRES.find((c) => c.entityKey === entityKey);
  if (centre === undefined) return undefined;
  return centre.startBoundOnly ? (draft.assumedStart ?? DEFAULT_ASSUMED_START) : centre.start;
}

/**
 * Reads a scenario table. Returns the scenario built from the valid rows and one issue per problem:
 * unknown parameter, missing name or value, bad value, negative amount, duplicate parameter, an
 * unknown or ambiguous Kreis, an end before the start.
 */
export function parseScenario(rows: unknown[][]): { scenario: Scenario; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const draft: Draft = {
    municipalPosts: {},
    teacherPosts: {},
    startOverrides: {},
    openingOverrides: {},
    grantStartOverrides: {},
    endDates: {},
    extraCentres: {},
  };
  const seen = new Map<string, number>();
  const endRows = new Map<string, { row: number; parameter: string }>();

  (rows ?? []).forEach((rawRow, index) => {
    const row = Array.isArray(rawRow) ? rawRow : [rawRow];
    const rowNumber = index + 1;
    const [nameCell, valueCell] = [row[0], row[1]];
    if (isEmptyCell(nameCell) && isEmptyCell(valueCell)) return;
    if (index === 0 && isHeader(row)) return;
    const parameter = cellText(nameCell);
    const issue = (message: string): void => {
      issues.push({ row: rowNumber, parameter, message });
    };
    if (parameter === "") return issue(`Parametername fehlt (Wert „${cellText(valueCell)}“).`);
    if (typeof nameCell !== "string") return issue(unknownMessage(parameter));

    let target: Target | undefined;
    try {
      target = targetOf(parameter);
    } catch (error) {
      if (isKiError(error)) return issue(`Parameter „${parameter}“: ${error.message}`);
      throw error;
    }
    if (target === undefined) return issue(unknownMessage(parameter));
    const previous = seen.get(target.key);
    if (previous !== undefined) {
      return issue(`Parameter „${parameter}“ ist doppelt: bereits in Zeile ${previous} gesetzt.`);
    }
    if (isEmptyCell(valueCell)) return issue(`Wert für „${parameter}“ fehlt.`);
    const result = target.apply(valueCell, draft);
    if (!result.ok) return issue(`Parameter „${parameter}“: ${result.message}`);
    seen.set(target.key, rowNumber);
    if (target.key.startsWith("endDates:"))
      endRows.set(target.key.slice("endDates:".length), { row: rowNumber, parameter });
  });

  for (const [entityKey, where] of endRows) {
    const start = startUnder(draft, entityKey);
    const end = draft.endDates[entityKey];
    if (start !== undefined && end < start) {
      issues.push({
        row: where.row,
        parameter: where.parameter,
        message: `Ende ${formatGermanDate(end)} liegt vor dem Start ${formatGermanDate(start)}.`,
      });
      delete draft.endDates[entityKey];
    }
  }
  issues.sort((a, b) => a.row - b.row);
  return { scenario: freeze(draft), issues };
}

/** Like parseScenario, but throws KiError("ungueltig") naming the first bad row. */
export function scenarioFromRows(rows: unknown[][]): Scenario {
  const { scenario, issues } = parseScenario(rows);
  if (issues.length > 0) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (${issues.length - 1} weitere Fehler)` : "";
    throw new KiError("ungueltig", `Zeile ${first.row}: ${first.message}${more}`);
  }
  return scenario;
}
