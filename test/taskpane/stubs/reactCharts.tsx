/**
 * Stand-in for @fluentui/react-charts in the component tests: the library's d3 dependencies are ES
 * modules only, which Jest's CommonJS run cannot load. It renders the bars it is given as a list of
 * their accessible names, so a test can still check what the pane hands to the chart; the real chart
 * is checked in real Chromium (test/browser/pictures.test.ts).
 */
import type { GroupedVerticalBarChartProps } from "@fluentui/react-charts";

export function GroupedVerticalBarChart({ chartTitle, data = [] }: GroupedVerticalBarChartProps) {
  return (
    <ul aria-label={chartTitle} data-chart-stub>
      {data.flatMap((group) =>
        group.series.map((point) => (
          <li key={`${group.name}-${point.key}`}>{point.callOutAccessibilityData?.ariaLabel}</li>
        )),
      )}
    </ul>
  );
}
