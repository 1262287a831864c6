/**
 * Abgleich: each figure the releases report beside the model's figure for the same thing, with the
 * difference (absolute and %) and both sources. Never forced to match. In Excel the action writes
 * the same to sheet "KI-Abgleich".
 */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import type Decimal from "decimal.js";
import { useCallback, useMemo } from "react";
import { writeReconciliation, type ActionOptions, type ActionResult } from "../../excel";
import { reconcile, type ReconciliationRow, type ReportedUnit } from "../../model";
import { ActionPanel } from "../components/ActionPanel";
import { Sources } from "../components/Sources";
import { StatusBadge } from "../components/StatusBadge";
import { useTableStyles } from "../components/tableStyles";
import { describeResult } from "../data/results";
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

export function ReconciliationView() {
  const i18n = useI18n();
  const { t, format } = i18n;
  const styles = useTableStyles();
  const amount = useAmount();
  const rows = useMemo(() => reconcile(), []);
  const { highlightedId, ref } = useHighlight("figure");
  const firstHighlighted = rows.find((row) => row.figureId === highlightedId)?.id;
  const run = useCallback((options: ActionOptions) => writeReconciliation(options), []);
  const describe = useCallback((result: ActionResult) => describeResult(result, i18n), [i18n]);

  return (
    <div className={styles.section}>
      <ActionPanel
        label={t.reconAction}
        description={t.reconActionHelp}
        run={run}
        describeSuccess={describe}
      />
      <Text role="status">{fill(t.reconSummary, { count: rows.length })}</Text>
      <div className={styles.wrap}>
        <Table size="extra-small" aria-label={t.reconTableLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colFigure}</TableHeaderCell>
              <TableHeaderCell>{t.colReported}</TableHeaderCell>
              <TableHeaderCell>{t.colModel}</TableHeaderCell>
              <TableHeaderCell>{t.colDifference}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const highlighted = row.figureId === highlightedId;
              return (
                <TableRow
                  key={row.id}
                  data-id={row.id}
                  ref={row.id === firstHighlighted ? ref : undefined}
                  tabIndex={row.id === firstHighlighted ? -1 : undefined}
                  aria-current={highlighted ? "true" : undefined}
                  className={mergeClasses(highlighted && styles.highlighted)}
                >
                  <TableCell>
                    <div className={styles.stack}>
                      <Text weight="semibold">{row.label}</Text>
                      <When row={row} />
                      <StatusBadge status={row.status} />
                      {row.note && <Caption1>{row.note}</Caption1>}
                    </div>
                  </TableCell>
                  <TableCell>
                    <div className={styles.stack}>
                      <span className={styles.number}>{amount.value(row.reported, row.unit)}</span>
                      <Caption1>{row.reportedText}</Caption1>
                      <Sources ids={row.reportedSources} label />
                    </div>
                  </TableCell>
                  <TableCell>
                    <div className={styles.stack}>
                      <span className={styles.number}>
                        {row.model ? amount.value(row.model, row.unit) : "—"}
                      </span>
                      <Caption1>{row.modelText}</Caption1>
                      <Sources ids={row.modelSources} label />
                    </div>
                  </TableCell>
                  <TableCell>
                    <div className={styles.stack}>
                      <span className={styles.number}>
                        {row.difference ? amount.delta(row.difference, row.unit) : "—"}
                      </span>
                      <span className={styles.number}>
                        {row.differencePercent ? format.percentDelta(row.differencePercent) : ""}
                      </span>
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
