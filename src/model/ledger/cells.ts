/**
 * Reading one cell of a Vollzug table. Each reader returns the value or throws a CellProblem with a
 * German message; the row parser collects them, so a row reports every problem at once. Nothing is
 * "corrected": a value that cannot be read exactly is refused.
 */
import Decimal from "decimal.js";
import { parseDateInput } from "../dates";
import { KiError } from "../errors";
import { resolveEntity } from "../names";
import type { Entity, IsoDate } from "../types";

export class CellProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CellProblem";
    Object.setPrototypeOf(this, CellProblem.prototype);
  }
}

/** Excel shows 15 significant digits; a cell number is read to those, then must be whole cents. */
const EXCEL_DIGITS = 15;
/** German amounts as text: "1.234,56", "1234,56", "1234", optional "€". Dots only as thousands. */
const GERMAN_AMOUNT = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function shown(value: unknown): string {
  const text = String(value).trim();
  return `„${text.length > 40 ? `${text.slice(0, 40)}…` : text}“`;
}

/** Error values from Excel (#NV, #WERT!) arrive as objects with a code; they are named, not read. */
function errorCode(value: unknown): string | null {
  if (value === null || typeof value !== "object") return null;
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code;
  if (v.type === "Error") return typeof v.basicValue === "string" ? v.basicValue : "#VALUE!";
  return null;
}

/** A cell as a primitive; error values and other objects are refused. */
function primitive(value: unknown, column: string): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CellProblem(`${column}: keine endliche Zahl.`);
    return value;
  }
  const code = errorCode(value);
  if (code !== null) throw new CellProblem(`${column}: die Zelle enthält den Fehlerwert ${code}.`);
  const rich = value as { basicValue?: unknown };
  if (rich.basicValue !== undefined && typeof rich.basicValue !== "object")
    return primitive(rich.basicValue, column);
  throw new CellProblem(`${column}: den Wert der Zelle kann KI-Planer nicht lesen.`);
}

export function readEntity(value: unknown, column: string): Entity {
  const v = primitive(value, column);
  if (v === null || (typeof v === "string" && v.trim() === "")) throw new CellProblem(`${column} fehlt.`);
  if (typeof v === "boolean") throw new CellProblem(`${column}: WAHR/FALSCH ist kein Kreis.`);
  try {
    return resolveEntity(typeof v === "number" ? String(v) : v);
  } catch (error) {
    if (error instanceof KiError) throw new CellProblem(`${column}: ${error.message}`);
    throw error;
  }
}

export function readYear(value: unknown, column: string): number {
  const v = primitive(value, column);
  if (v === null || (typeof v === "string" && v.trim() === "")) throw new CellProblem(`${column} fehlt.`);
  const n =
    typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2999) {
    throw new CellProblem(`${column}: ${shown(v)} ist kein Jahr (erwartet eine ganze Zahl wie 2024).`);
  }
  return n;
}

export function readDate(value: unknown, column: string, required: boolean): IsoDate | null {
  const v = primitive(value, column);
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    if (required) throw new CellProblem(`${column} fehlt.`);
    return null;
  }
  if (typeof v === "boolean") throw new CellProblem(`${column}: WAHR/FALSCH ist kein Datum.`);
  // A year alone is no date here: 2024 as a serial would be 16.07.1905.
  if (typeof v === "number" && v < 36_526) {
    throw new CellProblem(`${column}: ${shown(v)} ist kein Datum ab 01.01.2000 (erwartet TT.MM.JJJJ).`);
  }
  try {
    return parseDateInput(v);
  } catch (error) {
    if (error instanceof KiError) throw new CellProblem(`${column}: ${error.message}`);
    throw error;
  }
}

/**
 * An amount in euros, whole cents, never negative. Numbers are read to Excel's 15 digits (so a
 * typed 1234,56 is exactly 1234.56); texts in German form ("1.234,56 €"). More than two decimal
 * places are refused rather than rounded: this is a record of what was granted or paid.
 */
export function readAmount(
  value: unknown,
  column: string,
  required: boolean,
  negativeHint: string,
): Decimal | null {
  const v = primitive(value, column);
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    if (required) throw new CellProblem(`${column} fehlt.`);
    return null;
  }
  if (typeof v === "boolean") throw new CellProblem(`${column}: WAHR/FALSCH ist kein Betrag.`);
  let amount: Decimal;
  if (typeof v === "number") {
    amount = new Decimal(v.toPrecision(EXCEL_DIGITS));
  } else {
    const text = v
      .trim()
      .replace(/\s*(€|EUR)$/i, "")
      .replace(/\s/g, "");
    if (!GERMAN_AMOUNT.test(text)) {
      throw new CellProblem(
        `${column}: ${shown(v)} ist kein Betrag (erwartet eine Zahl oder deutsche Schreibweise wie 1.234,56).`,
      );
    }
    amount = new Decimal(text.replace(/\./g, "").replace(",", "."));
  }
  if (amount.isNegative() && !amount.isZero()) {
    throw new CellProblem(`${column}: ${amount.toFixed().replace(".", ",")} ist negativ; ${negativeHint}`);
  }
  if (amount.decimalPlaces() > 2) {
    throw new CellProblem(
      `${column}: ${amount.toFixed().replace(".", ",")} hat mehr als zwei Nachkommastellen; bitte auf den Cent genau eintragen.`,
    );
  }
  return amount;
}

export function readText(value: unknown, column: string, required: boolean): string | null {
  const v = primitive(value, column);
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    if (required) throw new CellProblem(`${column} fehlt.`);
    return null;
  }
  return typeof v === "boolean" ? (v ? "WAHR" : "FALSCH") : String(v).trim();
}
