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

/**
 * What the Excel the pane runs in can do beyond the manifest's minimum (SharedRuntime 1.1, ExcelApi
 * 1.8): today only whether it runs custom functions (requirement set CustomFunctionsRuntime 1.1,
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets ).
 * Where it does not, the KI.* formulas cannot calculate but the pane and its sheets still work, and
 * the pane says so at start (docs/Excel-Versionen.md lists the Office versions).
 */
export interface Capabilities {
  customFunctions: boolean;
}

/** Everything available: the preview (no Excel to ask) and an Excel that cannot be asked. */
export const FULL_CAPABILITIES: Capabilities = { customFunctions: true };

/**
 * Asks Office, in Excel only, through Office.context.requirements.isSetSupported (the documented
 * run-time check, https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements ).
 * An Office that cannot be asked (no requirements object, or it throws) counts as capable: a wrong
 * warning would tell users their formulas fail when they may not; a missing one leaves Excel's own
 * #NAME? in the cells.
 */
export function capabilitiesOf(mode: PaneMode): Capabilities {
  if (mode !== "excel") return FULL_CAPABILITIES;
  try {
    const requirements = Office.context.requirements;
    if (!requirements || typeof requirements.isSetSupported !== "function") return FULL_CAPABILITIES;
    return { customFunctions: requirements.isSetSupported("CustomFunctionsRuntime", "1.1") === true };
  } catch {
    return FULL_CAPABILITIES;
  }
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
