/**
 * The 54 Kreise und kreisfreien Städte that count for KI purposes: 22 kreisfreie Städte, Stadt Aachen
 * (part of the StädteRegion but with the status of a kreisfreie Stadt and its own KI), 30 Kreise and
 * the StädteRegion Aachen (counts as Kreis). Keys and names as in domain.md; the Regierungsbezirk
 * follows from the 3rd digit of the key.
 */
import { KiError } from "./errors";
import type { Bezirk, Entity, EntityKind } from "./types";

/** Sources of every entity: the keys (web) and seed 002's "53 der 54 Kreise und kreisfreien Städte". */
const ENTITY_SOURCES = ["web:kreisschluessel", "seed:002"];

const BEZIRK_BY_DIGIT: Record<string, Bezirk> = {
  "1": "Düsseldorf",
  "3": "Köln",
  "5": "Münster",
  "7": "Detmold",
  "9": "Arnsberg",
};

/** Regierungsbezirk from the 3rd digit of the key (1 Düsseldorf, 3 Köln, 5 Münster, 7 Detmold, 9 Arnsberg). */
export function bezirkOfKey(key: string): Bezirk {
  const bezirk = BEZIRK_BY_DIGIT[key.charAt(2)];
  if (bezirk === undefined)
    throw new KiError("ungueltig", `Schlüssel '${key}' gehört zu keinem Regierungsbezirk.`);
  return bezirk;
}

type RawType = "stadt" | "kreis" | "staedteregion" | "stadtAachen";

const RAW: ReadonlyArray<[key: string, name: string, type: RawType]> = [
  ["05111", "Düsseldorf", "stadt"],
  ["05112", "Duisburg", "stadt"],
  ["05113", "Essen", "stadt"],
  ["05114", "Krefeld", "stadt"],
  ["05116", "Mönchengladbach", "stadt"],
  ["05117", "Mülheim an der Ruhr", "stadt"],
  ["05119", "Oberhausen", "stadt"],
  ["05120", "Remscheid", "stadt"],
  ["05122", "Solingen", "stadt"],
  ["05124", "Wuppertal", "stadt"],
  ["05154", "Kleve", "kreis"],
  ["05158", "Mettmann", "kreis"],
  ["05162", "Rhein-Kreis Neuss", "kreis"],
  ["05166", "Viersen", "kreis"],
  ["05170", "Wesel", "kreis"],
  ["05314", "Bonn", "stadt"],
  ["05315", "Köln", "stadt"],
  ["05316", "Leverkusen", "stadt"],
  ["05334", "StädteRegion Aachen", "staedteregion"],
  ["05334002", "Stadt Aachen", "stadtAachen"],
  ["05358", "Düren", "kreis"],
  ["05362", "Rhein-Erft-Kreis", "kreis"],
  ["05366", "Euskirchen", "kreis"],
  ["05370", "Heinsberg", "kreis"],
  ["05374", "Oberbergischer Kreis", "kreis"],
  ["05378", "Rheinisch-Bergischer Kreis", "kreis"],
  ["05382", "Rhein-Sieg-Kreis", "kreis"],
  ["05512", "Bottrop", "stadt"],
  ["05513", "Gelsenkirchen", "stadt"],
  ["05515", "Münster", "stadt"],
  ["05554", "Borken", "kreis"],
  ["05558", "Coesfeld", "kreis"],
  ["05562", "Recklinghausen", "kreis"],
  ["05566", "Steinfurt", "kreis"],
  ["05570", "Warendorf", "kreis"],
  ["05711", "Bielefeld", "stadt"],
  ["05754", "Gütersloh", "kreis"],
  ["05758", "Herford", "kreis"],
  ["05762", "Höxter", "kreis"],
  ["05766", "Lippe", "kreis"],
  ["05770", "Minden-Lübbecke", "kreis"],
  ["05774", "Paderborn", "kreis"],
  ["05911", "Bochum", "stadt"],
  ["05913", "Dortmund", "stadt"],
  ["05914", "Hagen", "stadt"],
  ["05915", "Hamm", "stadt"],
  ["05916", "Herne", "stadt"],
  ["05954", "Ennepe-Ruhr-Kreis", "kreis"],
  ["05958", "Hochsauerlandkreis", "kreis"],
  ["05962", "Märkischer Kreis", "kreis"],
  ["05966", "Olpe", "kreis"],
  ["05970", "Siegen-Wittgenstein", "kreis"],
  ["05974", "Soest", "kreis"],
  ["05978", "Unna", "kreis"],
];

const TYPE_INFO: Record<RawType, { kind: EntityKind; typeLabel: string }> = {
  stadt: { kind: "kreisfreieStadt", typeLabel: "kreisfreie Stadt" },
  kreis: { kind: "kreis", typeLabel: "Kreis" },
  staedteregion: { kind: "kreis", typeLabel: "Städteregion" },
  stadtAachen: { kind: "kreisfreieStadt", typeLabel: "Stadt Aachen (kreisfreie Stadt)" },
};

/** "Kreis Düren", "Stadt Köln"; names that already say what they are stay as they are. */
function fullNameOf(name: string, type: RawType): string {
  if (type === "stadt") return `Stadt ${name}`;
  if (type === "kreis" && !/kreis/i.test(name)) return `Kreis ${name}`;
  return name;
}

export const ENTITIES: readonly Entity[] = RAW.map(([key, name, type]) =>
  Object.freeze({
    key,
    name,
    fullName: fullNameOf(name, type),
    typeLabel: TYPE_INFO[type].typeLabel,
    kind: TYPE_INFO[type].kind,
    bezirk: bezirkOfKey(key),
    sources: ENTITY_SOURCES,
    status: "belegt" as const,
  }),
);

const BY_KEY = new Map(ENTITIES.map((e) => [e.key, e]));

/** The entity with exactly this key (use resolveEntity for user input). */
export function entityByKey(key: string): Entity | undefined {
  return BY_KEY.get(key);
}

/** "Kreis Düren (05358)" for messages. */
export function describeEntity(entity: Entity): string {
  return `${entity.fullName} (${entity.key})`;
}
