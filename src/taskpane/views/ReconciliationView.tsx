/**
 * Abgleich: each figure the releases report beside the model's figure for the same thing, with the
 * difference (absolute and %) and both sources. Never forced to match. In Excel the action writes
 * the same to sheet "KI-Abgleich".
 */
import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type Decimal from "decimal.js";
import { useCallback, useMemo, type Ref } from "react";
import { writeReconciliation, type ActionOptions } from "../../excel";
import { reconcile, type ReconciliationRow, type ReportedUnit } from "../../model";
import { ActionPanel } from "../components/ActionPanel";
import { LazyMoneyBarChart } from "../components/charts/LazyMoneyBarChart";
import { Sources } from "../components/Sources";
import { StatusBadge } from "../components/StatusBadge";
import { useTableStyles } from "../components/tableStyles";
import { useHighlight } from "../hooks/useHighlight";
import { fill, useI18n } from "../i18n";

function useAmount() {
  const { format } = useI18n();
  return {
    value: (value: Decimal, unit: ReportedUnit) =>
      unit === "EUR" ? format.money(value) : format.number(value),
    delta: (value: Decimal, unit: ReportedUnit) =>
      unit === "EUR" ? format.moneyDelta(value) : format.numberDelta(value),
  };
}

function When({ row }: { row: ReconciliationRow }) {
  const { t, format } = useI18n();
  if (row.date) return <Caption1>{fill(t.reconAt, { date: format.date(row.date) })}</Caption1>;
  if (row.year) return <Caption1>{fill(t.reconYear, { year: row.year })}</Caption1>;
  return null;
}

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  // Label | value-and-explanation, two columns that fit a narrow pane.
  grid: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** One reported figure: what was reported, what the model says, the difference, and both sources. */
function FigureCard({
  row,
  highlighted,
  cardRef,
}: {
  row: ReconciliationRow;
  highlighted: boolean;
  cardRef?: Ref<HTMLElement>;
}) {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const amount = useAmount();
  const titleId = `figure-${row.id}`;
  return (
    <article
      className={mergeClasses(styles.card, highlighted && table.highlighted)}
      aria-labelledby={titleId}
      data-id={row.id}
      data-figure={row.figureId}
      ref={cardRef}
      tabIndex={cardRef ? -1 : undefined}
      aria-current={highlighted ? "true" : undefined}
    >
      <div className={styles.head}>
        <Text id={titleId} as="h2" weight="semibold">
          {row.label}
        </Text>
        <StatusBadge status={row.status} />
      </div>
      <When row={row} />
      <Caption1 data-figure-id>{fill(t.reconFigureId, { id: row.id })}</Caption1>
      <dl className={styles.grid}>
        <dt className={styles.term}>{t.colReported}</dt>
        <dd className={styles.value}>
          <span className={table.number}>{amount.value(row.reported, row.unit)}</span>
          <Caption1>{row.reportedText}</Caption1>
          <Sources ids={row.reportedSources} label />
        </dd>
        <dt className={styles.term}>{t.colModel}</dt>
        <dd className={styles.value}>
          <span className={table.number}>{row.model ? amount.value(row.model, row.unit) : "—"}</span>
          <Caption1>{row.modelText}</Caption1>
          <Sources ids={row.modelSources} label />
        </dd>
        <dt className={styles.term}>{t.colDifference}</dt>
        <dd className={styles.value}>
          <span className={table.number}>
            {row.difference ? amount.delta(row.difference, row.unit) : "—"}
            {row.differencePercent ? ` (${format.percentDelta(row.differencePercent)})` : ""}
          </span>
        </dd>
      </dl>
      {row.note && <Caption1>{row.note}</Caption1>}
    </article>
  );
}

/** Reported euro figures that the model also computes: the pairs the chart sets side by side. */
function moneyPairs(rows: ReconciliationRow[]): ReconciliationRow[] {
  return rows.filter((row) => row.unit === "EUR" && row.model !== null);
}

export function ReconciliationView() {
  const { t, format } = useI18n();
  const styles = useTableStyles();
  const rows = useMemo(() => reconcile(), []);
  const { highlightedId, ref } = useHighlight<HTMLElement>("figure");
  const firstHighlighted = rows.find((row) => row.figureId === highlightedId)?.id;
  const run = useCallback((options: ActionOptions) => writeReconciliation(options), []);

  return (
    <div className={styles.section}>
      <ActionPanel label={t.reconAction} description={t.reconActionHelp} run={run} />
      <Text role="status">{fill(t.reconSummary, { count: rows.length })}</Text>
      <LazyMoneyBarChart
        title={t.reconChartTitle}
        series={[t.colReported, t.colModel]}
        bars={moneyPairs(rows).flatMap((row) => [
          {
            group: row.id,
            series: t.colReported,
            value: row.reported.toNumber(),
            label: format.money(row.reported),
          },
          {
            group: row.id,
            series: t.colModel,
            value: row.model!.toNumber(),
            label: format.money(row.model!),
          },
        ])}
      />
      <section aria-label={t.reconTableLabel} className={styles.section}>
        {rows.map((row) => (
          <FigureCard
            key={row.id}
            row={row}
            highlighted={row.figureId === highlightedId}
            cardRef={row.id === firstHighlighted ? ref : undefined}
          />
        ))}
      </section>
    </div>
  );
}
