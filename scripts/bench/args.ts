/**
 * Realistic arguments for the KI.* functions, as Excel hands them over: numbers, texts, null for an
 * omitted argument, 2-D arrays for a scenario range. Deterministic (seeded), so two bench runs call the
 * functions with the same arguments and their numbers are comparable.
 */
import { INFO_FIELDS } from "../../src/functions/catalogue";
import { ENTITIES, resolveEntity } from "../../src/model";
import { FIRST_YEAR, LAST_YEAR, SCENARIOS, copyRange, serial } from "./scenarios";

/** Mulberry32: tiny, fast, good enough to spread arguments; Math.random would differ run to run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How users write a Kreis: the full name ("Kreis Düren"), the short name where it is unambiguous
 * ("Aachen" is not), the key as text ("05358") and as a number (5358, what Excel passes for a key
 * typed without its leading zero). Only spellings that resolve to the intended entity are kept, so
 * the benchmark measures answers, not error paths.
 */
export function kreisSpellings(): { spelling: string | number; key: string }[] {
  const out: { spelling: string | number; key: string }[] = [];
  const resolvesTo = (spelling: string | number, key: string): boolean => {
    try {
      return resolveEntity(spelling).key === key;
    } catch {
      return false;
    }
  };
  for (const entity of ENTITIES) {
    const candidates: (string | number)[] = [entity.fullName, entity.name, entity.key, Number(entity.key)];
    const seen = new Set<string>();
    for (const spelling of candidates) {
      const id = `${typeof spelling}:${spelling}`;
      if (seen.has(id) || !resolvesTo(spelling, entity.key)) continue;
      seen.add(id);
      out.push({ spelling, key: entity.key });
    }
  }
  return out;
}

/** One call's arguments, in the order of the function's parameters. */
export type Args = unknown[];

export interface FunctionCase {
  /** Excel name, e.g. "KI.FOERDERUNG". */
  name: string;
  /** Export of src/functions/functions.ts. */
  exportName: string;
  /** Number of parameters; `szenario` is the last where the function has one. */
  params: number;
  /** Whether the function takes a `szenario` argument (all but KI.INFO). */
  takesScenario: boolean;
  /** Arguments without the scenario (see withScenario). */
  make: (next: () => number) => Args;
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function year(next: () => number): number | string {
  const y = FIRST_YEAR + Math.floor(next() * (LAST_YEAR - FIRST_YEAR + 1));
  // One in ten typed as text ("2016"), as happens with imported or typed-over cells.
  return next() < 0.1 ? String(y) : y;
}

/** A date inside the years: a plain year (meaning 31.12.) or an Excel date serial. */
function stichtag(next: () => number): number {
  const y = FIRST_YEAR + Math.floor(next() * (LAST_YEAR - FIRST_YEAR + 1));
  return next() < 0.5 ? y : serial(y, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28));
}

// null = argument omitted (the default); weighted towards the default as in real sheets.
const BESTANDTEIL = [null, null, null, "gesamt", "kommunal", "lehrer"] as const;
const ART = [null, null, "gesamt", "kommunal", "lehrer"] as const;
const FELD = INFO_FIELDS;

/** The seven functions with argument makers. */
export function functionCases(): FunctionCase[] {
  const kreise = kreisSpellings().map((k) => k.spelling);
  return [
    {
      name: "KI.LANDESMITTEL",
      exportName: "landesmittel",
      params: 3,
      takesScenario: true,
      make: (next) => [year(next), pick(next, BESTANDTEIL)],
    },
    {
      name: "KI.FOERDERUNG",
      exportName: "foerderung",
      params: 4,
      takesScenario: true,
      make: (next) => [pick(next, kreise), year(next), pick(next, BESTANDTEIL)],
    },
    {
      name: "KI.STELLEN",
      exportName: "stellen",
      params: 4,
      takesScenario: true,
      // One in ten omits the year (current year).
      make: (next) => [pick(next, kreise), next() < 0.1 ? null : year(next), pick(next, ART)],
    },
    {
      name: "KI.ZENTREN",
      exportName: "zentren",
      params: 2,
      takesScenario: true,
      make: (next) => [stichtag(next)],
    },
    {
      name: "KI.LUECKEN",
      exportName: "luecken",
      params: 2,
      takesScenario: true,
      make: (next) => [stichtag(next)],
    },
    {
      name: "KI.REGISTERTABELLE",
      exportName: "register",
      params: 2,
      takesScenario: true,
      make: (next) => [stichtag(next)],
    },
    {
      name: "KI.INFO",
      exportName: "info",
      params: 2,
      takesScenario: false,
      make: (next) => [pick(next, kreise), pick(next, FELD)],
    },
  ];
}

/** Pads to the position of `szenario` and appends a fresh copy of one of the scenario tables. */
export function withScenario(args: Args, params: number, next: () => number): Args {
  const padded = [...args];
  while (padded.length < params - 1) padded.push(null);
  padded.push(copyRange(pick(next, Object.values(SCENARIOS))));
  return padded;
}
