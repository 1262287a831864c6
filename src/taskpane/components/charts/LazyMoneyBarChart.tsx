/**
 * The money chart as views use it: loaded on first render from its own chunk, so neither the first
 * view nor a view's table waits for the chart library; until then a line says it is loading.
 */
import { Caption1 } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { useI18n } from "../../i18n";
import type { MoneyBarChartProps } from "./MoneyBarChart";

const MoneyBarChart = lazy(() => import(/* webpackChunkName: "charts" */ "./MoneyBarChart"));

export function LazyMoneyBarChart(props: MoneyBarChartProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Caption1 role="status">{t.chartLoading}</Caption1>}>
      <MoneyBarChart {...props} />
    </Suspense>
  );
}
