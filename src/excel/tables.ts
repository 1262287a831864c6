/**
 * What the add-in wants in each of its tables, as plain 2-D data (pure; no Office). German headers,
 * Office.js number formats in invariant codes (Excel shows them in the user's locale: 1.234,56 €,
 * TT.MM.JJJJ). Decimals become numbers only here, at the cell boundary; euros come rounded from the model.
 */
import type Decimal from "decimal.js";
import {
  RULES,
  isoToExcelSerial,
  reconcile,
  registryAt,
  citationOf,
  type EntityKind,
  type IsoDate,
  type ReconciliationRow,
  type RegistryRow,
  type RuleVersion,
} from "../model";
import type { CellValue, ColumnSpec, DesiredRow, DesiredTable } from "./merge";
import { scenarioReference } from "./naming";

export const FORMAT_TEXT = "@";
export const FORMAT_DATE = "dd.mm.yyyy";
export const FORMAT_EURO = '#,##0.00 "€"';
export const FORMAT_POSTS = "#,##0.0#";
export const FORMAT_COUNT = "#,##0";
export const FORMAT_PERCENT = "0.00%";
export const FORMAT_YEAR = "0";

export const REGISTER = { sheet: "KI-Register", table: "KI_Register", key: "Schlüssel" } as const;
export const RULES_TABLE = { sheet: "KI-Regeln", table: "KI_Regeln", key: "ID" } as const;
export const COMPARISON = {
  sheet: "KI-Vergleich",
  table: "KI_Vergleich",
  key: "Jahr",
  chart: "KI_Vergleich_Diagramm",
} as const;
export const RECONCILIATION = { sheet: "KI-Abgleich", table: "KI_Abgleich", key: "ID" } as const;

/**
 * Register column headers, also used for the conditional formats. "Start" is the opening (counts and
 * the status at the Stichtag follow it), "Förderbeginn" the grant start (money follows it; the opening
 * where none is documented, said so in "Förderbeginn bekannt").
 */
export const REGISTER_HEADERS = {
  key: "Schlüssel",
  name: "Name",
  type: "Art",
  bezirk: "Regierungsbezirk",
  start: "Start",
  startKnown: "Start bekannt",
  startStatus: "Status Start",
  grantStart: "Förderbeginn",
  grantStartKnown: "Förderbeginn bekannt",
  grantStartStatus: "Status Förderbeginn",
  status: "Status am Stichtag",
  stichtag: "Stichtag",
  postsMunicipal: "Stellen kommunal",
  postsTeacher: "Stellen Lehrer",
  postsTotal: "Stellen gesamt",
  gap: "Lücke",
  sources: "Quelle(n)",
  sourceText: "Quellenangaben",
  note: "Hinweis",
} as const;

const num = (d: Decimal | null | undefined): number | null =>
  d === null || d === undefined ? null : d.toNumber();
const date = (iso: IsoDate | null | undefined): number | null =>
  iso === null || iso === undefined ? null : isoToExcelSerial(iso);
const text = (s: string | null | undefined): string | null =>
  s === null || s === undefined || s === "" ? null : s;

/** "seed:001; web:kreis-kleve" */
export function sourceIds(ids: readonly string[]): string | null {
  return text([...new Set(ids)].join("; "));
}

/** Readable list of citations (title, publisher, date, address or seed file); unknown ids stay as they are. */
export function sourceText(ids: readonly string[]): string | null {
  return text(
    [...new Set(ids)]
      .map((id) => {
        const cited = citationOf(id);
        return cited === id ? id : `${id}: ${cited}`;
      })
      .join(" | "),
  );
}

/** Register keys are text with leading zeros; a user's 5358 (number or text) still means "05358". */
export function normalizeEntityKey(value: unknown): string {
  const text =
    typeof value === "number" && Number.isInteger(value) && value > 0
      ? String(value)
      : value === null || value === undefined
        ? ""
        : String(value).trim();
  if (!/^\d+$/.test(text) || text.length > 8) return text;
  return text.length <= 5 ? text.padStart(5, "0") : text.padStart(8, "0");
}

function gapText(row: RegistryRow): string | null {
  const flags: string[] = [];
  if (row.centre === null) flags.push("kein KI bekannt");
  else if (row.statusText === "noch kein Zentrum") flags.push("kein KI am Stichtag");
  else if (row.statusText === "geschlossen") flags.push("KI geschlossen");
  if (row.startStatus === "angenommen") flags.push("Start angenommen");
  if (row.startStatus === "widersprüchlich") flags.push("Quellen widersprüchlich");
  if (row.active && row.posts === null) flags.push("keine Regel am Stichtag");
  return text(flags.join("; "));
}

const REGISTER_COLUMNS: ColumnSpec[] = [
  { header: REGISTER_HEADERS.key, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.name, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.type, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.bezirk, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.start, numberFormat: FORMAT_DATE },
  { header: REGISTER_HEADERS.startKnown, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.startStatus, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.grantStart, numberFormat: FORMAT_DATE },
  { header: REGISTER_HEADERS.grantStartKnown, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.grantStartStatus, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.status, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.stichtag, numberFormat: FORMAT_DATE },
  { header: REGISTER_HEADERS.postsMunicipal, numberFormat: FORMAT_POSTS },
  { header: REGISTER_HEADERS.postsTeacher, numberFormat: FORMAT_POSTS },
  { header: REGISTER_HEADERS.postsTotal, numberFormat: FORMAT_POSTS },
  { header: REGISTER_HEADERS.gap, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.sources, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.sourceText, numberFormat: FORMAT_TEXT },
  { header: REGISTER_HEADERS.note, numberFormat: FORMAT_TEXT },
];

/** The register at `stichtag` (default scenario): one row per centre, or per entity without one. */
export function registerTable(stichtag: IsoDate, rows: RegistryRow[] = registryAt(stichtag)): DesiredTable {
  const seen = new Map<string, number>();
  const desired: DesiredRow[] = rows.map((row) => {
    // Two centres of one entity (only from scenarios) get "05358", "05358-2".
    const n = (seen.get(row.entity.key) ?? 0) + 1;
    seen.set(row.entity.key, n);
    const key = n === 1 ? row.entity.key : `${row.entity.key}-${n}`;
    const cells: CellValue[] = [
      key,
      row.entity.name,
      row.entity.typeLabel,
      row.entity.bezirk,
      date(row.start),
      text(row.startKnown),
      text(row.startStatus),
      date(row.grantStart),
      text(row.grantStartKnown),
      text(row.grantStartStatus),
      row.statusText,
      date(stichtag),
      num(row.posts?.kommunal),
      num(row.posts?.lehrer),
      num(row.posts?.gesamt),
      gapText(row),
      sourceIds(row.sources),
      sourceText(row.sources),
      text(row.centre?.note),
    ];
    return { key, cells };
  });
  return {
    columns: REGISTER_COLUMNS,
    keyColumn: REGISTER.key,
    rows: desired,
    normalizeKey: normalizeEntityKey,
  };
}

const KIND_LABELS: Record<EntityKind, string> = { kreisfreieStadt: "kreisfreie Stadt", kreis: "Kreis" };

const RULE_COLUMNS: ColumnSpec[] = [
  { header: "ID", numberFormat: FORMAT_TEXT },
  { header: "Fassung", numberFormat: FORMAT_TEXT },
  { header: "Gültig ab", numberFormat: FORMAT_DATE },
  { header: "Gültig bis", numberFormat: FORMAT_DATE },
  { header: "Gilt für", numberFormat: FORMAT_TEXT },
  { header: "Bestandteil", numberFormat: FORMAT_TEXT },
  { header: "Bezeichnung", numberFormat: FORMAT_TEXT },
  { header: "Stellen", numberFormat: FORMAT_POSTS },
  { header: "Betrag je Stelle", numberFormat: FORMAT_EURO },
  { header: "Betrag je KI und Jahr", numberFormat: FORMAT_EURO },
  { header: "Zahler", numberFormat: FORMAT_TEXT },
  { header: "Status", numberFormat: FORMAT_TEXT },
  { header: "Quelle(n)", numberFormat: FORMAT_TEXT },
  { header: "Quellenangaben", numberFormat: FORMAT_TEXT },
  { header: "Gültigkeit", numberFormat: FORMAT_TEXT },
  { header: "Hinweis", numberFormat: FORMAT_TEXT },
];

/** One row per rule version and component: key "<version id>/<component id>". */
export function rulesTable(rules: readonly RuleVersion[] = RULES): DesiredTable {
  const rows: DesiredRow[] = [];
  for (const version of rules) {
    for (const c of version.components) {
      const key = `${version.id}/${c.id}`;
      // Yearly amount per centre: the fixed amount, or posts × amount per post (exact in Decimal).
      const perCentre =
        c.amountPerCentre ??
        (c.posts !== undefined && c.amountPerPost !== undefined ? c.posts.times(c.amountPerPost) : undefined);
      const sources = [...c.sources, ...version.sources];
      rows.push({
        key,
        cells: [
          key,
          version.title,
          date(version.validFrom),
          date(version.validTo),
          version.appliesTo.map((k) => KIND_LABELS[k]).join(", "),
          c.id,
          c.label,
          num(c.posts),
          num(c.amountPerPost),
          num(perCentre),
          c.payer,
          c.status,
          sourceIds(sources),
          sourceText(sources),
          text(version.validityNote),
          text([c.note, version.note].filter((x) => x !== undefined).join(" ")),
        ],
      });
    }
  }
  return { columns: RULE_COLUMNS, keyColumn: RULES_TABLE.key, rows };
}

/**
 * Escapes a column name inside a structured reference's brackets: Excel wants an apostrophe before
 * each of  ' [ ] # @  (other special characters only need the brackets, which callers add).
 */
export function escapeColumn(name: string): string {
  return name.replace(/(['#@[\]])/g, "'$1");
}

/** A string literal in a formula. */
export function formulaString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export interface ComparisonScenario {
  name: string;
  table: string;
}

const FIXED_COMPARISON_HEADERS = ["jahr"];

/** Header of a scenario's column: its name, unless that clashes with a fixed header. */
export function scenarioColumnHeader(name: string): string {
  return FIXED_COMPARISON_HEADERS.includes(name.trim().toLocaleLowerCase("de-DE"))
    ? `Szenario ${name}`
    : name;
}

/**
 * The comparison: Jahr | one column per scenario with =KI.LANDESMITTEL([@Jahr],"<bestandteil>",<table ref>)
 * | per non-baseline scenario: difference to the baseline (first) in € and in %. Formulas refer to the
 * row's own cells by structured reference, so sorting and reordering keep them right.
 */
export function comparisonTable(
  scenarios: readonly ComparisonScenario[],
  fromYear: number,
  toYear: number,
  bestandteil = "gesamt",
): DesiredTable {
  const heads = scenarios.map((s) => scenarioColumnHeader(s.name));
  const base = heads[0];
  const others = heads.slice(1);
  const columns: ColumnSpec[] = [
    { header: COMPARISON.key, numberFormat: FORMAT_YEAR },
    ...heads.map((h) => ({ header: h, numberFormat: FORMAT_EURO, formula: true })),
    ...others.flatMap((h) => [
      { header: `Differenz ${h}`, numberFormat: FORMAT_EURO, formula: true },
      { header: `Differenz % ${h}`, numberFormat: FORMAT_PERCENT, formula: true },
    ]),
  ];
  const ref = (h: string) => `[@[${escapeColumn(h)}]]`;
  const rows: DesiredRow[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    rows.push({
      key: String(year),
      cells: [
        year,
        ...scenarios.map(
          (s) => `=KI.LANDESMITTEL([@Jahr],${formulaString(bestandteil)},${scenarioReference(s.table)})`,
        ),
        ...others.flatMap((h) => [`=${ref(h)}-${ref(base)}`, `=IFERROR(${ref(h)}/${ref(base)}-1,"")`]),
      ],
    });
  }
  return { columns, keyColumn: COMPARISON.key, rows };
}

const RECON_COLUMNS: ColumnSpec[] = [
  { header: "ID", numberFormat: FORMAT_TEXT },
  { header: "Kennzahl", numberFormat: FORMAT_TEXT },
  { header: "Einheit", numberFormat: FORMAT_TEXT },
  { header: "Datum", numberFormat: FORMAT_DATE },
  { header: "Jahr", numberFormat: FORMAT_YEAR },
  { header: "Gemeldet", numberFormat: FORMAT_EURO },
  { header: "Gemeldet (Wortlaut)", numberFormat: FORMAT_TEXT },
  { header: "Modell", numberFormat: FORMAT_EURO },
  { header: "Modell (Erläuterung)", numberFormat: FORMAT_TEXT },
  { header: "Differenz", numberFormat: FORMAT_EURO },
  { header: "Differenz %", numberFormat: FORMAT_PERCENT },
  { header: "Quellen gemeldet", numberFormat: FORMAT_TEXT },
  { header: "Quellen Modell", numberFormat: FORMAT_TEXT },
  { header: "Status", numberFormat: FORMAT_TEXT },
  { header: "Hinweis", numberFormat: FORMAT_TEXT },
];

/** Reported figures beside the model's (model.reconcile), with difference and both sources. */
export function reconciliationTable(rows: ReconciliationRow[] = reconcile()): DesiredTable {
  const amountColumns = new Set([5, 7, 9]);
  return {
    columns: RECON_COLUMNS,
    keyColumn: RECONCILIATION.key,
    rows: rows.map((r) => {
      const unitFormat = r.unit === "EUR" ? FORMAT_EURO : FORMAT_COUNT;
      return {
        key: r.id,
        cells: [
          r.id,
          r.label,
          r.unit === "EUR" ? "€" : "Anzahl",
          date(r.date),
          r.year ?? null,
          num(r.reported),
          text(r.reportedText),
          num(r.model),
          text(r.modelText),
          num(r.difference),
          // The model gives percent points rounded to 2 places; Excel's % format wants the fraction.
          r.differencePercent === null ? null : r.differencePercent.dividedBy(100).toNumber(),
          sourceText(r.reportedSources),
          sourceText(r.modelSources),
          r.status,
          text(r.note),
        ],
        formats: RECON_COLUMNS.map((_, i) => (amountColumns.has(i) ? unitFormat : undefined)),
      };
    }),
  };
}
