/**
 * The model's caches (registry per date, posts per year, component ids per year, funding per year;
 * all per scenario content) must never change a result: every cached answer is compared with an
 * uncached computation from the rules, across scenarios asked in turn for the same date or year, and
 * the shared results must not be changeable by a caller.
 */
import Decimal from "decimal.js";
import {
  DEFAULT_SCENARIO,
  ENTITIES,
  componentIds,
  effectiveCentres,
  fundingYear,
  postsAtYearEnd,
  registryAt,
  registryRowsAt,
  ruleAt,
  stellen,
  yearEnd,
  type Entity,
  type IsoDate,
  type PostArt,
  type RegistryRow,
  type Scenario,
} from "../../src/model";
import { ScenarioCache } from "../../src/model/scenarioCache";
import { effectiveComponents } from "../../src/model/ruleSelection";
import { scenario } from "./helpers";

const SCENARIOS: Array<[string, () => Scenario]> = [
  ["default", () => DEFAULT_SCENARIO],
  [
    "more posts from 2027",
    () =>
      scenario(["Kommunale Stellen je KI", "7,5"], ["Lehrerstellen je KI", 4], ["Änderungen ab Jahr", 2027]),
  ],
  ["Kreise 8 municipal posts", () => scenario(["Kommunale Stellen je KI (Kreis)", 8])],
  [
    "Köln closes, Düren gets a second centre",
    () => scenario(["Ende Stadt Köln", "31.12.2028"], ["Zusätzliches KI Kreis Düren", "01.01.2027"]),
  ],
  [
    "Kleve early, assumed start later",
    () => scenario(["Start Kleve", "01.01.2015"], ["Angenommener Start", "01.01.2014"]),
  ],
  ["too few municipal posts (an error from 2017)", () => scenario(["Kommunale Stellen je KI", 3])],
];

/** The 1st of every month 2012–2030 (228 dates: more than the registry cache holds) and a few more. */
const DATES: IsoDate[] = ["2012-06-30", "2016-06-28", "2016-06-29", "2028-12-31", "2029-01-01"];
for (let year = 2012; year <= 2030; year++) {
  for (let month = 1; month <= 12; month++) DATES.push(`${year}-${String(month).padStart(2, "0")}-01`);
}
const YEARS = Array.from({ length: 2030 - 2011 + 1 }, (_, i) => 2011 + i);
const ARTS: PostArt[] = ["gesamt", "kommunal", "lehrer"];

type Outcome = { value: unknown } | { error: { code: unknown; message: string } };

function outcome(call: () => unknown): Outcome {
  try {
    return { value: call() };
  } catch (error) {
    const e = error as { code?: unknown; message: string };
    return { error: { code: e.code, message: e.message } };
  }
}

/** Posts of one working centre from the rules, uncached (the computation before the caches). */
function referencePosts(entity: Entity, date: IsoDate, s: Scenario): Record<PostArt, string> | null {
  const rule = ruleAt(date, entity.kind);
  if (rule === undefined) return null;
  let kommunal = new Decimal(0);
  let lehrer = new Decimal(0);
  for (const c of effectiveComponents(rule, entity.kind, Number(date.slice(0, 4)), s)) {
    if (c.posts === undefined) continue;
    if (c.postKind === "kommunal") kommunal = kommunal.plus(c.posts);
    if (c.postKind === "lehrer") lehrer = lehrer.plus(c.posts);
  }
  return {
    kommunal: kommunal.toString(),
    lehrer: lehrer.toString(),
    gesamt: kommunal.plus(lehrer).toString(),
  };
}

const ZERO = { kommunal: "0", lehrer: "0", gesamt: "0" };

function postStrings(row: Readonly<RegistryRow>): Record<PostArt, string> | null {
  if (row.posts === null) return null;
  return {
    kommunal: row.posts.kommunal.toString(),
    lehrer: row.posts.lehrer.toString(),
    gesamt: row.posts.gesamt.toString(),
  };
}

function summary(rows: readonly Readonly<RegistryRow>[]): unknown[] {
  return rows.map((r) => [
    r.entity.key,
    r.centre?.id ?? null,
    r.active,
    r.start,
    r.statusText,
    postStrings(r),
  ]);
}

/** The registry at `date` built from the effective centres and the rules, uncached. */
function referenceRegistry(date: IsoDate, s: Scenario): unknown[] {
  const centres = effectiveCentres(s);
  const rows: unknown[] = [];
  for (const entity of ENTITIES) {
    const own = centres.filter((c) => c.entityKey === entity.key);
    if (own.length === 0) rows.push([entity.key, null, false, null, "noch kein Zentrum", ZERO]);
    for (const c of own) {
      const active = c.start <= date && (c.end === undefined || date <= c.end);
      const status = active ? "aktiv" : date < c.start ? "noch kein Zentrum" : "geschlossen";
      rows.push([
        c.entityKey,
        c.id,
        active,
        c.start,
        status,
        active ? referencePosts(entity, date, s) : ZERO,
      ]);
    }
  }
  return rows;
}

function referenceStellen(entity: Entity, year: number, art: PostArt, s: Scenario): string {
  const date = yearEnd(year);
  const posts = referencePosts(entity, date, s);
  if (posts === null) throw new Error("keine Regel");
  const working = effectiveCentres(s).filter(
    (c) => c.entityKey === entity.key && c.start <= date && (c.end === undefined || date <= c.end),
  ).length;
  return new Decimal(posts[art]).times(working).toString();
}

describe("registry cache: equal to the uncached registry", () => {
  test.each(SCENARIOS)("%s: every date, twice (the second time from the cache)", (_name, make) => {
    const s = make();
    for (let pass = 0; pass < 2; pass++) {
      for (const date of DATES) {
        // Failures too: the same error, every time.
        expect(outcome(() => summary(registryRowsAt(date, s)))).toEqual(
          outcome(() => referenceRegistry(date, s)),
        );
      }
    }
  });

  test("the same date under scenarios asked in turn: each gets its own rows", () => {
    const date: IsoDate = "2029-01-01";
    const scenarios = SCENARIOS.slice(0, 5).map(([, make]) => make());
    const first = scenarios.map((s) => summary(registryAt(date, s)));
    for (let round = 0; round < 3; round++) {
      scenarios.forEach((s, i) => expect(summary(registryAt(date, s))).toEqual(first[i]));
    }
    // They differ where the scenarios differ: more posts, Köln closed and Düren's second centre.
    expect(first[1]).not.toEqual(first[0]);
    expect(first[3]).toHaveLength(55);
    expect(first[3].find((r) => (r as unknown[])[0] === "05315")).toEqual(
      expect.arrayContaining(["geschlossen"]),
    );
  });

  test("scenarios with equal content share one cached table; a changed value does not", () => {
    const a = scenario(["Lehrerstellen je KI", 4]);
    const b = scenario(["Lehrerstellen je KI", 4]);
    const c = scenario(["Lehrerstellen je KI", 5]);
    expect(a).not.toBe(b);
    expect(registryRowsAt("2020-06-01", a)).toBe(registryRowsAt("2020-06-01", b));
    const koeln = (s: Scenario) => registryRowsAt("2020-06-01", s).find((r) => r.entity.key === "05315")!;
    expect(koeln(a).posts?.lehrer.toString()).toBe("4");
    expect(koeln(c).posts?.lehrer.toString()).toBe("5");
    expect(koeln(DEFAULT_SCENARIO).posts?.lehrer.toString()).toBe("3");
  });

  test("an Excel serial and the ISO date give the same rows", () => {
    expect(registryRowsAt(42735)).toBe(registryRowsAt("2016-12-31"));
  });
});

describe("registry results cannot be changed by a caller", () => {
  test("registryRowsAt: a frozen array of frozen rows with frozen posts", () => {
    const rows = registryRowsAt("2017-06-30");
    expect(Object.isFrozen(rows)).toBe(true);
    expect(rows.every((r) => Object.isFrozen(r) && (r.posts === null || Object.isFrozen(r.posts)))).toBe(
      true,
    );
    expect(() => (rows as RegistryRow[]).pop()).toThrow(TypeError);
    expect(() => {
      (rows[0] as RegistryRow).statusText = "geschlossen";
    }).toThrow(TypeError);
    expect(() => {
      (rows[0].posts as { gesamt: Decimal }).gesamt = new Decimal(99);
    }).toThrow(TypeError);
  });

  test("registryAt: an array of the caller's own; changing it changes no later answer", () => {
    const before = summary(registryAt("2017-06-30"));
    const mine = registryAt("2017-06-30");
    expect(mine).not.toBe(registryAt("2017-06-30"));
    mine.reverse();
    mine.splice(0, 10);
    mine.push(mine[0]);
    expect(summary(registryAt("2017-06-30"))).toEqual(before);
    expect(summary(registryRowsAt("2017-06-30"))).toEqual(before);
  });
});

describe("posts cache: equal to the uncached posts", () => {
  test.each(SCENARIOS)("%s: every entity, year and art, twice", (_name, make) => {
    const s = make();
    for (let pass = 0; pass < 2; pass++) {
      for (const year of YEARS) {
        for (const entity of ENTITIES) {
          for (const art of ARTS) {
            const cached = outcome(() => stellen(entity.key, year, art, s).toString());
            const reference = outcome(() => referenceStellen(entity, year, art, s));
            if ("error" in reference) {
              // The same failure every time: failures are not cached as values.
              expect(cached).toMatchObject({
                error: { code: year === 2011 ? "keine_regel" : "ungueltig" },
              });
            } else {
              expect(cached).toEqual(reference);
            }
          }
        }
      }
    }
  });

  test("the same year under scenarios asked in turn", () => {
    const more = scenario(["Kommunale Stellen je KI", "7,5"]);
    const closed = scenario(["Ende Stadt Köln", "30.06.2028"]);
    const second = scenario(["Zusätzliches KI Stadt Köln", "01.01.2027"]);
    for (let round = 0; round < 3; round++) {
      expect(stellen("Köln", 2028).toString()).toBe("8.5");
      expect(stellen("Köln", 2028, "kommunal", more).toString()).toBe("7.5");
      expect(stellen("Köln", 2028, "gesamt", closed).toString()).toBe("0");
      expect(stellen("Köln", 2028, "gesamt", second).toString()).toBe("17");
      expect(stellen("Köln", 2028, "kommunal").toString()).toBe("5.5");
    }
  });

  test("postsAtYearEnd: frozen and shared", () => {
    const koeln = ENTITIES.find((e) => e.key === "05315")!;
    const posts = postsAtYearEnd(koeln, 2026);
    expect(Object.isFrozen(posts)).toBe(true);
    expect(postsAtYearEnd(koeln, 2026)).toBe(posts);
    expect(() => {
      (posts as { gesamt: Decimal }).gesamt = new Decimal(0);
    }).toThrow(TypeError);
    expect(stellen("Köln", 2026).toString()).toBe("8.5");
  });

  test("a year without a rule fails every time", () => {
    for (let i = 0; i < 3; i++) {
      expect(() => stellen("Köln", 2011)).toThrow(expect.objectContaining({ code: "keine_regel" }));
    }
  });
});

describe("componentIds cache", () => {
  test("a fresh array per call: changing it changes no later answer and not fundingYear", () => {
    const ids = componentIds(2017);
    expect(ids).toEqual(["personal", "zusatzstellen", "lehrer", "sachkosten", "gesamt"]);
    ids.reverse();
    ids.push("erfunden");
    expect(componentIds(2017)).toEqual(["personal", "zusatzstellen", "lehrer", "sachkosten", "gesamt"]);
    expect(fundingYear(2017).componentIds).toEqual(componentIds(2017));
  });

  test("equal to the component ids of the year's funding, for every year", () => {
    for (const year of YEARS.slice(1)) expect(componentIds(year)).toEqual(fundingYear(year).componentIds);
  });

  test("bad years fail every time", () => {
    for (let i = 0; i < 2; i++) {
      expect(() => componentIds(2011)).toThrow(expect.objectContaining({ code: "keine_regel" }));
      expect(() => componentIds(2016.5)).toThrow(expect.objectContaining({ code: "ungueltig" }));
    }
  });
});

describe("ScenarioCache", () => {
  test("one computation per (scenario content, key); failures are not kept", () => {
    const cache = new ScenarioCache<number, { n: number }>(10);
    let calls = 0;
    const get = (s: Scenario, key: number) => cache.get(s, key, () => ({ n: ++calls }));
    const a = scenario(["Lehrerstellen je KI", 4]);
    const b = scenario(["Lehrerstellen je KI", 4]);
    expect(get(a, 1)).toBe(get(b, 1));
    expect(get(DEFAULT_SCENARIO, 1)).not.toBe(get(a, 1));
    expect(get(a, 2)).not.toBe(get(a, 1));
    expect(calls).toBe(3);
    const fail = () =>
      cache.get(a, 3, () => {
        calls += 1;
        throw new Error("kaputt");
      });
    expect(fail).toThrow("kaputt");
    expect(fail).toThrow("kaputt");
    expect(calls).toBe(5);
    expect(cache.size).toBe(3);
  });

  test("bounded: at the limit everything is dropped and computed again on demand", () => {
    const cache = new ScenarioCache<number, number>(3);
    let calls = 0;
    const get = (key: number) => cache.get(DEFAULT_SCENARIO, key, () => (calls += 1) * 100 + key);
    expect([get(1), get(2), get(3)]).toEqual([101, 202, 303]);
    expect(get(4)).toBe(404); // the limit: dropped all, then kept 4
    expect(cache.size).toBe(1);
    expect(get(4)).toBe(404);
    expect(get(1)).toBe(501); // computed again
    expect(calls).toBe(5);
  });
});
