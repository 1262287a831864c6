/**
 * Calendar dates as ISO strings ("YYYY-MM-DD") and conversions to and from Excel.
 * Dates are days, never times: no time zones are involved (all arithmetic in UTC).
 */
import { KiError } from "./errors";
import type { IsoDate } from "./types";

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_PATTERN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MONTH_YEAR_PATTERN = /^(\d{1,2})[./](\d{4})$/;

/**
 * The years the add-in computes for, in every layer (functions, scenarios, comparison, pane): 1900,
 * the first year of Excel's date system, to 2999. The upper bound is the functions' rule: a whole
 * number up to 2999 where a date is due (`stichtag`, a scenario date) is taken as a year, a larger
 * one as a date serial (3000 is 18.03.1908), so later years could not be told apart from serials.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** True for a whole year from FIRST_YEAR to LAST_YEAR. */
export function isValidYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Excel's fictitious 29.02.1900 (Lotus 1-2-3 compatibility): serial 60, refused. */
const LOTUS_LEAP_SERIAL = 60;
/** 31.12.9999, the largest date Excel shows. */
const MAX_SERIAL = 2_958_465;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function makeIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return (
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** True for a real calendar date in ISO form (1900-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_PATTERN.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Throws KiError("ungueltig") unless `value` is a real ISO date. */
export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new KiError(
      "ungueltig",
      `'${value}' ist kein gültiges Datum (erwartet JJJJ-MM-TT, z. B. 2018-09-01).`,
    );
  }
  return value;
}

export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_PATTERN.exec(iso);
  if (m === null) throw new KiError("ungueltig", `'${iso}' ist kein gültiges Datum (erwartet JJJJ-MM-TT).`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2018-09-01" -> "01.09.2018" (for German messages). */
export function formatGermanDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${pad(day, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
}

export function yearStart(year: number): IsoDate {
  return makeIso(year, 1, 1);
}

/** Last day of the year, the date posts are counted on ("Stellen am 31.12."). */
export function yearEnd(year: number): IsoDate {
  return makeIso(year, 12, 31);
}

export function monthStart(year: number, month: number): IsoDate {
  return makeIso(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return makeIso(year, month, daysInMonth(year, month));
}

/** The day before `iso` (used to close a rule version the day before the next one starts). */
export function dayBefore(iso: IsoDate): IsoDate {
  const { year, month, day } = isoParts(iso);
  const d = new Date(Date.UTC(year, month - 1, day) - MS_PER_DAY);
  return makeIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * ISO date -> Excel serial number in the 1900 date system. Excel counts the non-existent 29.02.1900
 * (serial 60), so dates from 01.03.1900 on are one higher than a plain day count. No real date maps
 * to 60 ("1900-02-29" is refused like any other impossible date), just as 60 is refused on input.
 */
export function isoToExcelSerial(iso: IsoDate): number {
  const { year, month, day } = isoParts(assertIsoDate(iso));
  if (year < 1900) {
    throw new KiError(
      "ungueltig",
      `Datum ${formatGermanDate(iso)} liegt vor 1900 und hat keine Excel-Seriennummer.`,
    );
  }
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 31)) / MS_PER_DAY;
  return days >= LOTUS_LEAP_SERIAL ? days + 1 : days;
}

/**
 * Excel serial number (1900 date system) -> ISO date. A fractional part is a time of day and is
 * ignored. Serial 60 is Excel's 29.02.1900, a day that never was: refused with a message about what
 * was typed (accepting it would only fail later, quoting "1900-02-29", which nobody typed).
 */
export function excelSerialToIso(serial: number): IsoDate {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
    throw new KiError(
      "ungueltig",
      `${String(serial)} ist keine gültige Excel-Seriennummer für ein Datum (erlaubt 1 bis ${MAX_SERIAL}).`,
    );
  }
  const whole = Math.floor(serial);
  if (whole === LOTUS_LEAP_SERIAL) {
    throw new KiError(
      "ungueltig",
      `${String(serial).replace(".", ",")} ist in Excel der 29.02.1900, den es nicht gab ` +
        `(Excel zählt ihn nur aus Kompatibilität mit); bitte ein echtes Datum eingeben, z. B. 01.09.2018.`,
    );
  }
  const offset = whole > LOTUS_LEAP_SERIAL ? whole - 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 31) + offset * MS_PER_DAY);
  return makeIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "01.09.2018" or "1.9.2018" -> "2018-09-01". Two-digit years are refused (no guessing the century). */
export function parseGermanDate(text: string): IsoDate {
  const m = GERMAN_PATTERN.exec(text.trim());
  if (m === null || !isRealDate(Number(m[3]), Number(m[2]), Number(m[1]))) {
    throw new KiError(
      "ungueltig",
      `'${text}' ist kein gültiges Datum (erwartet TT.MM.JJJJ, z. B. 01.09.2018).`,
    );
  }
  return makeIso(Number(m[3]), Number(m[2]), Number(m[1]));
}

/**
 * A date as Excel or a user gives it: an Excel serial number, an ISO string, "01.09.2018", or a month
 * "09.2018" (taken as the 1st of that month). Throws KiError("ungueltig") otherwise.
 */
export function parseDateInput(value: unknown): IsoDate {
  if (typeof value === "number") return excelSerialToIso(value);
  if (typeof value === "string") {
    const text = value.trim();
    if (ISO_PATTERN.test(text)) return assertIsoDate(text);
    if (GERMAN_PATTERN.test(text)) return parseGermanDate(text);
    const m = MONTH_YEAR_PATTERN.exec(text);
    if (m !== null && isRealDate(Number(m[2]), Number(m[1]), 1))
      return makeIso(Number(m[2]), Number(m[1]), 1);
    // Digits only: a serial number passed as text. "13.2018" is not read as a serial with a fraction.
    if (/^\d+$/.test(text)) return excelSerialToIso(Number(text));
  }
  throw new KiError(
    "ungueltig",
    `'${String(value)}' ist kein Datum (erlaubt: TT.MM.JJJJ, JJJJ-MM-TT, MM.JJJJ oder eine Excel-Datumszahl).`,
  );
}

/** Throws KiError("ungueltig") unless `year` is a valid year (isValidYear). */
export function assertYear(year: number): number {
  if (!isValidYear(year)) {
    throw new KiError(
      "ungueltig",
      `'${String(year)}' ist kein gültiges Jahr (erwartet eine ganze Zahl von ${FIRST_YEAR} bis ${LAST_YEAR} wie 2025).`,
    );
  }
  return year;
}
