/**
 * Shapes of the three tables the user keeps beside the model (Vollzug): Bewilligungsbescheide,
 * payments and Verwendungsnachweise. Parsed rows carry their row number in the range as given
 * (header = row 1), so every message and flag can point back to its row.
 */
import type Decimal from "decimal.js";
import type { IsoDate } from "../types";

export type LedgerTableId = "bescheide" | "zahlungen" | "nachweise";

/** Art of a payment: Abschlag and Schlusszahlung go to the Kreis, a Rückzahlung comes back. */
export type PaymentKind = "Abschlag" | "Schlusszahlung" | "Rückzahlung";

/** One row of KI-Bescheide: one Bescheid, one year, one component (or "gesamt"). */
export interface GrantRow {
  row: number;
  entityKey: string;
  year: number;
  number: string;
  date: IsoDate | null;
  /** A component id of the year's rules, or "gesamt". */
  component: string;
  amount: Decimal;
  note: string | null;
}

/** One row of KI-Zahlungen. */
export interface PaymentRow {
  row: number;
  entityKey: string;
  date: IsoDate;
  /** Calendar year of `date`: the budget's cash view. */
  year: number;
  /** As typed: never negative. */
  amount: Decimal;
  /** Signed for sums: a Rückzahlung counts negative. */
  signed: Decimal;
  number: string;
  kind: PaymentKind;
}

/** One row of KI-Nachweise: the Verwendungsnachweis of one Kreis for one year. */
export interface ProofRow {
  row: number;
  entityKey: string;
  year: number;
  due: IsoDate | null;
  received: IsoDate | null;
  checked: IsoDate | null;
  recognised: Decimal | null;
  repayment: Decimal | null;
  note: string | null;
}

/**
 * A row left out of every sum, with all its German messages. `entityKey` and `year` are what could
 * be read of it (null where the Kreis or year itself is the problem): a function result that the row
 * could concern reports it instead of a number without it.
 */
export interface BadRow {
  table: LedgerTableId;
  row: number;
  entityKey: string | null;
  year: number | null;
  /** Bescheid-Nr. where one could be read (payments against a bad Bescheid say so). */
  number: string | null;
  messages: string[];
}

export interface ParsedTable<T> {
  /** Rows that passed every check, in table order. */
  rows: T[];
  /** Rows with at least one problem, in table order. */
  bad: BadRow[];
}

export interface Ledger {
  bescheide: ParsedTable<GrantRow>;
  zahlungen: ParsedTable<PaymentRow>;
  nachweise: ParsedTable<ProofRow>;
}
