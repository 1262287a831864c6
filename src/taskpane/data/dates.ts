/**
 * Dates as users type them: German "01.09.2018" (and the other forms the model accepts: ISO, month
 * "09.2018"), English "09/01/2018". Returns an ISO date or null; the model does the German parsing.
 */
import { isIsoDate, parseDateInput } from "../../model";
import type { Language } from "../i18n";

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function parseUserDate(text: string, language: Language): string | null {
  const trimmed = text.trim();
  const us = US_DATE.exec(trimmed);
  if (us) {
    if (language !== "en") return null;
    const iso = `${us[3]}-${us[1].padStart(2, "0")}-${us[2].padStart(2, "0")}`;
    return isIsoDate(iso) ? iso : null;
  }
  // Plain numbers would be read as Excel serials by the model; nobody types a Stichtag that way.
  if (/^\d+$/.test(trimmed)) return null;
  try {
    return parseDateInput(trimmed);
  } catch {
    return null;
  }
}
