/**
 * Run-time checks for Excel APIs above the manifest's minimum (ExcelApi 1.8, manifest.xml
 * `<Requirements>`). Every such API in src/excel is used only where `supportsExcelApi` says so, with a
 * fallback beside it (docs/Excel-Versionen.md lists them). The check is Microsoft's documented one,
 * `Office.context.requirements.isSetSupported`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 *
 * An Office that cannot be asked (no `Office.context.requirements`, or it throws) counts as NOT
 * supporting anything above the minimum: the fallbacks are always safe, a wrong "yes" would fail.
 */

/** APIs above ExcelApi 1.8 that src/excel uses, with the set that brings them. */
export const EXCEL_API_ABOVE_MINIMUM = {
  /** Table.autoFilter (isDataFiltered): the filter check. Fallback: Range.rowHidden (1.2). */
  tableAutoFilter: "1.9",
} as const;

export type ExcelApiFeature = keyof typeof EXCEL_API_ABOVE_MINIMUM;

/** The manifest's declared minimum ExcelApi version. */
export const MANIFEST_MINIMUM_EXCEL_API = "1.8";

type RequirementCheck = (set: string, version: string) => boolean;

let override: RequirementCheck | null = null;

/** Tests choose what the "Excel" supports; null restores Office.context.requirements. */
export function setRequirementCheck(check: RequirementCheck | null): void {
  override = check;
}

function officeCheck(set: string, version: string): boolean {
  try {
    const requirements =
      typeof Office === "undefined"
        ? undefined
        : (Office.context?.requirements as Office.RequirementSetSupport);
    if (requirements === undefined || typeof requirements.isSetSupported !== "function") return false;
    return requirements.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

/** True when this Excel supports the ExcelApi version that brings `feature`. */
export function supportsExcelApi(feature: ExcelApiFeature): boolean {
  const version = EXCEL_API_ABOVE_MINIMUM[feature];
  return (override ?? officeCheck)("ExcelApi", version);
}
