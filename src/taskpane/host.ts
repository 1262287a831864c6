/**
 * The one place that decides how the pane runs. Office.onReady reports the host; inside Excel the
 * pane drives the workbook through src/excel, anywhere else (a plain browser, host null) it is a
 * read-only preview computed by the model alone. Keeping the check here means no component ever
 * asks Office itself, and tests can render either mode by passing it in.
 */
export type PaneMode = "excel" | "preview";

/** The part of Office.onReady's info the pane needs. */
export interface HostInfo {
  host: Office.HostType | null;
}

export function paneModeOf(info: HostInfo | undefined): PaneMode {
  // Office.HostType is only defined once office.js has loaded; compare with its string value so a
  // missing enum (office.js failed to load) still yields preview instead of a crash.
  return info?.host !== null && info?.host !== undefined && String(info.host) === "Excel"
    ? "excel"
    : "preview";
}

/**
 * The language tag the pane should follow: Office's display language in Excel (the user chose it for
 * Office, not for the browser), the browser's language in preview.
 */
export function languageTagOf(mode: PaneMode): string {
  if (mode === "excel") {
    try {
      const tag = Office.context.displayLanguage;
      if (tag) return tag;
    } catch {
      // Office.context may be missing in odd hosts; fall through to the browser's language.
    }
  }
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "de-DE";
}
