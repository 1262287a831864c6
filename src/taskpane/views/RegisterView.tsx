/**
 * Register: the 54 Kreise und kreisfreien Städte with their centre at a Stichtag (from the model), as
 * a compact table that sorts by name, key, start and status and filters by Regierungsbezirk and
 * status; the details of a row open on demand. In Excel, the action writes them to sheet "KI-Register".
 */
import {
  Button,
  Caption1,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useCallback, useMemo, useState } from "react";
import { pullRegister, type ActionOptions } from "../../excel";
import { ENTITIES, registryAt, type Bezirk } from "../../model";
import { ActionPanel } from "../components/ActionPanel";
import { DateField } from "../components/DateField";
import { OldKeys } from "../components/OldKeys";
import { EntityStatusText, STATUS_LABEL } from "../components/EntityStatusBadge";
import { RegisterDetails } from "../components/RegisterDetails";
import { useTableStyles } from "../components/tableStyles";
import { ENTITY_STATUSES, rowStatus, type EntityStatus } from "../data/entityStatus";
import {
  filterRows,
  sortRows,
  type RegisterFilter,
  type RegisterSortKey,
  type SortDirection,
} from "../data/registerTable";
import { useHighlight } from "../hooks/useHighlight";
import { fill, useI18n } from "../i18n";
import { usePaneState } from "../state";

const BEZIRKE: readonly Bezirk[] = ["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"];

const useStyles = makeStyles({
  filters: { display: "flex", gap: tokens.spacingHorizontalM },
  filter: { flexGrow: 1, minWidth: 0 },
  name: { minWidth: 0, textAlign: "start", justifyContent: "flex-start", padding: 0, height: "auto" },
  details: { backgroundColor: tokens.colorNeutralBackground2 },
  keyCell: { width: "5.5em" },
  startCell: { width: "6.5em" },
});

const COLUMNS: ReadonlyArray<{
  key: RegisterSortKey;
  label: "colEntity" | "colKey" | "colStart" | "colStatus";
}> = [
  { key: "name", label: "colEntity" },
  { key: "key", label: "colKey" },
  { key: "start", label: "colStart" },
  { key: "status", label: "colStatus" },
];

export function RegisterView() {
  const { t, format } = useI18n();
  const table = useTableStyles();
  const styles = useStyles();
  const { registerDate, setRegisterDate } = usePaneState();
  const rows = useMemo(() => registryAt(registerDate), [registerDate]);
  const withCentre = new Set(rows.filter((row) => row.active).map((row) => row.entity.key)).size;
  const { highlightedId, ref } = useHighlight("entity");
  const run = useCallback((options: ActionOptions) => pullRegister(registerDate, options), [registerDate]);
  const [sort, setSort] = useState<{ key: RegisterSortKey; direction: SortDirection }>({
    key: "key",
    direction: "ascending",
  });
  const [filter, setFilter] = useState<RegisterFilter>({ bezirk: null, status: null });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, highlightedId), sort.key, sort.direction),
    [rows, filter, highlightedId, sort],
  );
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const sortBy = (key: RegisterSortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === "ascending" ? "descending" : "ascending",
    }));

  return (
    <div className={table.section}>
      <ActionPanel label={t.registerAction} description={t.registerActionHelp} run={run}>
        <DateField label={t.stichtag} value={registerDate} onChange={setRegisterDate} />
      </ActionPanel>
      <Text role="status">
        {fill(t.registerSummary, {
          active: withCentre,
          total: ENTITIES.length,
          date: format.date(registerDate),
        })}
      </Text>
      <div className={styles.filters}>
        <Field label={t.registerFilterBezirk} className={styles.filter}>
          <Select
            value={filter.bezirk ?? ""}
            onChange={(_, data) => setFilter({ ...filter, bezirk: (data.value || null) as Bezirk | null })}
          >
            <option value="">{t.registerFilterAll}</option>
            {BEZIRKE.map((bezirk) => (
              <option key={bezirk} value={bezirk}>
                {bezirk}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.registerFilterStatus} className={styles.filter}>
          <Select
            value={filter.status ?? ""}
            onChange={(_, data) =>
              setFilter({ ...filter, status: (data.value || null) as EntityStatus | null })
            }
          >
            <option value="">{t.registerFilterAll}</option>
            {ENTITY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t[STATUS_LABEL[status]]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1 aria-live="polite">
        {fill(t.registerShown, { shown: shown.length, total: rows.length })}
      </Caption1>
      <div className={table.wrap}>
        <Table
          size="extra-small"
          sortable
          aria-label={fill(t.registerTableLabel, { date: format.date(registerDate) })}
        >
          <TableHeader>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHeaderCell
                  key={column.key}
                  data-column={column.key}
                  className={
                    column.key === "key"
                      ? styles.keyCell
                      : column.key === "start"
                        ? styles.startCell
                        : undefined
                  }
                  sortDirection={sort.key === column.key ? sort.direction : undefined}
                  onClick={() => sortBy(column.key)}
                >
                  {t[column.label]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((row) => {
              const id = row.centre?.id ?? row.entity.key;
              const highlighted = row.entity.key === highlightedId;
              const open = expanded.has(id) || highlighted;
              const detailsId = `register-details-${id}`;
              return (
                <Fragment key={id}>
                  <TableRow
                    data-key={row.entity.key}
                    data-status={rowStatus(row)}
                    ref={highlighted ? ref : undefined}
                    tabIndex={highlighted ? -1 : undefined}
                    aria-current={highlighted ? "true" : undefined}
                    className={mergeClasses(highlighted && table.highlighted)}
                  >
                    <TableCell>
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.name}
                        aria-expanded={open}
                        aria-controls={open ? detailsId : undefined}
                        aria-label={fill(t.registerDetailsOf, { name: row.entity.fullName })}
                        onClick={() => toggle(id)}
                      >
                        {row.entity.name}
                      </Button>
                    </TableCell>
                    <TableCell>
                      <span className={table.number}>{row.entity.key}</span>
                      <OldKeys entityKey={row.entity.key} />
                    </TableCell>
                    <TableCell>
                      <span className={table.number}>{row.start ? format.date(row.start) : "—"}</span>
                    </TableCell>
                    <TableCell>
                      <EntityStatusText status={rowStatus(row)} />
                    </TableCell>
                  </TableRow>
                  {open && (
                    <TableRow id={detailsId} data-details-for={row.entity.key} className={styles.details}>
                      <TableCell colSpan={COLUMNS.length}>
                        <RegisterDetails row={row} date={registerDate} />
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
