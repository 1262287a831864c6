/**
 * Lücken: the entities without a working centre at a chosen date, and the known data gaps (assumed
 * start dates, conflicting sources, years without a rule, assumed rule data). Built to be scanned at
 * 420 px: a summary of counts, a filter, and one collapsible group per kind in which an explanation
 * shared by several entities is shown once with the entities listed. Each entity links to its register
 * row (in Excel the sheet row, in preview the pane's Register view); other gaps to their rule or figure.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { dataGaps, gapsAt, registryAt, type DataGap, type DataGapKind, type Entity } from "../../model";
import { Collapsible } from "../components/Collapsible";
import { DateField } from "../components/DateField";
import { Sources } from "../components/Sources";
import { useTableStyles } from "../components/tableStyles";
import { entityMatches, filterGroup, groupGaps, type GapGroup } from "../data/gapGroups";
import { useShowEntity } from "../hooks/useShowEntity";
import { fill, useI18n, type Strings } from "../i18n";
import { useNavigation, type NavigationTarget } from "../navigation";
import { usePaneState } from "../state";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  names: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  summary: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  heading: { display: "block", margin: 0 },
  link: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

const KIND_LABEL: Record<DataGapKind, keyof Strings> = {
  angenommener_start: "gapKindAssumedStart",
  widerspruch: "gapKindConflict",
  regelluecke: "gapKindNoRule",
  angenommene_regel: "gapKindAssumedRule",
  fehlt: "gapKindMissing",
};

/** Where a gap that is not about an entity points: its rule or its reported figure. */
function targetOf(gap: DataGap): NavigationTarget {
  if (gap.ruleId) return { kind: "rule", id: gap.ruleId };
  // A gap about two figures lists both ids ("a, b"); the first leads to the pair in the table.
  if (gap.figureId) return { kind: "figure", id: gap.figureId.split(",")[0].trim() };
  return null;
}

/** A link to an entity's register row; its visible text is the entity's name or the action. */
function EntityLink({
  entity,
  showName,
  onError,
}: {
  entity: Entity;
  showName: boolean;
  onError: (m: string) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const { mode } = useNavigation();
  const show = useShowEntity(onError);
  const label = mode === "excel" ? t.gapsGoToRow : t.gapsShowInRegister;
  return (
    <Button
      appearance="transparent"
      size="small"
      className={styles.link}
      aria-label={`${label}: ${entity.fullName}`}
      onClick={() => void show(entity.key)}
    >
      {showName ? entity.fullName : label}
    </Button>
  );
}

/** A link to the rule or figure a gap is about. */
function OtherLink({ gap }: { gap: DataGap }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { open } = useNavigation();
  const target = targetOf(gap);
  if (!target) return null;
  const label = target.kind === "rule" ? t.gapsShowRule : t.gapsShowFigure;
  return (
    <Button
      appearance="transparent"
      size="small"
      className={styles.link}
      aria-label={`${label}: ${gap.ruleId ?? gap.figureId}`}
      onClick={() => open(target.kind === "rule" ? "rules" : "reconciliation", target)}
    >
      {label}
    </Button>
  );
}

function GroupEntry({ group, onError }: { group: GapGroup; onError: (m: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <li className={styles.group} data-gap-group={group.entities.length > 0 ? "entities" : "single"}>
      <Body1>{group.explanation}</Body1>
      <Sources ids={group.sources} label />
      {group.entities.length > 0 && (
        <>
          <Caption1>{fill(t.gapsAppliesTo, { count: group.entities.length })}</Caption1>
          <ul className={styles.names} aria-label={fill(t.gapsAppliesTo, { count: group.entities.length })}>
            {group.entities.map((entity) => (
              <li key={entity.key} data-gap-entity={entity.key}>
                <EntityLink entity={entity} showName onError={onError} />
              </li>
            ))}
          </ul>
        </>
      )}
      {group.gap && <OtherLink gap={group.gap} />}
    </li>
  );
}

export function GapsView() {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const { gapsDate, setGapsDate } = usePaneState();
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState("");
  const filtering = filter.trim() !== "";
  const missing = useMemo(() => gapsAt(gapsDate), [gapsDate]);
  // What is known about the later start of each missing centre, for the line beside its name.
  const startTexts = useMemo(() => {
    const texts = new Map<string, string>();
    for (const row of registryAt(gapsDate))
      if (row.startKnown && !texts.has(row.entity.key)) texts.set(row.entity.key, row.startKnown);
    return texts;
  }, [gapsDate]);
  const gaps = useMemo(() => dataGaps(), []);
  const kinds = useMemo(() => groupGaps(gaps), [gaps]);
  const date = format.date(gapsDate);
  const missingShown = missing.filter((e) => entityMatches(e, filter));
  const missingTitle = fill(t.gapsMissingTitle, { count: missing.length, date });

  return (
    <div className={table.section}>
      <DateField label={t.stichtag} value={gapsDate} onChange={setGapsDate} />
      <ul className={styles.summary} aria-label={t.gapsSummaryLabel}>
        <li>
          <Badge appearance="filled" color={missing.length > 0 ? "informative" : "success"}>
            {missingTitle}
          </Badge>
        </li>
        {kinds.map((k) => (
          <li key={k.kind}>
            <Badge appearance="outline" color={k.kind === "widerspruch" ? "danger" : "warning"}>
              {`${t[KIND_LABEL[k.kind]]}: ${k.count}`}
            </Badge>
          </li>
        ))}
      </ul>
      <Field label={t.gapsFilter} hint={t.gapsFilterHint}>
        <Input type="search" value={filter} onChange={(_, data) => setFilter(data.value)} />
      </Field>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Collapsible
        title={missingTitle}
        headingId="gaps-missing"
        level={2}
        defaultOpen
        open={filtering ? true : undefined}
        section="missing"
      >
        {missing.length === 0 ? (
          <Body1 as="p">{fill(t.gapsNoneMissing, { date })}</Body1>
        ) : (
          <ul className={styles.list} aria-labelledby="gaps-missing">
            {missingShown.map((entity) => {
              const startText = startTexts.get(entity.key) ?? null;
              return (
                <li key={entity.key} className={styles.item} data-key={entity.key}>
                  <Text weight="semibold">{entity.fullName}</Text>
                  <Caption1>
                    {startText ? fill(t.gapsStartsLater, { text: startText }) : t.gapsNoCentreKnown}
                  </Caption1>
                  <EntityLink entity={entity} showName={false} onError={setError} />
                </li>
              );
            })}
          </ul>
        )}
      </Collapsible>
      <section aria-labelledby="gaps-data" className={table.section}>
        <Text id="gaps-data" as="h2" weight="semibold" size={400} className={styles.heading}>
          {fill(t.gapsDataTitle, { count: gaps.length })}
        </Text>
        {kinds.map((k) => {
          const groups = k.groups.flatMap((g) => filterGroup(g, filter) ?? []);
          if (filtering && groups.length === 0) return null;
          const title = `${t[KIND_LABEL[k.kind]]}: ${k.count}`;
          return (
            <Collapsible
              key={k.kind}
              title={title}
              open={filtering ? true : undefined}
              section={`gap-${k.kind}`}
            >
              <ul className={styles.list} aria-label={title} data-gap-kind={k.kind}>
                {groups.map((group, index) => (
                  <GroupEntry key={index} group={group} onError={setError} />
                ))}
              </ul>
            </Collapsible>
          );
        })}
        {filtering &&
          missingShown.length === 0 &&
          kinds.every((k) => k.groups.every((g) => filterGroup(g, filter) === null)) && (
            <Body1 as="p">{fill(t.gapsFilterNone, { text: filter.trim() })}</Body1>
          )}
      </section>
    </div>
  );
}
