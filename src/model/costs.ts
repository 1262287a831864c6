/**
 * The cost side: what a centre's posts and running costs cost per year, and the municipal share
 * (kommunaler Eigenanteil) that the Land's fixed grants leave to the Kreis or kreisfreie Stadt.
 *
 * Per centre, year and cost kind (Fachkraft, Verwaltung, Lehrer, Sachkosten):
 * - the months counted are those of the funding (proRata.ts, from the grant start of the ministry's
 *   part: municipal posts and Sachkosten follow the integration ministry's part, teachers the school
 *   ministry's), so cost and grant always cover the same months;
 * - the posts of a month are the posts of the guideline version governing that month (funding.ts'
 *   rule per month, with the scenario's post overrides), split into kinds by POST_SPLIT;
 * - a post's monthly cost is the user's average yearly cost / 12 at the pay level of 1 January of
 *   the reference year, grown along the pay rounds up to the 1st of the month (payRounds.ts);
 *   Sachkosten are the user's yearly amount / 12, flat;
 * - the sum over the months is rounded to the cent ONCE (money.ts); entity and NRW figures are sums
 *   of rounded centre figures, so the 54 entities add up to the NRW total by construction.
 *
 * No official averages are shipped (none could be sourced): without the user's figures a cost is
 * refused with a message naming the missing scenario parameters, never computed as 0.
 */
import Decimal from "decimal.js";
import { moneyStartOf, partOfPayer } from "./centreDates";
import { ENTITIES } from "./entities";
import { KiError } from "./errors";
import { fundingYear } from "./funding";
import { Calc, type CalcValue, percentOf, roundCents } from "./money";
import { resolveEntity } from "./names";
import { monthlyLevels, type PaySeries } from "./payRounds";
import { countedMonths } from "./proRata";
import { entityOf } from "./registry";
import { RULES } from "./rules";
import { effectiveComponents, rulesByMonth } from "./ruleSelection";
import { ScenarioCache } from "./scenarioCache";
import { DEFAULT_SCENARIO } from "./scenarioDefaults";
import type { EntityKind, RuleVersion, Scenario, Status } from "./types";

export type PostCostKind = "fachkraft" | "verwaltung" | "lehrer";
export type CostKind = PostCostKind | "sachkosten";
export type CostArt = "gesamt" | "kommunal" | CostKind;

export const COST_KINDS: readonly CostKind[] = ["fachkraft", "verwaltung", "lehrer", "sachkosten"];
/** What the Kreis or Stadt pays for: its own staff and the running costs. */
export const MUNICIPAL_COST_KINDS: readonly CostKind[] = ["fachkraft", "verwaltung", "sachkosten"];
export const COST_ARTS: readonly CostArt[] = ["gesamt", "kommunal", ...COST_KINDS];

/** How the posts of a grant component divide into cost kinds: `shares` of `of` posts. */
export interface PostSplit {
  shares: Partial<Record<PostCostKind, Decimal>>;
  of: Decimal;
  status: Status;
  sources: string[];
  note: string;
}

const d = (value: string): Decimal => new Decimal(value);

export const POST_SPLIT: Readonly<Record<string, PostSplit>> = Object.freeze({
  personal: {
    shares: { fachkraft: d("2"), verwaltung: d("1.5") },
    of: d("3.5"),
    status: "angenommen",
    sources: ["seed:004"],
    note:
      "2 sozialpädagogische Fachkräfte, 1 Verwaltungsfachkraft und 0,5 Stelle organisatorisch-technische " +
      "Unterstützung (seed:004); die 0,5 Stelle wird als Verwaltung gerechnet (angenommen).",
  },
  zusatzstellen: {
    shares: { fachkraft: d("1") },
    of: d("1"),
    status: "angenommen",
    sources: ["web:sgk-ausbau-2017"],
    note: "Die Quelle nennt die Art der zusätzlichen Stellen nicht: als Fachkraftstellen gerechnet (angenommen).",
  },
  fachkraft: {
    shares: { fachkraft: d("1") },
    of: d("1"),
    status: "belegt",
    sources: ["web:bra-foerderung"],
    note: "Fachkraftstellen.",
  },
  verwaltung: {
    shares: { verwaltung: d("1") },
    of: d("1"),
    status: "belegt",
    sources: ["web:bra-foerderung"],
    note: "0,5 Stelle Verwaltungsassistenz.",
  },
  lehrer: {
    shares: { lehrer: d("1") },
    of: d("1"),
    status: "belegt",
    sources: ["seed:004"],
    note: "Abgeordnete Lehrkräfte des Schulministeriums.",
  },
});

/** The scenario inputs of each cost kind, with the parameter names users type. */
const INPUTS: Readonly<
  Record<CostKind, { parameter: string; amount: (s: Scenario) => Decimal | undefined; series?: PaySeries }>
> = {
  fachkraft: {
    parameter: "Durchschnittskosten Fachkraftstelle",
    amount: (s) => s.costPerSpecialistPost,
    series: "tvoed",
  },
  verwaltung: {
    parameter: "Durchschnittskosten Verwaltungsstelle",
    amount: (s) => s.costPerAdminPost,
    series: "tvoed",
  },
  lehrer: {
    parameter: "Durchschnittskosten Lehrerstelle",
    amount: (s) => s.costPerTeacherPost,
    series: "tvl",
  },
  sachkosten: { parameter: "Tatsächliche Sachkosten je KI", amount: (s) => s.materialCostsActual },
};
const REFERENCE_YEAR_PARAMETER = "Bezugsjahr Durchschnittskosten";

/** Grant components of the integration ministry (municipal posts, Sachkosten): what the Kommune's cost is set against. */
const MUNICIPAL_GRANT_IDS: ReadonlySet<string> = new Set(
  RULES.flatMap((r) => r.components)
    .filter((c) => partOfPayer(c.payer) === "integration")
    .map((c) => c.id),
);

function kindsOf(art: CostArt): readonly CostKind[] {
  if (art === "gesamt") return COST_KINDS;
  if (art === "kommunal") return MUNICIPAL_COST_KINDS;
  return [art];
}

/** `art` as typed (case and spaces ignored); KiError ungueltig listing the allowed ones. */
export function checkCostArt(art: string): CostArt {
  const wanted = String(art).trim().toLowerCase();
  const hit = COST_ARTS.find((a) => a === wanted);
  if (hit === undefined) {
    throw new KiError(
      "ungueltig",
      `Unbekannte Kostenart „${String(art)}“. Gültig sind: ${COST_ARTS.join(", ")}.`,
    );
  }
  return hit;
}

/** Refuses a cost whose inputs the scenario lacks, or a year before the reference year. */
function checkInputs(kinds: readonly CostKind[], year: number, scenario: Scenario): void {
  const missing = kinds
    .filter((k) => INPUTS[k].amount(scenario) === undefined)
    .map((k) => INPUTS[k].parameter);
  const posts = kinds.some((k) => INPUTS[k].series !== undefined);
  if (posts && scenario.costReferenceYear === undefined) missing.push(REFERENCE_YEAR_PARAMETER);
  if (missing.length > 0) {
    throw new KiError(
      "ungueltig",
      `Für die Kosten fehlen im Szenario: ${missing.map((m) => `„${m}“`).join(", ")}. KI-Planer liefert keine ` +
        "amtlichen Durchschnittskosten (keine gefunden): bitte eigene Werte als Zeilen „Parameter | Wert“ eintragen.",
    );
  }
  const reference = scenario.costReferenceYear;
  if (posts && reference !== undefined && year < reference) {
    throw new KiError(
      "ungueltig",
      `Kosten für ${year} liegen vor dem ${REFERENCE_YEAR_PARAMETER} ${reference}: die Durchschnittskosten werden ` +
        `nur vom Bezugsjahr an mit den Tarifrunden fortgeschrieben. Bitte ein Bezugsjahr bis ${year} angeben.`,
    );
  }
}

/** Posts of `kind` per centre under `rule` (with the scenario's post overrides) in `year`. */
function postsOfKind(
  rule: RuleVersion,
  entityKind: EntityKind,
  year: number,
  scenario: Scenario,
  kind: PostCostKind,
): CalcValue {
  let posts = new Calc(0);
  for (const c of effectiveComponents(rule, entityKind, year, scenario)) {
    if (c.posts === undefined || c.postKind === undefined) continue;
    const split = POST_SPLIT[c.id];
    if (split === undefined) throw new Error(`Komponente „${c.id}“ hat keine Kostenart (POST_SPLIT).`);
    const share = split.shares[kind];
    if (share !== undefined)
      posts = posts.plus(new Calc(c.posts.toString()).times(share.toString()).dividedBy(split.of.toString()));
  }
  return posts;
}

/** One cost kind in one year: per centre (id), per entity (key, all 54) and for NRW, in euros. */
export interface CostYear {
  year: number;
  kind: CostKind;
  byCentre: ReadonlyMap<string, Decimal>;
  byEntity: ReadonlyMap<string, Decimal>;
  total: Decimal;
}

const COST_CACHE = new ScenarioCache<string, CostYear>(1000);

function computeKind(kind: CostKind, year: number, scenario: Scenario): CostYear {
  // The funding's centres and months: the same centres (extra ones of a scenario included) and the
  // same keine_regel refusal for a year or month without a guideline.
  const funding = fundingYear(year, scenario);
  const input = INPUTS[kind];
  const annual = input.amount(scenario)!;
  const levels =
    input.series === undefined
      ? Array.from({ length: 12 }, () => new Calc(annual.toString()).dividedBy(12))
      : monthlyLevels(
          input.series,
          annual,
          scenario.costReferenceYear!,
          year,
          scenario.payRiseAfterTerm ?? new Decimal(0),
        );
  const part = kind === "lehrer" ? "schule" : "integration";
  const postsByRule = new Map<string, CalcValue>();
  const byCentre = new Map<string, Decimal>();
  const byEntity = new Map<string, Decimal>(ENTITIES.map((e) => [e.key, new Decimal(0)]));
  let total = new Decimal(0);
  for (const { centre } of funding.centres) {
    const entity = entityOf(centre);
    const monthRules = rulesByMonth(year, entity.kind, scenario.ruleVersionBasis);
    const counted = countedMonths(centre, year, scenario.proRataBasis, moneyStartOf(centre, part));
    let sum = new Calc(0);
    counted.forEach((counts, i) => {
      if (!counts) return;
      const rule = monthRules[i];
      if (rule === undefined) throw new Error(`Monat ${i + 1}/${year} ohne Richtlinie trotz Förderung.`);
      let posts = new Calc(1); // Sachkosten: one centre
      if (kind !== "sachkosten") {
        const key = `${rule.id}|${entity.kind}`;
        let cached = postsByRule.get(key);
        if (cached === undefined) {
          cached = postsOfKind(rule, entity.kind, year, scenario, kind);
          postsByRule.set(key, cached);
        }
        posts = cached;
      }
      sum = sum.plus(levels[i].times(posts));
    });
    const rounded = roundCents(sum); // the one rounding point
    byCentre.set(centre.id, rounded);
    byEntity.set(centre.entityKey, byEntity.get(centre.entityKey)!.plus(rounded));
    total = total.plus(rounded);
  }
  return Object.freeze({ year, kind, byCentre, byEntity, total });
}

/** One cost kind of all centres in `year` (cached per scenario content; read-only). */
export function costYear(year: number, kind: CostKind, scenario: Scenario = DEFAULT_SCENARIO): CostYear {
  checkInputs([kind], year, scenario);
  return COST_CACHE.get(scenario, `${year}|${kind}`, () => computeKind(kind, year, scenario));
}

function sumKinds(art: CostArt, year: number, scenario: Scenario, pick: (c: CostYear) => Decimal): Decimal {
  const kinds = kindsOf(art);
  checkInputs(kinds, year, scenario); // all missing parameters in one message
  return kinds.reduce((acc, k) => acc.plus(pick(costYear(year, k, scenario))), new Decimal(0));
}

/** Cost of an entity's centres in `year` for `art` (gesamt, kommunal or one kind); 0 without a centre. */
export function kosten(
  entity: string,
  year: number,
  art: string = "gesamt",
  scenario: Scenario = DEFAULT_SCENARIO,
): Decimal {
  const key = resolveEntity(entity).key;
  return sumKinds(checkCostArt(art), year, scenario, (c) => c.byEntity.get(key)!);
}

/** Cost of all centres in NRW in `year`: the sum of the rounded centre figures. */
export function kostenNrw(
  year: number,
  art: string = "gesamt",
  scenario: Scenario = DEFAULT_SCENARIO,
): Decimal {
  return sumKinds(checkCostArt(art), year, scenario, (c) => c.total);
}

/** Municipal cost (posts + Sachkosten), the Land's grant for them, the rest and its share of the cost. */
export interface MunicipalShare {
  cost: Decimal;
  grant: Decimal;
  /** cost − grant: the kommunaler Eigenanteil (negative where the grant exceeds the cost). */
  eigenanteil: Decimal;
  /** eigenanteil / cost × 100, 2 places half away from zero; null where the cost is 0. */
  percent: Decimal | null;
}

function share(
  cost: Decimal,
  grantOf: (amounts: Record<string, Decimal>) => Decimal,
  amounts: Record<string, Decimal>,
) {
  const grant = grantOf(amounts);
  const eigenanteil = cost.minus(grant);
  return Object.freeze({ cost, grant, eigenanteil, percent: percentOf(eigenanteil, cost) });
}

function municipalGrant(amounts: Record<string, Decimal>): Decimal {
  return Object.entries(amounts)
    .filter(([id]) => MUNICIPAL_GRANT_IDS.has(id))
    .reduce((acc, [, v]) => acc.plus(v), new Decimal(0));
}

/** The kommunaler Eigenanteil of one entity in `year`. */
export function eigenanteil(
  entity: string,
  year: number,
  scenario: Scenario = DEFAULT_SCENARIO,
): MunicipalShare {
  const key = resolveEntity(entity).key;
  const cost = sumKinds("kommunal", year, scenario, (c) => c.byEntity.get(key)!);
  return share(cost, municipalGrant, fundingYear(year, scenario).byEntity.get(key)!);
}

/** The kommunaler Eigenanteil of all 54 in `year`. */
export function eigenanteilNrw(year: number, scenario: Scenario = DEFAULT_SCENARIO): MunicipalShare {
  const cost = sumKinds("kommunal", year, scenario, (c) => c.total);
  return share(cost, municipalGrant, fundingYear(year, scenario).totals);
}

/** Teachers: the Land's cost beside the value the grants give the posts ("rund 50.000 €" each). */
export interface TeacherComparison {
  cost: Decimal;
  valuation: Decimal;
  /** cost − valuation. */
  difference: Decimal;
}

export function lehrerVergleich(
  entity: string,
  year: number,
  scenario: Scenario = DEFAULT_SCENARIO,
): TeacherComparison {
  const key = resolveEntity(entity).key;
  const cost = costYear(year, "lehrer", scenario).byEntity.get(key)!;
  const valuation = fundingYear(year, scenario).byEntity.get(key)!.lehrer ?? new Decimal(0);
  return Object.freeze({ cost, valuation, difference: cost.minus(valuation) });
}
