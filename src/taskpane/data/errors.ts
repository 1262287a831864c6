/**
 * Turns anything an action or the model rejects with into a sentence for the user. In German the
 * layer's own message is shown (it names the sheet, scenario or row); in English the error code's
 * text from the strings table, followed by the German detail so nothing specific is lost.
 */
import { isExcelActionError, type ExcelActionErrorCode } from "../../excel";
import { isKiError } from "../../model";
import type { I18n, Strings } from "../i18n";

const CODE_TEXT: Record<ExcelActionErrorCode, keyof Strings> = {
  abgebrochen: "errorCancelled",
  kein_excel: "errorNoExcel",
  szenario_existiert: "errorScenarioExists",
  szenario_fehlt: "errorScenarioMissing",
  ungueltiger_name: "errorInvalidName",
  ungueltige_eingabe: "errorInvalidInput",
  tabelle_beschaedigt: "errorTableDamaged",
  register_fehlt: "errorRegisterMissing",
  eintrag_fehlt: "errorEntryMissing",
  tabelle_gefiltert: "errorTableFiltered",
  name_vergeben: "errorNameTaken",
  excel_fehler: "errorExcel",
};

export function describeError(
  error: unknown,
  { language, t }: I18n,
): { cancelled: boolean; message: string } {
  if (isExcelActionError(error)) {
    const cancelled = error.code === "abgebrochen";
    if (language === "de") return { cancelled, message: error.message };
    return { cancelled, message: `${t[CODE_TEXT[error.code]]} (${error.message})` };
  }
  if (isKiError(error)) return { cancelled: false, message: error.message };
  if (error instanceof DOMException && error.name === "AbortError")
    return { cancelled: true, message: t.errorCancelled };
  const detail = error instanceof Error ? error.message : String(error);
  return { cancelled: false, message: `${t.errorUnexpected} ${detail}` };
}
