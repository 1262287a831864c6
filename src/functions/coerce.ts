/**
 * Coercion of Excel arguments. The KI.* functions declare their scalar parameters as `any`, so Excel
 * hands over what the cell holds (number, text, boolean, null for an empty or omitted argument) and
 * the rules below, not Excel's silent conversions, decide what is accepted. Every refusal is a
 * KiError("ungueltig") with a German message naming the parameter; errors.ts maps it to #VALUE!.
 */
import {
  FIRST_YEAR,
  KiError,
  LAST_YEAR,
  excelSerialToIso,
  foldText,
  isValidYear,
  makeIso,
  parseDateInput,
  todayIso,
  type IsoDate,
} from "../model";

/** A plain number written as text: "2016", " 2016 ", "2016,0", "-3.5". No exponents, no "NaN". */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;
/** 01.01.2000: a `stichtag` number that is no year must be a date serial from this day on. */
const MIN_SERIAL = 36_526;
/** Longer text is no Kreis name; refusing it early keeps name matching cheap. */
const MAX_TEXT_LENGTH = 200;

function invalid(message: string): KiError {
  return new KiError("ungueltig", message);
}

function quote(text: string): string {
  return text.length > 40 ? `„${text.slice(0, 40)}…“` : `„${text}“`;
}

/** The error code of an Excel error value as a custom function may receive it, else null. */
function errorCodeOf(value: object): string | null {
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code;
  if (v.type === "Error") return typeof v.basicValue === "string" ? v.basicValue : "#VALUE!";
  if (value instanceof Error) return "#VALUE!";
  return null;
}

/**
 * One cell's value as a primitive: string, finite number, boolean, null or undefined. Error values
 * are refused (#N/A stays #N/A, as Excel itself propagates it; any other error becomes #VALUE!).
 * Rich cell values (functions.json, generated from functions.ts by custom-functions-metadata-plugin,
 * sets allowCustomDataForDataTypeAny, so data types reach `any` parameters) are read through their
 * plain value: `basicValue` of numbers, texts and booleans, `text` of an entity.
 */
export function basicValue(value: unknown, name: string): unknown {
  if (value === null || value === undefined || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(`„${name}“ ist keine endliche Zahl.`);
    return value;
  }
  if (typeof value === "object" && !Array.isArray(value)) {
    const code = errorCodeOf(value);
    if (code !== null) {
      throw new KiError(
        code === "#N/A" ? "nicht_gefunden" : "ungueltig",
        `„${name}“ enthält den Fehlerwert ${code}.`,
      );
    }
    const rich = value as { basicValue?: unknown; text?: unknown; type?: unknown };
    if (rich.basicValue !== undefined && typeof rich.basicValue !== "object")
      return basicValue(rich.basicValue, name);
    if (rich.type === "Entity" && typeof rich.text === "string") return rich.text;
  }
  throw invalid(`„${name}“ hat einen Wert, den KI-Planer nicht lesen kann.`);
}

/**
 * Unwraps a 1×1 range to its value (Excel may pass a one-cell reference as a matrix) and refuses
 * larger ranges and error values. Returns a primitive: string, number, boolean, null or undefined.
 */
export function scalar(value: unknown, name: string): unknown {
  let v = value;
  if (Array.isArray(v)) {
    const rows = v.length;
    const first: unknown = v[0];
    const cols = Array.isArray(first) ? first.length : rows > 0 ? 1 : 0;
    if (rows > 1 || cols > 1) {
      throw invalid(
        `„${name}“ erwartet einen einzelnen Wert, erhalten wurde ein Bereich mit ${rows} × ${cols} Zellen.`,
      );
    }
    // [[x]] (a one-cell range) or [x]; an empty range counts as an empty cell.
    v = Array.isArray(first) ? first[0] : first;
    if (Array.isArray(v))
      throw invalid(`„${name}“ erwartet einen einzelnen Wert, keinen verschachtelten Bereich.`);
  }
  return basicValue(v, name);
}

/** Omitted argument, empty cell, or text of blanks only: all mean "not given". */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A number from a number or a number text; anything else is refused. */
function numberOf(v: unknown, name: string, expected: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && NUMBER_TEXT.test(v.trim())) return Number(v.trim().replace(",", "."));
  if (typeof v === "boolean") throw invalid(`„${name}“ erwartet ${expected}, kein WAHR/FALSCH.`);
  throw invalid(`„${name}“ erwartet ${expected}, erhalten: ${quote(String(v))}.`);
}

function required(value: unknown, name: string, what: string): unknown {
  const v = scalar(value, name);
  if (isBlank(v)) throw invalid(`„${name}“ fehlt: bitte ${what} angeben.`);
  return v;
}

/** `jahr`: a whole calendar year FIRST_YEAR–LAST_YEAR (the model's valid years), as number or text ("2016"). */
export function toYear(value: unknown, name = "jahr"): number {
  const n = numberOf(required(value, name, "ein Jahr wie 2016"), name, "ein Jahr wie 2016");
  if (!Number.isInteger(n)) throw invalid(`„${name}“ muss ein ganzes Jahr sein, nicht ${formatNumber(n)}.`);
  if (n < FIRST_YEAR || n > LAST_YEAR) {
    // A date serial in a year cell is the most likely slip: name the way out.
    const hint = n > LAST_YEAR && n < 2_958_466 ? " Für ein Datum bitte JAHR(…) verwenden." : "";
    throw invalid(
      `„${name}“ muss ein Jahr von ${FIRST_YEAR} bis ${LAST_YEAR} sein, nicht ${formatNumber(n)}.${hint}`,
    );
  }
  return n;
}

/** Optional year; `fallback` (e.g. the current year) when not given. */
export function toOptionalYear(value: unknown, fallback: () => number, name = "jahr"): number {
  return isBlank(scalar(value, name)) ? fallback() : toYear(value, name);
}

/**
 * `stichtag`: an Excel date (serial number from 01.01.2000 on, a time part is ignored), a date text
 * ("31.12.2016", "2016-12-31", "12.2016" = 1st of the month), or a whole year 1900–2999 meaning 31.12.
 * of that year. Other numbers (2016.5, 1899, 3000, 100) are refused, not read as days in 1900–1908.
 */
export function toDate(value: unknown, name = "stichtag"): IsoDate {
  const v = required(value, name, "ein Datum oder ein Jahr");
  if (typeof v === "boolean") throw invalid(`„${name}“ erwartet ein Datum oder ein Jahr, kein WAHR/FALSCH.`);
  const text = typeof v === "string" ? v.trim() : null;
  // Only whole-number text is read as a number here: "09.2018" is a month, not 9,2018; other text
  // (dates, serials with a comma) goes to the model's date parser.
  const n = typeof v === "number" ? v : text !== null && /^\d+$/.test(text) ? Number(text) : null;
  if (n !== null) {
    if (isValidYear(n)) return makeIso(n, 12, 31);
    // Any other number must be a date serial from 01.01.2000 on: below that it would be a day in
    // 1900–1908 (2016.5 = 08.07.1905), which no one means (serial 60 is not even a real day).
    if (n < MIN_SERIAL) {
      throw invalid(
        `„${name}“: ${formatNumber(n)} ist weder ein ganzes Jahr (${FIRST_YEAR}–${LAST_YEAR}) noch ein Datum ab ` +
          `01.01.2000: bitte ein Jahr als ganze Zahl (2016) oder ein Datum eingeben, z. B. DATUM(2016;12;31).`,
      );
    }
    return rethrowAs(name, () => excelSerialToIso(n));
  }
  return rethrowAs(name, () => parseDateInput(text));
}

export function toOptionalDate(value: unknown, fallback: () => IsoDate, name = "stichtag"): IsoDate {
  return isBlank(scalar(value, name)) ? fallback() : toDate(value, name);
}

/** Prefix the model's date message with the parameter name. */
function rethrowAs<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof KiError)
      throw new KiError(error.code, `„${name}“: ${error.message}`, error.candidates);
    throw error;
  }
}

/**
 * `kreis`: a name or key as text, or a key as a number (5358 → "5358"; the model's name resolution
 * accepts keys without the leading zero). Returns the trimmed text for resolveEntity.
 */
export function toEntityText(value: unknown, name = "kreis"): string {
  const v = required(value, name, "einen Kreis, eine kreisfreie Stadt oder einen Schlüssel");
  if (typeof v === "boolean")
    throw invalid(`„${name}“ erwartet einen Namen oder Schlüssel, kein WAHR/FALSCH.`);
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v <= 0)
      throw invalid(`„${name}“: ${formatNumber(v)} ist kein Kreisschlüssel.`);
    return String(v);
  }
  const text = String(v).trim();
  if (text.length > MAX_TEXT_LENGTH)
    throw invalid(`„${name}“ ist zu lang für einen Namen (${text.length} Zeichen).`);
  return text;
}

/**
 * A choice among fixed words (`bestandteil`, `art`, `feld`), case-insensitive; umlauts and ß may be
 * written as ae/oe/ue/ss. Blank means `fallback` (when there is one).
 */
export function toChoice<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const v = scalar(value, name);
  if (isBlank(v)) {
    if (fallback !== undefined) return fallback;
    throw invalid(`„${name}“ fehlt: erlaubt sind ${listChoices(allowed)}.`);
  }
  if (typeof v !== "string") {
    throw invalid(`„${name}“ erwartet einen Text (${listChoices(allowed)}), erhalten: ${String(v)}.`);
  }
  const wanted = foldText(v);
  const hit = allowed.find((a) => foldText(a) === wanted);
  if (hit === undefined)
    throw invalid(`„${name}“: ${quote(v.trim())} ist unbekannt; erlaubt sind ${listChoices(allowed)}.`);
  return hit;
}

export function listChoices(allowed: readonly string[]): string {
  return allowed.map((a) => `„${a}“`).join(", ");
}

/** German number text for messages (1234.5 → "1234,5"). */
function formatNumber(n: number): string {
  return String(n).replace(".", ",");
}

/** Today's date in local time, like Excel's HEUTE() (the model's clock). */
export const today = (): IsoDate => todayIso();
