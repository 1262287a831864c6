/** The sentence a successful action reports, from the Excel layer's structured result. */
import type { ActionNotice, ActionResult } from "../../excel";
import { fill, type I18n, type Strings } from "../i18n";

const NOTICE_TEXT: Record<ActionNotice["code"], keyof Strings> = {
  zustand_beschaedigt: "noticeStateCorrupt",
  zustand_veraltet: "noticeStateOld",
  tabelle_neu_angelegt: "noticeTableNew",
  konflikt_frueher_abgelehnt: "noticeConflictDeclined",
  werte_modus: "noticeValuesMode",
};

/** German shows the layer's own message (it names the sheet); English its code's text. */
export function noticeText(notice: ActionNotice, { language, t }: I18n): string {
  return language === "de" ? notice.message : t[NOTICE_TEXT[notice.code]];
}

export function describeResult(result: ActionResult, i18n: I18n): { message: string; notices: string[] } {
  const { t } = i18n;
  const parts = [fill(t.resultWritten, { rows: result.rowsWritten, sheet: result.sheet })];
  if (result.userEditsKept > 0) parts.push(fill(t.resultEditsKept, { count: result.userEditsKept }));
  if (result.userEditsOverwritten > 0)
    parts.push(fill(t.resultEditsOverwritten, { count: result.userEditsOverwritten }));
  if (result.userRowsKept > 0 || result.userColumnsKept > 0) {
    parts.push(fill(t.resultUserDataKept, { rows: result.userRowsKept, columns: result.userColumnsKept }));
  }
  return { message: parts.join(" "), notices: result.notices.map((notice) => noticeText(notice, i18n)) };
}
