/**
 * KI.ZENTRUM: one Kreis or kreisfreie Stadt and its centre on a date as an Excel entity value, a cell
 * that holds the whole record and shows it as a card; its fields can be referenced (=A2.Förderung).
 * Where the platform cannot take entity values from custom functions, the cell gets the name as text.
 *
 * Microsoft's requirements, checked at run time (isSetSupported), not assumed:
 * - custom functions returning data types need CustomFunctionsRuntime 1.4, and the entity schema is
 *   ExcelApi 1.16 (Excel.EntityCellValue: "[Api set: ExcelApi 1.16]" in @types/office-js);
 * - the metadata must allow data types for `any` results: `allowCustomDataForDataTypeAny: true`
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts),
 *   which custom-functions-metadata writes into every functions.json it generates.
 * `capturesCallingObject` is not needed: it is for functions called on an entity (=A2.FUNKTION()),
 * not for functions that return one
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json, options).
 */
import {
  KiError,
  TOTAL_COMPONENT,
  isoToExcelSerial,
  fundingYear,
  openingOf,
  registryRowsAt,
  resolveEntity,
  yearOf,
  type IsoDate,
  type RegistryRow,
  type Scenario,
} from "../model";
import { longSources, NO_RULE_TEXT } from "./catalogue";
import { toEntityText, toOptionalDate, today } from "./coerce";
import { toScenario } from "./scenarioArg";

/** Excel's format codes are read the same in every locale ("dd.mm.yyyy" shows 31.12.2016). */
const DATE_FORMAT = "dd.mm.yyyy";
const EURO_FORMAT = '#,##0.00 "€"';

/** The field names, as a formula refers to them (=A2.Förderung) and as the card shows them. */
export const CARD_FIELDS = {
  name: "Name",
  key: "Schlüssel",
  type: "Art",
  bezirk: "Regierungsbezirk",
  date: "Stichtag",
  status: "Status",
  posts: "Stellen",
  year: "Förderjahr",
  funding: "Förderung",
  opening: "Eröffnung",
  grantStart: "Förderbeginn",
  dataStatus: "Datenstand",
  sources: "Quellen",
} as const;

type Property = Excel.StringCellValue | Excel.DoubleCellValue | Excel.FormattedNumberCellValue;

const text = (value: string): Excel.StringCellValue => ({ type: "String", basicValue: value });
const date = (iso: IsoDate): Excel.FormattedNumberCellValue => ({
  type: "FormattedNumber",
  basicValue: isoToExcelSerial(iso),
  numberFormat: DATE_FORMAT,
});

/** Entity values from custom functions: CustomFunctionsRuntime 1.4 and ExcelApi 1.16 (see above). */
export function entityValuesSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements === undefined || typeof requirements.isSetSupported !== "function") return false;
  return (
    requirements.isSetSupported("CustomFunctionsRuntime", "1.4") &&
    requirements.isSetSupported("ExcelApi", "1.16")
  );
}

/** The entity's row at the date; with several (a scenario's extra centre), the working one first. */
function rowOf(key: string, day: IsoDate, scenario: Scenario): Readonly<RegistryRow> {
  const rows = registryRowsAt(day, scenario).filter((r) => r.entity.key === key);
  return rows.find((r) => r.active) ?? rows[0];
}

/** The year's Förderung of the entity, or why there is none: a card shows what it knows. */
function fundingOf(key: string, year: number, scenario: Scenario): Property {
  try {
    const amounts = fundingYear(year, scenario).byEntity.get(key)!;
    return {
      type: "FormattedNumber",
      basicValue: amounts[TOTAL_COMPONENT].toNumber(),
      numberFormat: EURO_FORMAT,
    };
  } catch (error) {
    if (error instanceof KiError && error.code === "keine_regel") return text(`${NO_RULE_TEXT} für ${year}`);
    throw error;
  }
}

function dataStatus(row: Readonly<RegistryRow>): string {
  if (row.centre === null) return "kein KI verzeichnet";
  const grant =
    row.grantFromOpening === true
      ? "Förderbeginn nicht belegt, gerechnet ab Eröffnung"
      : `Förderbeginn ${row.grantStartStatus ?? ""}: ${row.grantStartKnown ?? ""}`;
  return `Eröffnung ${row.startStatus ?? ""}: ${row.startKnown ?? ""}; ${grant}`;
}

/** The card of one entity at a date: every field, layout and provider of Microsoft's schema. */
export function centreEntity(key: string, day: IsoDate, scenario: Scenario): Excel.EntityCellValue {
  const row = rowOf(key, day, scenario);
  const entity = row.entity;
  const year = yearOf(day);
  const F = CARD_FIELDS;
  const properties: Record<string, Property> = {
    [F.name]: text(entity.name),
    [F.key]: text(entity.key),
    [F.type]: text(entity.typeLabel),
    [F.bezirk]: text(entity.bezirk),
    [F.date]: date(day),
    [F.status]: text(row.statusText),
    [F.posts]:
      row.posts === null ? text(NO_RULE_TEXT) : { type: "Double", basicValue: row.posts.gesamt.toNumber() },
    [F.year]: { type: "Double", basicValue: year },
    [F.funding]: fundingOf(entity.key, year, scenario),
    [F.opening]: row.centre === null ? text("kein KI verzeichnet") : date(openingOf(row.centre)),
    [F.grantStart]: row.grantStart === null ? text("kein KI verzeichnet") : date(row.grantStart),
    [F.dataStatus]: text(dataStatus(row)),
    [F.sources]: text(row.sources.length === 0 ? "keine" : longSources(row.sources)),
  };
  return {
    type: "Entity",
    text: entity.name,
    properties,
    layouts: {
      card: {
        title: { property: F.name },
        subTitle: { property: F.type },
        sections: [
          { layout: "List", properties: [F.key, F.bezirk] },
          {
            layout: "List",
            title: "Am Stichtag",
            properties: [F.date, F.status, F.posts, F.year, F.funding],
          },
          {
            layout: "List",
            title: "Daten und Quellen",
            collapsible: true,
            collapsed: false,
            properties: [F.opening, F.grantStart, F.dataStatus, F.sources],
          },
        ],
      },
    },
    provider: { description: "KI-Planer" },
  } satisfies Excel.EntityCellValue;
}

/** KI.ZENTRUM's body: the entity value where supported, else the name as text. */
export function zentrumOf(
  kreis: unknown,
  stichtag?: unknown,
  szenario?: unknown,
): Excel.EntityCellValue | string {
  const entity = resolveEntity(toEntityText(kreis));
  const day = toOptionalDate(stichtag, today);
  const scenario = toScenario(szenario);
  if (!entityValuesSupported()) return entity.name;
  return centreEntity(entity.key, day, scenario);
}
