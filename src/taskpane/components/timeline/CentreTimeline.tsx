/**
 * Working centres 2012–2019 as a step line (from the model's opening dates) with every reported count
 * that has a day as a marked point, so where the releases and the model agree or not shows at once.
 * Drawn as plain SVG (a step line and a few points need no chart library); the table under it holds
 * the same points with the model's count and the sources, for reading and for screen readers.
 */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { ENTITIES } from "../../../model";
import { TIMELINE_FROM, TIMELINE_TO, reportedCounts, workingSteps } from "../../data/timeline";
import { fill, useI18n } from "../../i18n";
import { Sources } from "../Sources";
import { useTableStyles } from "../tableStyles";

const WIDTH = 360;
const HEIGHT = 200;
const PAD = { left: 28, right: 8, top: 10, bottom: 22 };
const FIRST_YEAR = Number(TIMELINE_FROM.slice(0, 4));
const LAST_YEAR = Number(TIMELINE_TO.slice(0, 4));

const useStyles = makeStyles({
  svg: { width: "100%", maxWidth: `${WIDTH + 40}px`, height: "auto", overflow: "visible" },
  line: { fill: "none", stroke: "#0072B2", strokeWidth: "2" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1" },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: "1" },
  label: { fontSize: "9px", fill: tokens.colorNeutralForeground2 },
  point: { fill: "#E69F00", stroke: "#000000", strokeWidth: "1" },
  legend: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
});

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const START = day(TIMELINE_FROM);
const END = day(`${LAST_YEAR + 1}-01-01`);
const x = (iso: string) => PAD.left + ((day(iso) - START) / (END - START)) * (WIDTH - PAD.left - PAD.right);
const y = (count: number) =>
  HEIGHT - PAD.bottom - (count / ENTITIES.length) * (HEIGHT - PAD.top - PAD.bottom);

export function CentreTimeline() {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const titleId = useId();
  const steps = useMemo(() => workingSteps(), []);
  const counts = useMemo(() => reportedCounts(), []);
  const dated = counts.filter((c) => c.date !== null);
  const undated = counts.filter((c) => c.date === null);
  // Horizontal then vertical segments: the count holds until the day it changes.
  const path = steps
    .map((step, i) => {
      const sx = x(step.date).toFixed(1);
      const sy = y(step.count).toFixed(1);
      return i === 0 ? `M${sx},${sy}` : `H${sx}V${sy}`;
    })
    .join("");
  const fullPath = `${path}H${x(`${LAST_YEAR + 1}-01-01`).toFixed(1)}`;
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 2 }, (_, i) => FIRST_YEAR + i);

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.svg}
        role="img"
        aria-labelledby={titleId}
        data-timeline
      >
        <title id={titleId}>
          {fill(t.timelineLabel, {
            from: FIRST_YEAR,
            to: LAST_YEAR,
            points: dated.length,
          })}
        </title>
        {[0, 10, 20, 30, 40, 54].map((n) => (
          <g key={n}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(n)} y2={y(n)} className={styles.grid} />
            <text x={PAD.left - 4} y={y(n) + 3} textAnchor="end" className={styles.label}>
              {n}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <g key={year}>
            <line
              x1={x(`${year}-01-01`)}
              x2={x(`${year}-01-01`)}
              y1={HEIGHT - PAD.bottom}
              y2={HEIGHT - PAD.bottom + 4}
              className={styles.axis}
            />
            {year <= LAST_YEAR && (
              <text x={x(`${year}-07-01`)} y={HEIGHT - 6} textAnchor="middle" className={styles.label}>
                {year}
              </text>
            )}
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
          className={styles.axis}
        />
        <path
          d={fullPath}
          className={styles.line}
          data-steps={steps.map((s) => `${s.date}:${s.count}`).join(" ")}
        />
        {dated.map((c) => (
          <circle
            key={c.id}
            cx={x(c.date!)}
            cy={y(c.reported.toNumber())}
            r={3.5}
            className={styles.point}
            data-figure={c.id}
            data-date={c.date!}
            data-count={c.reported.toString()}
          >
            <title>{`${format.date(c.date!)}: ${format.number(c.reported)} (${c.sources.join(", ")})`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <div className={styles.legend}>
          <Caption1>{`— ${t.timelineModel}`}</Caption1>
          <Caption1>{`● ${t.timelineReported}`}</Caption1>
        </div>
      </figcaption>
      <div className={table.wrap}>
        <Table size="extra-small" aria-label={t.timelineTableLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.timelineDate}</TableHeaderCell>
              <TableHeaderCell>{t.colReported}</TableHeaderCell>
              <TableHeaderCell>{t.colModel}</TableHeaderCell>
              <TableHeaderCell>{t.sourceLabel}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...dated, ...undated].map((c) => (
              <TableRow key={c.id} data-count-row={c.id}>
                <TableCell>
                  <span className={table.number}>
                    {c.date ? format.date(c.date) : fill(t.timelineYearOnly, { year: c.year ?? "—" })}
                  </span>
                </TableCell>
                <TableCell>
                  <abbr title={c.label} className={table.number}>
                    {format.number(c.reported)}
                  </abbr>
                </TableCell>
                <TableCell>
                  <span className={table.number}>{c.model ? format.number(c.model) : "—"}</span>
                </TableCell>
                <TableCell>
                  <Sources ids={c.sources} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
