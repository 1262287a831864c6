/**
 * Vollzug: the Bescheide, payments and Verwendungsnachweise the user keeps in three tables, read and
 * checked row by row, and set against the model (Soll/Ist). Pure: no Office, React or DOM.
 */
export type * from "./types";
export {
  BESCHEIDE,
  ZAHLUNGEN,
  NACHWEISE,
  LEDGER_TABLES,
  locateColumns,
  type LedgerTableSpec,
} from "./columns";
export {
  parseBescheide,
  parseZahlungen,
  parseNachweise,
  grantComponentsOf,
  TEACHER_COMPONENTS,
} from "./parse";
export { parseLedger } from "./crossChecks";
export { badRowText, MAX_LEDGER_ROWS } from "./rows";
export { concerning, refuseIfConcerned, grantRowsOf, grantedAmount, paidInYear } from "./sums";
export {
  DEFAULT_WINDOW_MONTHS,
  WINDOW_SOURCE,
  modelGrantAmount,
  paymentsForYear,
  twoMonthBreach,
  vollzugYear,
  type FlagKind,
  type RowRef,
  type VollzugFlag,
  type VollzugRow,
  type VollzugTotals,
  type VollzugYear,
} from "./vollzug";
