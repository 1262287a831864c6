/**
 * Scenario tables and date helpers shared by the bench and its cold-start child. Imports nothing of
 * src/, so the child can load it without warming the model before it measures the first call.
 */

export const FIRST_YEAR = 2013;
export const LAST_YEAR = 2030;

/** Excel serial of a calendar date (1900 date system). */
export function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Three scenario tables as the pane writes them (header row included, Parameter | Wert), with cell
 * values as Excel passes them: dates as serials, percentages as fractions, amounts as numbers.
 */
export const SCENARIOS: Record<string, unknown[][]> = {
  // What "Neues Szenario" writes: only defaults, results equal the rules.
  Basis: [
    ["Parameter", "Wert"],
    ["Bezeichnung", "Basis"],
    ["Steigerung pro Jahr", 0],
    ["Basisjahr Steigerung", 2025],
    ["Monatsberechnung", "ab Startmonat"],
    ["Angenommener Start", serial(2014, 4, 25)],
  ],
  Ausbau: [
    ["Parameter", "Wert"],
    ["Bezeichnung", "Ausbau 2027"],
    ["Kommunale Stellen je KI", 7.5],
    ["Lehrerstellen je KI", 4],
    ["Änderungen ab Jahr", 2027],
    ["Steigerung pro Jahr", 0.025],
    ["Basisjahr Steigerung", 2026],
    ["Monatsberechnung", "ab Startmonat"],
    ["Zusätzliches KI Stadt Köln", serial(2027, 1, 1)],
    ["", ""],
  ],
  Kuerzung: [
    ["Parameter", "Wert"],
    ["Bezeichnung", "Kürzung"],
    ["Betrag je kommunale Stelle", 45000],
    ["Sachkosten je KI", 40000],
    ["Änderungen ab Jahr", 2028],
    ["Ende Stadt Köln", serial(2028, 12, 31)],
    ["Monatsberechnung", "ab Folgemonat"],
  ],
};

/** A fresh copy, as Excel marshals a range anew for every call: no identity can be reused. */
export function copyRange(range: unknown[][]): unknown[][] {
  return range.map((row) => row.slice());
}
