/**
 * The model's data gaps grouped for scanning: by kind, and within a kind by identical explanation,
 * so "Start nicht genau bekannt (…); gerechnet wird mit 01.08.2013" is shown once with the 30
 * entities it applies to instead of 30 times.
 */
import { entityByKey, type DataGap, type DataGapKind, type Entity } from "../../model";

/** One explanation and everything it applies to: entities, or (for other gaps) the gap itself. */
export interface GapGroup {
  explanation: string;
  sources: string[];
  entities: Entity[];
  /** Gaps about a rule or figure (or nothing), one per group: they link one by one. */
  gap: DataGap | null;
}

export interface GapKindGroup {
  kind: DataGapKind;
  /** How many gaps of the model this kind holds (entities count one each). */
  count: number;
  groups: GapGroup[];
}

/** Order of the kinds on screen: what changes the money first. */
export const GAP_KIND_ORDER: readonly DataGapKind[] = [
  "widerspruch",
  "angenommener_start",
  "regelluecke",
  "angenommene_regel",
  "fehlt",
];

/**
 * The model writes an entity's gap as "<full name>: <explanation>"; the explanation alone is what
 * several entities share. Any other text is kept whole.
 */
export function explanationOf(gap: DataGap): { entity: Entity | null; explanation: string } {
  const entity = gap.entityKey ? (entityByKey(gap.entityKey) ?? null) : null;
  const prefix = entity ? `${entity.fullName}: ` : null;
  if (entity && prefix && gap.text.startsWith(prefix)) {
    const rest = gap.text.slice(prefix.length);
    return { entity, explanation: rest.charAt(0).toUpperCase() + rest.slice(1) };
  }
  return { entity, explanation: gap.text };
}

export function groupGaps(gaps: readonly DataGap[]): GapKindGroup[] {
  const byKind = new Map<DataGapKind, GapKindGroup>();
  const byExplanation = new Map<string, GapGroup>();
  for (const gap of gaps) {
    let kindGroup = byKind.get(gap.kind);
    if (!kindGroup) {
      kindGroup = { kind: gap.kind, count: 0, groups: [] };
      byKind.set(gap.kind, kindGroup);
    }
    kindGroup.count += 1;
    const { entity, explanation } = explanationOf(gap);
    if (!entity) {
      kindGroup.groups.push({ explanation, sources: gap.sources, entities: [], gap });
      continue;
    }
    // Same kind, same words and same sources: one statement about several entities.
    const key = JSON.stringify([gap.kind, explanation, [...gap.sources].sort()]);
    let group = byExplanation.get(key);
    if (!group) {
      group = { explanation, sources: gap.sources, entities: [], gap: null };
      byExplanation.set(key, group);
      kindGroup.groups.push(group);
    }
    group.entities.push(entity);
  }
  return GAP_KIND_ORDER.flatMap((kind) => {
    const group = byKind.get(kind);
    return group ? [group] : [];
  });
}

/** Whether a filter text (any case) occurs in the entity's name or key. */
export function entityMatches(entity: Entity, filter: string): boolean {
  const needle = filter.trim().toLocaleLowerCase("de-DE");
  if (needle === "") return true;
  return [entity.fullName, entity.name, entity.key].some((s) =>
    s.toLocaleLowerCase("de-DE").includes(needle),
  );
}

/** The part of a group that matches the filter: all of it if its explanation does, else its matching entities. */
export function filterGroup(group: GapGroup, filter: string): GapGroup | null {
  const needle = filter.trim().toLocaleLowerCase("de-DE");
  if (needle === "") return group;
  const text = [group.explanation, ...group.sources, group.gap?.ruleId ?? "", group.gap?.figureId ?? ""]
    .join(" ")
    .toLocaleLowerCase("de-DE");
  if (text.includes(needle)) return group;
  const entities = group.entities.filter((e) => entityMatches(e, needle));
  return entities.length > 0 ? { ...group, entities } : null;
}
