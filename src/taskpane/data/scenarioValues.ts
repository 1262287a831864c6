/**
 * Scenario cells in the pane: which documented parameter a row is (for its hint), and how a cell
 * value is shown for editing. Edit text stays in the German form the model reads back ("0,025",
 * "01.09.2018"), because scenario tables are German whatever the UI language.
 */
import {
  KREIS_PLACEHOLDER,
  excelSerialToIso,
  formatGermanDate,
  scenarioParameterOf,
  type ScenarioParameter,
} from "../../model";

const editNumber = new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 10 });

export function takesKreis(parameter: ScenarioParameter): boolean {
  return parameter.name.includes(KREIS_PLACEHOLDER);
}

/** "Start <Kreis>" + "Kreis Kleve" -> "Start Kreis Kleve". */
export function parameterName(parameter: ScenarioParameter, kreis: string): string {
  return takesKreis(parameter) ? parameter.name.replace(KREIS_PLACEHOLDER, kreis.trim()) : parameter.name;
}

export function editText(parameter: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    // The model's table knows every spelling the parser accepts ("Zusaetzliches KI Köln").
    if (scenarioParameterOf(parameter)?.valueType === "Datum") {
      try {
        return formatGermanDate(excelSerialToIso(value));
      } catch {
        return String(value);
      }
    }
    return editNumber.format(value);
  }
  return String(value);
}

/** What the pane sends for an edited cell: text as typed (the model validates it), empty = clear. */
export function cellValue(text: string): string | null {
  return text.trim() === "" ? null : text.trim();
}
