/**
 * Vergleich: pick a baseline, the scenarios to set beside it and a year range (default the next 5
 * years). In Excel the action writes sheet "KI-Vergleich" with live KI.LANDESMITTEL formulas and a
 * chart; the table below shows the same figures computed by the model in the pane.
 */
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  Radio,
  RadioGroup,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type Decimal from "decimal.js";
import { useCallback, useMemo, useState } from "react";
import { useCapabilities } from "../capabilities";
import { writeComparison, type ActionOptions } from "../../excel";
import { FIRST_YEAR, LAST_YEAR, compareScenarios, isValidYear, type ComparisonCell } from "../../model";
import { ActionPanel } from "../components/ActionPanel";
import { LazyMoneyBarChart } from "../components/charts/LazyMoneyBarChart";
import type { MoneyBar } from "../components/charts/MoneyBarChart";
import { CostComparison } from "../components/CostComparison";
import { StatusBadge } from "../components/StatusBadge";
import { useTableStyles } from "../components/tableStyles";
import { fill, useI18n } from "../i18n";
import { usePaneState, type ComparisonChoice } from "../state";

/** More years make an unreadable pane and sheet; planning looks at about five. */
export const MAX_YEARS = 30;

const useStyles = makeStyles({
  years: { display: "flex", gap: tokens.spacingHorizontalM },
  yearField: { flexGrow: 1 },
  baselineRow: { backgroundColor: tokens.colorNeutralBackground3 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  choices: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
  },
});

/**
 * A new baseline swaps places with the old one: the old baseline joins the compared scenarios, so
 * picking another baseline never silently drops a comparison. Order follows the scenario list.
 */
function withBaseline(
  choice: ComparisonChoice,
  baseline: string,
  items: { name: string }[],
): ComparisonChoice {
  const others = new Set(choice.others);
  if (choice.baseline !== null) others.add(choice.baseline);
  others.delete(baseline);
  return { ...choice, baseline, others: items.map((s) => s.name).filter((name) => others.has(name)) };
}

/** Why the choice cannot be compared yet, or null. */
function problemOf(choice: ComparisonChoice, t: ReturnType<typeof useI18n>["t"]): string | null {
  if (choice.baseline === null) return t.comparisonNoScenarios;
  if (!isValidYear(choice.fromYear) || !isValidYear(choice.toYear))
    return fill(t.comparisonYearsInvalid, { first: FIRST_YEAR, last: LAST_YEAR });
  if (choice.fromYear > choice.toYear) return t.comparisonYearsOrder;
  if (choice.toYear - choice.fromYear + 1 > MAX_YEARS)
    return fill(t.comparisonYearsTooMany, { max: MAX_YEARS });
  return null;
}

function FigureCell({ cell, isBaseline }: { cell: ComparisonCell; isBaseline: boolean }) {
  const { t, format } = useI18n();
  const styles = useTableStyles();
  return (
    <>
      <TableCell>
        <div className={styles.stack}>
          <span className={styles.number}>{cell.value ? format.money(cell.value) : t.noRule}</span>
          {cell.error && <Caption1>{cell.error}</Caption1>}
          {cell.rules.length > 0 && (
            <Caption1>
              {`${t.ruleLabel}: `}
              {cell.rules.map((rule, index) => (
                <span key={rule.id}>
                  {index > 0 && ", "}
                  <abbr title={rule.title}>{rule.id}</abbr>
                </span>
              ))}
            </Caption1>
          )}
          {cell.status && <StatusBadge status={cell.status} />}
        </div>
      </TableCell>
      <TableCell>
        {isBaseline ? (
          <Caption1>{t.comparisonIsBaseline}</Caption1>
        ) : cell.difference ? (
          <div className={styles.stack}>
            <span className={styles.number}>{format.moneyDelta(cell.difference)}</span>
            <span className={styles.number}>
              {cell.differencePercent ? format.percentDelta(cell.differencePercent) : "—"}
            </span>
          </div>
        ) : (
          "—"
        )}
      </TableCell>
    </>
  );
}

/** The table's figures as chart bars: one group per year, one bar per scenario with a figure. */
function barsOf(
  years: { year: number; cells: ComparisonCell[] }[],
  money: (v: Decimal) => string,
): MoneyBar[] {
  return years.flatMap(({ year, cells }) =>
    cells.flatMap((cell) =>
      cell.value
        ? [
            {
              group: String(year),
              series: cell.scenario,
              value: cell.value.toNumber(),
              label: money(cell.value),
            },
          ]
        : [],
    ),
  );
}

export function ComparisonView() {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const { comparison: choice, setComparison, scenarios } = usePaneState();
  const items = useMemo(() => scenarios.items ?? [], [scenarios.items]);
  const problem = problemOf(choice, t);
  const chosen = useMemo(
    () =>
      [choice.baseline, ...choice.others]
        .map((name) => items.find((s) => s.name === name))
        .filter((s): s is NonNullable<typeof s> => s !== undefined),
    [choice.baseline, choice.others, items],
  );
  const result = useMemo(
    () => (problem === null ? compareScenarios(chosen, choice.fromYear, choice.toYear) : null),
    [problem, chosen, choice.fromYear, choice.toYear],
  );
  // Werte-Modus: preselected where this Excel runs no custom functions; the user may choose either.
  const { customFunctions } = useCapabilities();
  const [values, setValues] = useState(!customFunctions);
  const run = useCallback(
    (options: ActionOptions) =>
      writeComparison(
        { scenarios: chosen.map((s) => s.name), fromYear: choice.fromYear, toYear: choice.toYear, values },
        options,
      ),
    [chosen, choice.fromYear, choice.toYear, values],
  );
  const setYear = (which: "fromYear" | "toYear", text: string) =>
    setComparison({ ...choice, [which]: Number(text) });

  return (
    <div className={table.section}>
      <ActionPanel
        label={values ? t.comparisonActionValues : t.comparisonAction}
        description={t.comparisonActionHelp}
        run={run}
        disabledReason={problem ?? undefined}
      >
        <Field label={t.comparisonBaseline}>
          <Select
            value={choice.baseline ?? ""}
            disabled={items.length === 0}
            onChange={(_, data) => setComparison(withBaseline(choice, data.value, items))}
          >
            {items.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.choices}>
          <legend className={styles.legend}>{t.comparisonOthers}</legend>
          {items
            .filter((s) => s.name !== choice.baseline)
            .map((s) => (
              <Checkbox
                key={s.name}
                label={s.name}
                checked={choice.others.includes(s.name)}
                onChange={(_, data) =>
                  setComparison({
                    ...choice,
                    others: data.checked
                      ? items.map((i) => i.name).filter((n) => n === s.name || choice.others.includes(n))
                      : choice.others.filter((n) => n !== s.name),
                  })
                }
              />
            ))}
        </fieldset>
        <div className={styles.years}>
          <Field label={t.comparisonFrom} className={styles.yearField}>
            <Input
              type="number"
              min={FIRST_YEAR}
              max={LAST_YEAR}
              value={String(choice.fromYear)}
              onChange={(_, d) => setYear("fromYear", d.value)}
            />
          </Field>
          <Field label={t.comparisonTo} className={styles.yearField}>
            <Input
              type="number"
              min={FIRST_YEAR}
              max={LAST_YEAR}
              value={String(choice.toYear)}
              onChange={(_, d) => setYear("toYear", d.value)}
            />
          </Field>
        </div>
        <Field label={t.comparisonModeLabel}>
          <RadioGroup
            value={values ? "values" : "formulas"}
            onChange={(_, data) => setValues(data.value === "values")}
          >
            <Radio value="formulas" label={t.comparisonModeFormulas} />
            <Radio value="values" label={t.comparisonModeValues} />
          </RadioGroup>
        </Field>
        {values && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t.comparisonValuesNote}
              {!customFunctions && <div>{t.comparisonValuesDefault}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
      </ActionPanel>
      {result && result.issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.comparisonIssuesTitle}</MessageBarTitle>
            {result.issues.map((s) => (
              <div key={s.name}>{fill(t.comparisonIssues, { name: s.name, count: s.issues.length })}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <LazyMoneyBarChart
          title={fill(t.comparisonChartTitle, { from: choice.fromYear, to: choice.toYear })}
          bars={barsOf(result.years, format.money)}
          series={chosen.map((s) => s.name)}
        />
      )}
      {result && (
        <div className={table.wrap}>
          <Table
            size="extra-small"
            aria-label={fill(t.comparisonTableLabel, { from: choice.fromYear, to: choice.toYear })}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.colYear}</TableHeaderCell>
                <TableHeaderCell>{t.colScenario}</TableHeaderCell>
                <TableHeaderCell>{t.colLandesmittel}</TableHeaderCell>
                <TableHeaderCell>{t.colDifference}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.years.flatMap(({ year, cells }) =>
                cells.map((cell, index) => (
                  <TableRow
                    key={`${year}-${cell.scenario}`}
                    data-year={year}
                    data-scenario={cell.scenario}
                    className={index === 0 ? styles.baselineRow : undefined}
                  >
                    <TableCell>
                      {index === 0 ? <Text weight="semibold">{year}</Text> : <Caption1>{year}</Caption1>}
                    </TableCell>
                    <TableCell>{cell.scenario}</TableCell>
                    <FigureCell cell={cell} isBaseline={index === 0} />
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </div>
      )}
      {result && <CostComparison inputs={chosen} fromYear={choice.fromYear} toYear={choice.toYear} />}
    </div>
  );
}
