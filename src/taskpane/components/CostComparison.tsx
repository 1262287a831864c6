/**
 * The cost side of the comparison view: per year and scenario the municipal cost of all 54 centres,
 * the Land's grant for it and the kommunaler Eigenanteil, with its difference to the baseline
 * (model: compareMunicipalShare). Scenarios without the user's averages show the model's message;
 * where no chosen scenario has them, only a hint is shown (no official averages are shipped).
 */
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { compareMunicipalShare, type ComparisonInput } from "../../model";
import { fill, useI18n } from "../i18n";
import { useTableStyles } from "./tableStyles";

export function CostComparison({
  inputs,
  fromYear,
  toYear,
}: {
  inputs: ComparisonInput[];
  fromYear: number;
  toYear: number;
}) {
  const { t, format } = useI18n();
  const table = useTableStyles();
  const result = useMemo(() => compareMunicipalShare(inputs, fromYear, toYear), [inputs, fromYear, toYear]);
  const anyFigure = result.years.some((y) => y.cells.some((c) => c.eigenanteil !== null));
  return (
    <div className={table.stack}>
      <Subtitle2>{t.costComparisonTitle}</Subtitle2>
      {!anyFigure ? (
        <Caption1>{t.costComparisonHint}</Caption1>
      ) : (
        <div className={table.wrap}>
          <Table
            size="extra-small"
            aria-label={fill(t.costComparisonTableLabel, { from: fromYear, to: toYear })}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.colYear}</TableHeaderCell>
                <TableHeaderCell>{t.colScenario}</TableHeaderCell>
                <TableHeaderCell>{t.colMunicipalCost}</TableHeaderCell>
                <TableHeaderCell>{t.colMunicipalGrant}</TableHeaderCell>
                <TableHeaderCell>{t.colEigenanteil}</TableHeaderCell>
                <TableHeaderCell>{t.colDifference}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.years.flatMap(({ year, cells }) =>
                cells.map((cell, index) => (
                  <TableRow key={`${year}-${cell.scenario}`} data-year={year} data-scenario={cell.scenario}>
                    <TableCell>{year}</TableCell>
                    <TableCell>{cell.scenario}</TableCell>
                    {cell.error !== null ? (
                      <TableCell colSpan={4}>
                        <Caption1>{cell.error}</Caption1>
                      </TableCell>
                    ) : (
                      <>
                        <TableCell className={table.number}>{format.money(cell.cost!)}</TableCell>
                        <TableCell className={table.number}>{format.money(cell.grant!)}</TableCell>
                        <TableCell>
                          <div className={table.stack}>
                            <span className={table.number}>{format.money(cell.eigenanteil!)}</span>
                            {cell.percent && (
                              <Caption1>
                                {fill(t.costComparisonShare, { percent: format.percent(cell.percent) })}
                              </Caption1>
                            )}
                          </div>
                        </TableCell>
                        <TableCell>
                          {index === 0 ? (
                            <Caption1>{t.comparisonIsBaseline}</Caption1>
                          ) : cell.difference ? (
                            <div className={table.stack}>
                              <span className={table.number}>{format.moneyDelta(cell.difference)}</span>
                              <span className={table.number}>
                                {cell.differencePercent ? format.percentDelta(cell.differencePercent) : "—"}
                              </span>
                            </div>
                          ) : (
                            "—"
                          )}
                        </TableCell>
                      </>
                    )}
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
