/**
 * UI languages of the pane. German is the default (the users work in German); English is used when
 * Office (or, in preview, the browser) runs in English. Every text lives in de.ts / en.ts.
 */
import { createContext, useContext } from "react";
import { de, type Strings } from "./de";
import { en } from "./en";
import { makeFormatter, type Formatter } from "./format";

export type Language = "de" | "en";
export type { Strings };

export const STRINGS: Record<Language, Strings> = { de, en };

/** "en", "en-US", "en-GB" -> English; everything else (de-DE, fr-FR, empty) -> German. */
export function languageOf(tag: string | null | undefined): Language {
  return /^en\b/i.test((tag ?? "").trim()) ? "en" : "de";
}

export const LOCALE: Record<Language, string> = { de: "de-DE", en: "en-US" };

/** Replaces {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

export interface I18n {
  language: Language;
  t: Strings;
  format: Formatter;
}

export function makeI18n(language: Language): I18n {
  return { language, t: STRINGS[language], format: makeFormatter(LOCALE[language]) };
}

export const I18nContext = createContext<I18n>(makeI18n("de"));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
