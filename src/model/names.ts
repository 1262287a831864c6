/**
 * Name resolution: what a user types -> one of the 54 entities, the way a careful colleague would.
 * Accepted: keys with or without the leading zero ("05358", "5358", "05334002"), official names, forms
 * with the type ("Kreis Düren", "Düren, Kreis", "Stadt Köln", "kreisfreie Stadt Köln"), short forms
 * ("Rhein-Sieg", "Hochsauerland", "Mülheim a.d. Ruhr"), any case, spaces and ASCII transliteration.
 *
 * Refused with KiError: "Aachen" and "Kreis Aachen" (mehrdeutig: StädteRegion or Stadt Aachen);
 * "Stadt Düren" (a town inside a Kreis has no KI of its own: nicht_gefunden naming the Kreis);
 * "Kreis Köln" (Köln is a kreisfreie Stadt: nicht_gefunden naming it); anything else unknown
 * (nicht_gefunden with the nearest names).
 */
import { describeEntity, ENTITIES, entityByKey } from "./entities";
import { KiError } from "./errors";
import { compact, editDistance, words } from "./text";
import type { Entity } from "./types";

type TypeHint = "kreis" | "stadt" | "staedteregion" | null;

const AACHEN_REGION = "05334";
const AACHEN_CITY = "05334002";

/** Short forms in use beside the official names (folded and compacted). */
const EXTRA_ALIASES: Record<string, string[]> = {
  "05117": ["muelheim", "muelheimruhr", "muelheimanderr"],
  "05162": ["neuss", "rheinneuss"],
  "05374": ["oberberg", "oberbergisch"],
  "05378": ["rheinischbergisch"],
  "05958": ["hochsauerland"],
  "05962": ["maerkisch"],
  "05334": ["aachen"],
  "05334002": ["aachen"],
};

/** Words that say the type, at the start or end of the input. */
const PREFIXES: ReadonlyArray<[string[], Exclude<TypeHint, null>]> = [
  [["kreisfreie", "stadt"], "stadt"],
  [["landeshauptstadt"], "stadt"],
  [["bundesstadt"], "stadt"],
  [["stadt"], "stadt"],
  [["landkreis"], "kreis"],
  [["kreis"], "kreis"],
  [["staedteregion"], "staedteregion"],
];

/** Cores of an official name: the whole name and, for "X-Kreis"/"Kreis X" names, X alone. */
function nameCores(entity: Entity): string[] {
  const w = words(entity.name);
  const cores = new Set<string>([w.join("")]);
  const stripped = stripTypeWords(w).core;
  if (stripped.length > 0) cores.add(stripped);
  for (const alias of EXTRA_ALIASES[entity.key] ?? []) cores.add(alias);
  return [...cores];
}

/** Removes type words at the start and end; returns the rest compacted and the type they named. */
function stripTypeWords(input: string[]): { core: string; hint: TypeHint } {
  let w = [...input];
  let hint: TypeHint = null;
  for (const [prefix, type] of PREFIXES) {
    if (w.length >= prefix.length && prefix.every((p, i) => w[i] === p)) {
      w = w.slice(prefix.length);
      hint = type;
      break;
    }
  }
  const last = w[w.length - 1];
  if (w.length > 1 && (last === "kreis" || last === "stadt" || last === "staedteregion")) {
    hint = hint ?? (last as Exclude<TypeHint, null>);
    w = w.slice(0, -1);
  }
  // "a.d." as in "Mülheim a.d. Ruhr" means "an der".
  const joined: string[] = [];
  for (let i = 0; i < w.length; i++) {
    if (w[i] === "a" && w[i + 1] === "d") {
      joined.push("an", "der");
      i++;
    } else joined.push(w[i]);
  }
  return { core: joined.join(""), hint };
}

const INDEX = new Map<string, Entity[]>();
for (const entity of ENTITIES) {
  for (const core of nameCores(entity)) {
    const list = INDEX.get(core) ?? [];
    if (!list.includes(entity)) list.push(entity);
    INDEX.set(core, list);
  }
}

function list(entities: Entity[]): string {
  return entities.map(describeEntity).join(" oder ");
}

function ambiguousAachen(input: string): KiError {
  const both = [entityByKey(AACHEN_REGION)!, entityByKey(AACHEN_CITY)!];
  return new KiError(
    "mehrdeutig",
    `„${input.trim()}“ ist mehrdeutig: ${list(both)}. Den Kreis Aachen gibt es seit 2009 nicht mehr; er ging ` +
      `mit der Stadt Aachen in der StädteRegion Aachen auf, die Stadt Aachen hat ein eigenes KI. Bitte ` +
      `„StädteRegion Aachen“ (05334) oder „Stadt Aachen“ (05334002) angeben.`,
    both.map((e) => e.key),
  );
}

/**
 * Keys used in older data for the predecessors of today's Aachen entities (second source review):
 * they resolve to the successor; `oldKeyNote` says so in German.
 */
export const OLD_KEYS: Readonly<Record<string, { successor: string; note: string }>> = {
  "05313": {
    successor: "05334002",
    note: "05313 ist der alte Schlüssel der Stadt Aachen (bis 2009); heute 05334002 (Stadt Aachen).",
  },
  "05354": {
    successor: "05334",
    note: "05354 ist der alte Schlüssel des Kreises Aachen (bis 21.10.2009); Nachfolger ist die StädteRegion Aachen (05334).",
  },
};

/** The German note for an old key (05313, 05354, also as 5313 or 05313000), else undefined. */
export function oldKeyNote(input: string | number): string | undefined {
  const digits = String(input).replace(/\s+/g, "");
  const padded = digits.length === 4 || digits.length === 7 ? `0${digits}` : digits;
  const five = padded.length === 8 && padded.endsWith("000") ? padded.slice(0, 5) : padded;
  return OLD_KEYS[five]?.note;
}

function resolveKey(digits: string, input: string): Entity {
  const padded = digits.length === 4 || digits.length === 7 ? `0${digits}` : digits;
  const direct = entityByKey(padded);
  if (direct !== undefined) return direct;
  const old = OLD_KEYS[padded.length === 8 && padded.endsWith("000") ? padded.slice(0, 5) : padded];
  if (old !== undefined) return entityByKey(old.successor)!;
  if (padded.length === 8) {
    const kreisLevel = entityByKey(padded.slice(0, 5));
    // The 8-digit municipal key of a kreisfreie Stadt is its Kreis key + "000".
    if (kreisLevel !== undefined && kreisLevel.kind === "kreisfreieStadt" && padded.endsWith("000"))
      return kreisLevel;
    if (kreisLevel !== undefined) {
      throw new KiError(
        "nicht_gefunden",
        `Schlüssel ${padded} ist eine kreisangehörige Gemeinde in ${describeEntity(kreisLevel)}; ` +
          `KI gibt es je Kreis bzw. kreisfreier Stadt. Bitte ${kreisLevel.key} angeben.`,
        [kreisLevel.key],
      );
    }
  }
  throw new KiError(
    "nicht_gefunden",
    `Kein Kreis und keine kreisfreie Stadt mit dem Schlüssel „${input.trim()}“ in NRW ` +
      `(erwartet z. B. 05358 oder 5358; Stadt Aachen: 05334002).`,
  );
}

/** Up to three entities whose names are nearest to `core` (substring matches first). */
export function nearestEntities(core: string, max = 3): Entity[] {
  const scored = ENTITIES.map((entity) => {
    let best = Number.POSITIVE_INFINITY;
    for (const alias of nameCores(entity)) {
      const contains = core.length >= 3 && (alias.includes(core) || core.includes(alias));
      best = Math.min(best, contains ? 0.5 : editDistance(core, alias));
    }
    return { entity, best };
  });
  // Only names about as near as the nearest one: a clear near match is not drowned in noise.
  const nearest = Math.min(...scored.map((s) => s.best));
  const limit = Math.min(Math.max(3, Math.ceil(core.length / 2)), nearest + 1);
  return scored
    .filter((s) => s.best <= limit)
    .sort((a, b) => a.best - b.best || a.entity.key.localeCompare(b.entity.key))
    .slice(0, max)
    .map((s) => s.entity);
}

function notFound(input: string, core: string): KiError {
  const near = nearestEntities(core);
  const hint = near.length > 0 ? ` Meinten Sie: ${near.map(describeEntity).join(", ")}?` : "";
  return new KiError(
    "nicht_gefunden",
    `Kein Kreis und keine kreisfreie Stadt „${input.trim()}“ in NRW gefunden.${hint}`,
    near.map((e) => e.key),
  );
}

/** Resolves user input (key or name) to exactly one entity, or throws KiError. */
export function resolveEntity(input: string | number): Entity {
  const text = String(input);
  if (text.trim().length === 0) {
    throw new KiError(
      "ungueltig",
      "Bitte einen Kreis oder eine kreisfreie Stadt angeben (Name oder Schlüssel).",
    );
  }
  const digits = text.replace(/\s+/g, "");
  if (/^\d+$/.test(digits)) return resolveKey(digits, text);

  const { core, hint } = stripTypeWords(words(text));
  if (core.length === 0) {
    if (hint === "staedteregion") return entityByKey(AACHEN_REGION)!;
    throw notFound(text, compact(text));
  }
  const candidates = INDEX.get(core) ?? [];
  if (candidates.length === 0) throw notFound(text, core);

  if (core === "aachen" && (hint === null || hint === "kreis")) throw ambiguousAachen(text);
  if (hint === "staedteregion") {
    const region = candidates.filter((e) => e.key === AACHEN_REGION);
    if (region.length === 1) return region[0];
    throw notFound(text, core);
  }
  if (hint === null) {
    if (candidates.length === 1) return candidates[0];
    throw new KiError(
      "mehrdeutig",
      `„${text.trim()}“ ist mehrdeutig: ${list(candidates)}.`,
      candidates.map((e) => e.key),
    );
  }
  const wanted = hint === "stadt" ? "kreisfreieStadt" : "kreis";
  const matching = candidates.filter((e) => e.kind === wanted);
  if (matching.length === 1) return matching[0];
  const other = candidates[0];
  if (hint === "stadt") {
    throw new KiError(
      "nicht_gefunden",
      `„${text.trim()}“ ist keine kreisfreie Stadt: eine Stadt dieses Namens gehört zu ${describeEntity(other)}, ` +
        `dessen KI zuständig ist. Bitte „${other.fullName}“ oder ${other.key} angeben.`,
      [other.key],
    );
  }
  throw new KiError(
    "nicht_gefunden",
    `„${text.trim()}“: ${other.name} ist eine kreisfreie Stadt, kein Kreis. Meinten Sie ${describeEntity(other)}?`,
    [other.key],
  );
}
