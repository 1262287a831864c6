/**
 * Grouped bars of euro amounts (@fluentui/react-charts, Fluent UI v9's own chart library; why this
 * one: docs/pane-charts.md). Each bar's accessible name says group, series and the amount in the
 * pane's money format, so the chart reads the same as the table beside it. This module and the
 * library are one chunk, loaded when a view first shows a chart (charts/LazyMoneyBarChart.tsx).
 */
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { useMemo } from "react";
import { useI18n } from "../../i18n";
import { seriesColour } from "./palette";

export interface MoneyBar {
  group: string;
  series: string;
  /** Euros; the chart needs a JS number, the label the exact formatted text. */
  value: number;
  label: string;
}

export interface MoneyBarChartProps {
  title: string;
  bars: readonly MoneyBar[];
  /** Series in legend order (each gets its colour by position). */
  series: readonly string[];
  height?: number;
}

export default function MoneyBarChart({ title, bars, series, height = 240 }: MoneyBarChartProps) {
  const { t, format } = useI18n();
  // Axis ticks in millions ("14,5"): the chart cuts long tick texts; the unit is in the axis title.
  const millions = useMemo(
    () => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }),
    [format.locale],
  );
  const data = useMemo<GroupedVerticalBarChartData[]>(() => {
    const groups = [...new Set(bars.map((b) => b.group))];
    return groups.map((group) => ({
      name: group,
      series: bars
        .filter((b) => b.group === group)
        .map((b) => ({
          key: b.series,
          data: b.value,
          legend: b.series,
          color: seriesColour(series.indexOf(b.series)),
          yAxisCalloutData: b.label,
          callOutAccessibilityData: { ariaLabel: `${group}, ${b.series}: ${b.label}` },
        })),
    }));
  }, [bars, series]);
  return (
    <div data-chart={title}>
      <GroupedVerticalBarChart
        chartTitle={title}
        data={data}
        height={height}
        culture={format.locale}
        yAxisTickFormat={(value: number) => millions.format(value / 1e6)}
        yAxisTitle={t.chartMillions}
        // Bars start at zero, so their lengths compare honestly.
        yMinValue={0}
        barWidth="auto"
        hideLabels
      />
    </div>
  );
}
