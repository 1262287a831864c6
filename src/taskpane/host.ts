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

interface OfficeInternals {
  OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } };
}

/**
 * Outside Office, office.js takes the page for an Office 2013 host, loads its O15 helper and, 3 s
 * later, adds a hidden telemetry iframe from telemetryservice.firstpartyapps.oaspapps.com. The CSP
 * blocks it (a console error, and an external request if it were allowed). In preview there is no
 * Office to report to, so the preview switches that frame off. It touches office.js internals, hence
 * the defensive lookups: if they change, nothing breaks and the CSP still blocks the frame.
 */
export function stopPreviewTelemetry(): boolean {
  const endpoint = (globalThis as OfficeInternals).OSF?.Logger?.ulsEndpoint;
  if (!endpoint || typeof endpoint.loadProxyFrame !== "function") return false;
  endpoint.loadProxyFrame = () => undefined;
  return true;
}
