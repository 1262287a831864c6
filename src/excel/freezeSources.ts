/**
 * The sheet "KI-Quellen" of a fixed copy: every source behind the values the KI.* formulas showed
 * (pure; no Office). A KI.* formula's value rests on the model data its function reads: the funding
 * functions on the rule versions and on every centre's dates (they decide the months counted), the
 * registry functions on the centres and entities. The list is taken per function over that data, so
 * it is complete for the formulas fixed (a source a value did not need in that one year may appear;
 * none that it needed is missing). Each source is cited through the model's citation().
 */
import {
  CENTRES,
  ENTITIES,
  PAY_SERIES,
  PAY_STEPS,
  RULES,
  SOURCES,
  citation,
  citationDate,
  weakestStatus,
  type Status,
} from "../model";
import type { ColumnSpec } from "./merge";
import { FORMAT_TEXT } from "./tables";

type DataKind = "rules" | "centres" | "entities" | "payRounds";

/** What each KI.* function reads (function name without "KI.", upper case). */
const READS: Record<string, readonly DataKind[]> = {
  LANDESMITTEL: ["rules", "centres"],
  FOERDERUNG: ["rules", "centres", "entities"],
  STELLEN: ["rules", "centres", "entities"],
  ZENTREN: ["centres", "entities"],
  LUECKEN: ["centres", "entities"],
  REGISTERTABELLE: ["rules", "centres", "entities"],
  INFO: ["centres", "entities"],
  ZENTRUM: ["rules", "centres", "entities"],
  // The Vollzug functions read the user's own tables; ABWEICHUNG also the model's amount.
  BEWILLIGT: ["entities"],
  AUSGEZAHLT: ["entities"],
  ABWEICHUNG: ["rules", "centres", "entities"],
  KOSTEN: ["rules", "centres", "entities", "payRounds"],
  EIGENANTEIL: ["rules", "centres", "entities", "payRounds"],
};
/** An unknown KI.* name (a newer add-in version): everything the model has. */
const ALL: readonly DataKind[] = ["rules", "centres", "entities", "payRounds"];

/** Source id -> statuses of the data that cite it, per kind of data. */
function citedBy(kind: DataKind): Map<string, Status[]> {
  const out = new Map<string, Status[]>();
  const add = (ids: readonly string[], status: Status) => {
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), status]);
  };
  if (kind === "rules") {
    for (const r of RULES) {
      add(r.sources, r.status);
      for (const c of r.components) add(c.sources, c.status);
    }
  } else if (kind === "centres") {
    for (const c of CENTRES) {
      add(c.sources, c.startStatus);
      if (c.grantStart !== undefined) add(c.grantStart.sources, c.grantStart.status);
      if (c.teacherStart !== undefined) add(c.teacherStart.sources, c.teacherStart.status);
    }
  } else if (kind === "payRounds") {
    for (const step of PAY_STEPS) add(step.sources, step.status);
    // The end of each agreement's term decides when the assumed rate starts.
    for (const series of PAY_SERIES) add(series.termSources, "belegt");
  } else {
    for (const e of ENTITIES) add(e.sources, e.status);
  }
  return out;
}

/** The KI.* function names a formula calls ("LANDESMITTEL", …), outside string literals. */
export function kiFunctionsIn(formula: string): string[] {
  const names = new Set<string>();
  formula.split(/("(?:[^"]|"")*")/).forEach((part, i) => {
    if (i % 2 === 1) return;
    for (const m of part.matchAll(/(?:^|[^\p{L}\p{N}_.])KI\.([\p{L}_][\p{L}\p{N}_]*)\s*\(/giu)) {
      names.add(m[1].toUpperCase());
    }
  });
  return [...names];
}

export interface UsedSource {
  id: string;
  /** KI.* functions whose values rest on it, e.g. ["KI.LANDESMITTEL"]. */
  functions: string[];
  /** Weakest status of the data that cite it. */
  status: Status;
}

/** Every source behind formulas calling `functions` (names as kiFunctionsIn gives them), sorted by id. */
export function sourcesBehind(functions: Iterable<string>): UsedSource[] {
  const byId = new Map<string, { functions: Set<string>; statuses: Status[] }>();
  const tables = new Map<DataKind, Map<string, Status[]>>();
  for (const fn of new Set(functions)) {
    for (const kind of READS[fn] ?? ALL) {
      if (!tables.has(kind)) tables.set(kind, citedBy(kind));
      for (const [id, statuses] of tables.get(kind)!) {
        const entry = byId.get(id) ?? { functions: new Set<string>(), statuses: [] };
        entry.functions.add(`KI.${fn}`);
        entry.statuses.push(...statuses);
        byId.set(id, entry);
      }
    }
  }
  return (
    [...byId]
      // Every entry has at least one citing datum, so weakestStatus is never null here.
      .map(([id, e]) => ({ id, functions: [...e.functions].sort(), status: weakestStatus(e.statuses)! }))
      .sort((a, b) => a.id.localeCompare(b.id))
  );
}

export const SOURCES_SHEET = "KI-Quellen";

export const SOURCE_COLUMNS: ColumnSpec[] = [
  "Quelle",
  "Titel",
  "Herausgeber",
  "Datum",
  "Adresse",
  "Art",
  "Status",
  "Verwendet von",
  "Zitat",
].map((header) => ({ header, numberFormat: FORMAT_TEXT }));

const KIND_TEXT = { seed: "Pressemitteilung (Seed)", web: "Webquelle", ohneAdresse: "ohne bekannte Adresse" };

/** Rows of KI-Quellen (all text), one per used source; an id the model does not know says so. */
export function sourceRows(used: readonly UsedSource[]): string[][] {
  const known = new Map(SOURCES.map((s) => [s.id, s]));
  return used.map((u) => {
    const s = known.get(u.id);
    if (s === undefined)
      return [u.id, "Quelle unbekannt", "", "", "", "", u.status, u.functions.join(", "), u.id];
    return [
      s.id,
      s.title,
      s.publisher ?? "",
      citationDate(s) ?? "",
      s.url ?? s.file ?? "ohne bekannte Adresse",
      KIND_TEXT[s.kind],
      s.dateStatus === "widersprüchlich" ? "widersprüchlich" : u.status,
      u.functions.join(", "),
      citation(s),
    ];
  });
}
