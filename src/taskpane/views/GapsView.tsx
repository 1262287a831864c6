/**
 * Lücken: the entities without a working centre at a chosen date, and the known data gaps (assumed
 * start dates, conflicting sources, years without a rule, assumed rule data). Each entry links to
 * where it lives: the register row (in Excel the sheet row, in preview the pane's Register view),
 * the rule, or the reconciliation row.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { goToRegisterRow } from "../../excel";
import {
  dataGaps,
  entityByKey,
  gapsAt,
  registryAt,
  type DataGap,
  type DataGapKind,
  type Entity,
} from "../../model";
import { DateField } from "../components/DateField";
import { Sources } from "../components/Sources";
import { useTableStyles } from "../components/tableStyles";
import { describeError } from "../data/errors";
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
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const KIND_LABEL: Record<DataGapKind, keyof Strings> = {
  angenommener_start: "gapKindAssumedStart",
  widerspruch: "gapKindConflict",
  regelluecke: "gapKindNoRule",
  angenommene_regel: "gapKindAssumedRule",
  fehlt: "gapKindMissing",
};

/** Where a data gap points: its register row, its rule, or its reported figure. */
function targetOf(gap: DataGap): NavigationTarget {
  if (gap.entityKey) return { kind: "entity", id: gap.entityKey };
  if (gap.ruleId) return { kind: "rule", id: gap.ruleId };
  // A gap about two figures lists both ids ("a, b"); the first leads to the pair in the table.
  if (gap.figureId) return { kind: "figure", id: gap.figureId.split(",")[0].trim() };
  return null;
}

/** Names the link after what it leads to, so each link's accessible name is short and distinct. */
function linkName(gap: DataGap): string {
  if (gap.entityKey) return entityByKey(gap.entityKey)?.fullName ?? gap.entityKey;
  return gap.ruleId ?? gap.figureId ?? "";
}

/** The link of one entry; register rows go to the sheet in Excel, everything else to a pane view. */
function GapLink({
  target,
  name,
  onError,
}: {
  target: NavigationTarget;
  name: string;
  onError: (m: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { mode, open } = useNavigation();
  if (!target) return null;
  const label = {
    entity: mode === "excel" ? t.gapsGoToRow : t.gapsShowInRegister,
    rule: t.gapsShowRule,
    figure: t.gapsShowFigure,
  }[target.kind];
  const follow = async () => {
    if (target.kind === "entity" && mode === "excel") {
      try {
        await goToRegisterRow(target.id);
      } catch (error) {
        onError(describeError(error, i18n).message);
      }
      return;
    }
    open(target.kind === "entity" ? "register" : target.kind === "rule" ? "rules" : "reconciliation", target);
  };
  return (
    <Button
      appearance="transparent"
      size="small"
      aria-label={`${label}: ${name}`}
      onClick={() => void follow()}
    >
      {label}
    </Button>
  );
}

function MissingCentre({
  entity,
  startText,
  onError,
}: {
  entity: Entity;
  startText: string | null;
  onError: (m: string) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <li className={styles.item} data-key={entity.key}>
      <Text weight="semibold">{entity.fullName}</Text>
      <Caption1>{`${entity.key} · ${entity.typeLabel} · ${entity.bezirk}`}</Caption1>
      <Caption1>{startText ? fill(t.gapsStartsLater, { text: startText }) : t.gapsNoCentreKnown}</Caption1>
      <GapLink target={{ kind: "entity", id: entity.key }} name={entity.fullName} onError={onError} />
    </li>
  );
}

export function GapsView() {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const { gapsDate, setGapsDate } = usePaneState();
  const [error, setError] = useState<string | null>(null);
  const missing = useMemo(() => gapsAt(gapsDate), [gapsDate]);
  // What is known about the later start of each missing centre, for the line under its name.
  const startTexts = useMemo(() => {
    const texts = new Map<string, string>();
    for (const row of registryAt(gapsDate))
      if (row.startKnown && !texts.has(row.entity.key)) texts.set(row.entity.key, row.startKnown);
    return texts;
  }, [gapsDate]);
  const gaps = useMemo(() => dataGaps(), []);
  const date = format.date(gapsDate);

  return (
    <div className={table.section}>
      <DateField label={t.stichtag} value={gapsDate} onChange={setGapsDate} />
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="gaps-missing">
        <Text id="gaps-missing" as="h2" weight="semibold" size={400}>
          {fill(t.gapsMissingTitle, { count: missing.length, date })}
        </Text>
        {missing.length === 0 ? (
          <Body1>{fill(t.gapsNoneMissing, { date })}</Body1>
        ) : (
          <ul className={styles.list} aria-labelledby="gaps-missing">
            {missing.map((entity) => (
              <MissingCentre
                key={entity.key}
                entity={entity}
                startText={startTexts.get(entity.key) ?? null}
                onError={setError}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="gaps-data">
        <Text id="gaps-data" as="h2" weight="semibold" size={400}>
          {fill(t.gapsDataTitle, { count: gaps.length })}
        </Text>
        <ul className={styles.list} aria-labelledby="gaps-data">
          {gaps.map((gap, index) => (
            <li key={`${gap.kind}-${index}`} className={styles.item} data-gap-kind={gap.kind}>
              <Badge appearance="outline" color={gap.kind === "widerspruch" ? "danger" : "warning"}>
                {t[KIND_LABEL[gap.kind]]}
              </Badge>
              <Body1>{gap.text}</Body1>
              <Sources ids={gap.sources} label />
              <GapLink target={targetOf(gap)} name={linkName(gap)} onError={setError} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
