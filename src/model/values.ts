/**
 * Reading cell values as Excel gives them (numbers, strings, booleans, null/"" for empty) into typed
 * values, for scenario tables. German formats first: "170.000", "170.000,00 €", "2,5 %", "3,5".
 * Each reader returns the value or a German message (never throws), so a table can report every row.
 */
import Decimal from "decimal.js";
import { FIRST_YEAR, LAST_YEAR, formatGermanDate, isValidYear, parseDateInput } from "./dates";
import { isKiError } from "./errors";
import type { IsoDate } from "./types";

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function show(value: unknown): string {
  return typeof value === "string" ? `„${value}“` : String(value);
}

/**
 * German number text -> Decimal. "1.234" is read as German thousands (1234); a dot that cannot be a
 * thousands separator ("0.025", "170.5") as a decimal point, because Excel may hand over such text.
 */
export function parseNumberText(text: string): Decimal | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^\+/, "");
  let normal: string | undefined;
  if (/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+(,\d+)?$/.test(t)) normal = t.replace(",", ".");
  else if (/^-?,\d+$/.test(t)) normal = t.replace(",", "0.");
  else if (/^-?[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(t)) normal = t.replace(/,/g, "");
  else if (/^-?\d+\.\d+$/.test(t)) normal = t;
  return normal === undefined ? undefined : new Decimal(normal);
}

/** `what` is the German noun phrase after "ist", e.g. "kein gültiger Betrag". */
function readNumber(value: unknown, what: string): Read<Decimal> {
  if (typeof value === "number") {
    return Number.isFinite(value) ? ok(new Decimal(value)) : fail(`${show(value)} ist keine gültige Zahl.`);
  }
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed !== undefined) return ok(parsed);
  }
  return fail(`${show(value)} ist ${what}.`);
}

/** An amount in euros: 170000, "170.000", "170.000,00 €", "170000 EUR". Not negative. */
export function readAmount(value: unknown): Read<Decimal> {
  const cleaned = typeof value === "string" ? value.replace(/€|\beur(o)?\b/gi, "") : value;
  const read = readNumber(cleaned, "kein gültiger Betrag (z. B. 170.000,00 €)");
  if (!read.ok)
    return typeof value === "string"
      ? fail(`${show(value)} ist kein gültiger Betrag (z. B. 170.000,00 €).`)
      : read;
  if (read.value.isNegative()) return fail(`Betrag ${show(value)} ist negativ; erlaubt sind Beträge ab 0 €.`);
  return read;
}

/** A count of posts: 3.5, "3,5". Not negative. */
export function readCount(value: unknown): Read<Decimal> {
  const read = readNumber(value, "keine gültige Stellenzahl (z. B. 3,5)");
  if (!read.ok) return read;
  if (read.value.isNegative())
    return fail(`Stellenzahl ${show(value)} ist negativ; erlaubt sind Werte ab 0.`);
  return read;
}

/** A Decimal in German notation for messages: 0.005 -> "0,005". */
function german(value: Decimal): string {
  return value.toString().replace(".", ",");
}

/** From this size on (20 %), a rate given as a bare number is ambiguous: 1 may mean 1 % or 100 %. */
const AMBIGUOUS_BARE_RATE = new Decimal("0.2");

/**
 * The yearly increase ("Steigerung pro Jahr") as a fraction: the number 0.025 (a cell formatted as
 * %), "2,5 %", "0,025". Must lie between −100 % and +100 %: "2,5" without "%" would be 250 % and is
 * refused with a hint. A bare number (no "%") from 0,2 on is refused as ambiguous: 1 read as 100 %
 * would silently double every amount each year where 1 % was meant; with "%" it is clear.
 */
export function readPercent(value: unknown): Read<Decimal> {
  let rate: Decimal | undefined;
  let bare = true;
  if (typeof value === "number" && Number.isFinite(value)) rate = new Decimal(value);
  else if (typeof value === "string") {
    const t = value.trim();
    bare = !t.endsWith("%");
    if (!bare) rate = parseNumberText(t.slice(0, -1))?.dividedBy(100);
    else rate = parseNumberText(t);
  }
  if (rate === undefined)
    return fail(`${show(value)} ist kein gültiger Prozentsatz (z. B. „2,5 %“ oder 0,025).`);
  if (bare && rate.abs().gte(AMBIGUOUS_BARE_RATE) && rate.gte(-1) && rate.lte(1)) {
    const asPercent = german(rate);
    const asHundredfold = german(rate.times(100));
    return fail(
      `${asPercent} als Steigerung ist mehrdeutig: für ${asPercent} % bitte „${asPercent} %“ oder ` +
        `${german(rate.dividedBy(100))} eingeben` +
        (rate.gt(-1) ? `, für ${asHundredfold} % „${asHundredfold} %“.` : "."),
    );
  }
  if (rate.lte(-1) || rate.gt(1)) {
    return fail(
      `Prozentsatz ${show(value)} ist unplausibel (${german(rate.times(100))} %); ` +
        `für 2,5 % bitte „2,5 %“ oder 0,025 eingeben.`,
    );
  }
  return ok(rate);
}

/** A whole year from FIRST_YEAR to LAST_YEAR (dates.ts). */
export function readYear(value: unknown): Read<number> {
  const read = readNumber(value, "kein gültiges Jahr (z. B. 2026)");
  if (!read.ok || !isValidYear(read.value.toNumber())) {
    return fail(`${show(value)} ist kein gültiges Jahr (${FIRST_YEAR} bis ${LAST_YEAR}, z. B. 2026).`);
  }
  return ok(read.value.toNumber());
}

/** No KI worked before 2013 (the law is of 2012): an earlier scenario date is a slip, not a plan. */
const EARLIEST_DATE: IsoDate = "2000-01-01";

/**
 * A date: Excel serial number, "2018-09-01", "01.09.2018" or "09.2018" (1st of the month). A whole
 * number FIRST_YEAR–LAST_YEAR (number or digit text) is a year typed where a date is due, and is refused: read
 * as a serial it would be a day in 1905–1908. Dates before 01.01.2000 are refused as implausible.
 */
export function readDate(value: unknown): Read<IsoDate> {
  if (typeof value === "boolean") return fail(`${show(value)} ist kein Datum.`);
  const text = typeof value === "string" ? value.trim() : undefined;
  const n =
    typeof value === "number" ? value : text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
  if (n !== undefined && isValidYear(n)) {
    return fail(`${n} ist eine Jahreszahl, kein Datum: z. B. 01.01.${n} eingeben.`);
  }
  let date: IsoDate;
  try {
    date = parseDateInput(value);
  } catch (error) {
    if (isKiError(error)) return fail(error.message);
    throw error;
  }
  if (date < EARLIEST_DATE) {
    const why =
      "ist für ein KI unplausibel (die ersten KI starteten 2013); bitte ein Datum wie 01.09.2018 eingeben.";
    return fail(
      n !== undefined
        ? `${String(n).replace(".", ",")} ist als Excel-Datum der ${formatGermanDate(date)}; ein Datum vor dem 01.01.2000 ${why}`
        : `${formatGermanDate(date)} liegt vor dem 01.01.2000 und ${why}`,
    );
  }
  return ok(date);
}

/** Free text (numbers are turned into text). */
export function readText(value: unknown): Read<string> {
  if (typeof value === "string" || typeof value === "number") return ok(String(value).trim());
  return fail(`${show(value)} ist kein Text.`);
}
