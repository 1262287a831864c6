/**
 * ERFUNDENE BEISPIELDATEN (invented examples) for the Vollzug view in the browser preview and for the
 * tests: no real Bescheid, payment or Nachweis. Never shipped into a workbook as figures; the pane
 * says "erfundene Beispieldaten" wherever it shows them. Each flag of the view occurs at least once.
 */
import { ENTITIES } from "../../model";
import { BESCHEIDE, NACHWEISE, ZAHLUNGEN } from "../../model/ledger";

export const EXAMPLE_YEAR = 2024;

const headers = (spec: { columns: readonly { header: string }[] }) => spec.columns.map((c) => c.header);

export interface ExampleTables {
  bescheide: unknown[][];
  zahlungen: unknown[][];
  nachweise: unknown[][];
}

export function exampleTables(): ExampleTables {
  const bescheide: unknown[][] = [headers(BESCHEIDE)];
  const zahlungen: unknown[][] = [headers(ZAHLUNGEN)];
  const nachweise: unknown[][] = [headers(NACHWEISE)];
  const y = EXAMPLE_YEAR;
  ENTITIES.forEach((entity, i) => {
    if (entity.key === "05154") return; // Kleve: no Bescheid (flag "kein Bescheid")
    const number = `BEISPIEL-${y}-${String(i + 1).padStart(2, "0")}`;
    // Invented: a round sum below the maximum; one Kreis above it (Düren).
    const amount = entity.key === "05358" ? 380000 : entity.kind === "kreis" ? 350000 : 300000;
    bescheide.push([entity.key, y, number, `15.01.${y}`, "gesamt", amount, "erfundenes Beispiel"]);
    // Quarterly Abschläge; Bochum calls half the year in January (two-month rule).
    const quarter = amount / 4;
    if (entity.key === "05911") zahlungen.push([entity.key, `20.01.${y}`, amount / 2, number, "Abschlag"]);
    else
      for (const month of ["01", "04", "07", "10"])
        zahlungen.push([entity.key, `20.${month}.${y}`, quarter, number, "Abschlag"]);
    nachweise.push([entity.key, y, `30.06.${y + 1}`, null, null, null, null, "erfundenes Beispiel"]);
  });
  // A bad row, reported and left out: a negative amount.
  bescheide.push(["Köln", y, `BEISPIEL-${y}-99`, `01.09.${y}`, "gesamt", -5000, "erfundenes Beispiel"]);
  return { bescheide, zahlungen, nachweise };
}
