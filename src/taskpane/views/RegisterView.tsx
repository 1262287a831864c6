/**
 * Register: the 54 Kreise und kreisfreien Städte with their centre at a Stichtag (from the model),
 * and, in Excel, the action that writes them to sheet "KI-Register".
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
import { useCallback, useMemo } from "react";
import { pullRegister, type ActionOptions } from "../../excel";
import { ENTITIES, OLD_KEYS, registryAt, ruleAt, type EntityKind, type RegistryRow } from "../../model";
import { ActionPanel } from "../components/ActionPanel";
import { DateField } from "../components/DateField";
import { Sources } from "../components/Sources";
import { StatusBadge } from "../components/StatusBadge";
import { useTableStyles } from "../components/tableStyles";
import { useHighlight } from "../hooks/useHighlight";
import { fill, useI18n } from "../i18n";
import { usePaneState } from "../state";

function StatusText({ row }: { row: RegistryRow }) {
  const { t } = useI18n();
  const text = {
    aktiv: t.registerActive,
    "noch kein Zentrum": t.registerNoCentre,
    geschlossen: t.registerClosed,
  }[row.statusText];
  return <Caption1>{text}</Caption1>;
}

/** Old keys (05313, 05354) that resolve to this entity, each with the model's note as its tooltip. */
function OldKeys({ entityKey }: { entityKey: string }) {
  const { t } = useI18n();
  const old = Object.entries(OLD_KEYS).filter(([, o]) => o.successor === entityKey);
  return (
    <>
      {old.map(([key, o]) => (
        <Caption1 key={key} title={o.note} data-old-key={key}>
          {fill(t.registerOldKey, { old: key })}
        </Caption1>
      ))}
    </>
  );
}

/** The rule version the posts come from, with its status: the source of the post count. */
function RuleRef({ date, kind }: { date: string; kind: EntityKind }) {
  const { t } = useI18n();
  const rule = ruleAt(date, kind);
  if (!rule) return null;
  return (
    <>
      <Caption1>
        {`${t.ruleLabel}: `}
        <abbr title={rule.title}>{rule.id}</abbr>
      </Caption1>
      <StatusBadge status={rule.status} />
    </>
  );
}

export function RegisterView() {
  const { t, format } = useI18n();
  const styles = useTableStyles();
  const { registerDate, setRegisterDate } = usePaneState();
  const rows = useMemo(() => registryAt(registerDate), [registerDate]);
  const withCentre = new Set(rows.filter((row) => row.active).map((row) => row.entity.key)).size;
  const { highlightedId, ref } = useHighlight("entity");
  const run = useCallback((options: ActionOptions) => pullRegister(registerDate, options), [registerDate]);

  return (
    <div className={styles.section}>
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
      <div className={styles.wrap}>
        <Table
          size="extra-small"
          aria-label={fill(t.registerTableLabel, { date: format.date(registerDate) })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colEntity}</TableHeaderCell>
              <TableHeaderCell>{t.colStart}</TableHeaderCell>
              <TableHeaderCell>{t.colPosts}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const highlighted = row.entity.key === highlightedId;
              return (
                <TableRow
                  key={row.centre?.id ?? row.entity.key}
                  data-key={row.entity.key}
                  ref={highlighted ? ref : undefined}
                  tabIndex={highlighted ? -1 : undefined}
                  aria-current={highlighted ? "true" : undefined}
                  className={mergeClasses(highlighted && styles.highlighted)}
                >
                  <TableCell>
                    <div className={styles.stack}>
                      <Text weight="semibold">{row.entity.name}</Text>
                      <Caption1>{`${row.entity.key} · ${row.entity.typeLabel} · ${row.entity.bezirk}`}</Caption1>
                      <OldKeys entityKey={row.entity.key} />
                      <StatusText row={row} />
                    </div>
                  </TableCell>
                  <TableCell>
                    <div className={styles.stack}>
                      <span className={styles.number}>{row.start ? format.date(row.start) : "—"}</span>
                      {row.startStatus && <StatusBadge status={row.startStatus} />}
                      {row.startKnown && row.startStatus !== "belegt" && (
                        <Caption1>{fill(t.registerKnown, { text: row.startKnown })}</Caption1>
                      )}
                      {row.grantStart && (
                        <Caption1 data-grant-start={row.grantStart}>
                          {row.grantFromOpening
                            ? t.registerGrantFromOpening
                            : fill(t.registerGrantStart, { date: format.date(row.grantStart) })}
                        </Caption1>
                      )}
                      {row.grantStart && !row.grantFromOpening && row.grantStartStatus && (
                        <StatusBadge status={row.grantStartStatus} />
                      )}
                      {row.grantStartKnown && !row.grantFromOpening && (
                        <Caption1>{fill(t.registerKnown, { text: row.grantStartKnown })}</Caption1>
                      )}
                      <Sources ids={row.sources} label />
                    </div>
                  </TableCell>
                  <TableCell>
                    <div className={styles.stack}>
                      <span className={styles.number}>
                        {row.posts ? format.number(row.posts.gesamt) : t.noRule}
                      </span>
                      {row.posts && row.active && (
                        <Caption1>
                          {fill(t.registerPostsSplit, {
                            kommunal: format.number(row.posts.kommunal),
                            lehrer: format.number(row.posts.lehrer),
                          })}
                        </Caption1>
                      )}
                      {row.active && <RuleRef date={registerDate} kind={row.entity.kind} />}
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
