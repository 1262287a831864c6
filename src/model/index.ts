/**
 * Public API of the domain model. Pure TypeScript: no Office, React or DOM. Money is decimal.js
 * Decimal, rounded half away from zero to the cent once per centre, component and year (money.ts).
 */
export type {
  Bezirk,
  Centre,
  CentreFunding,
  DatedFact,
  ComponentAmounts,
  DataGap,
  DataGapKind,
  Entity,
  EntityKind,
  FundingYear,
  IsoDate,
  PostCounts,
  PostKind,
  PostOverride,
  ProRataBasis,
  ReconciliationRow,
  RegistryRow,
  RegistryStatusText,
  ReportedFigure,
  ReportedUnit,
  RuleComponent,
  RuleVersion,
  Scenario,
  ScenarioIssue,
  ScenarioParameter,
  ScenarioValueType,
  SourceRef,
  Status,
} from "./types";

export { KiError, isKiError, type KiErrorCode } from "./errors";
export { SOURCES, citation, citationDate, citationOf, sourceById } from "./sources";
export { ENTITIES, entityByKey, describeEntity } from "./entities";
export { CENTRES, DEFAULT_ASSUMED_START } from "./centres";
export {
  FROM_OPENING_TEXT,
  grantStartView,
  moneyStartOf,
  openingOf,
  withScenarioDates,
  type GrantStartView,
} from "./centreDates";
export { RULES, COMPONENT_ORDER, TOTAL_COMPONENT } from "./rules";
export { REPORTED_FIGURES } from "./reportedFigures";
export { OLD_KEYS, oldKeyNote, resolveEntity } from "./names";
export { foldText } from "./text";
export { currentYear, todayIso } from "./clock";
export {
  isoToExcelSerial,
  excelSerialToIso,
  parseGermanDate,
  parseDateInput,
  yearEnd,
  formatGermanDate,
  isIsoDate,
  makeIso,
  FIRST_YEAR,
  LAST_YEAR,
  isValidYear,
} from "./dates";
export { roundCents, formatEuro } from "./money";
export {
  DEFAULT_SCENARIO,
  EXPANSION_TEACHERS_LABELS,
  PRO_RATA_LABELS,
  RULE_VERSION_LABELS,
  scenarioKey,
} from "./scenarioDefaults";
export { parseScenario, scenarioColumns, scenarioFromRows } from "./scenario";
export { KREIS_PLACEHOLDER, SCENARIO_PARAMETERS, scenarioParameterOf } from "./scenarioParameters";
export { centresActiveAt, gapsAt, registryAt, registryRowsAt, effectiveCentres } from "./registry";
export { ruleAt, yearOf } from "./ruleSelection";
export {
  componentIds,
  fundingYear,
  foerderung,
  landesmittel,
  postsAtYearEnd,
  stellen,
  type PostArt,
} from "./funding";
export {
  COST_ARTS,
  COST_KINDS,
  MUNICIPAL_COST_KINDS,
  POST_SPLIT,
  checkCostArt,
  costYear,
  eigenanteil,
  eigenanteilNrw,
  kosten,
  kostenNrw,
  lehrerVergleich,
  type CostArt,
  type CostKind,
  type CostYear,
  type MunicipalShare,
  type TeacherComparison,
} from "./costs";
export {
  PAY_DATA_FROM_YEAR,
  PAY_SERIES,
  PAY_STEPS,
  applyPayStep,
  monthlyLevels,
  payStepsOf,
  type PaySeries,
  type PaySeriesInfo,
  type PayStep,
} from "./payRounds";
export { dataGaps } from "./dataGaps";
export { reconcile } from "./reconcile";
export {
  compareScenarios,
  weakestStatus,
  type ComparisonCell,
  type ComparisonInput,
  type ComparisonYear,
} from "./comparison";
export { compareMunicipalShare, type CostComparisonCell, type CostComparisonYear } from "./costComparison";
export { GLOSSARY, type GlossaryEntry } from "./glossary";
