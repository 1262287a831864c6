/**
 * The details of one register row, shown on demand under it: type and Regierungsbezirk, what is known
 * about the start and the grant start with their status, posts with the rule they come from, sources.
 */
import { Caption1, Text } from "@fluentui/react-components";
import { ruleAt, type EntityKind, type RegistryRow } from "../../model";
import { fill, useI18n } from "../i18n";
import { Sources } from "./Sources";
import { StatusBadge } from "./StatusBadge";
import { useTableStyles } from "./tableStyles";

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

export function RegisterDetails({ row, date }: { row: RegistryRow; date: string }) {
  const { t, format } = useI18n();
  const styles = useTableStyles();
  const statusText = {
    aktiv: t.registerActive,
    "noch kein Zentrum": t.registerNoCentre,
    geschlossen: t.registerClosed,
  }[row.statusText];
  return (
    <div className={styles.stack}>
      <Text weight="semibold">{row.entity.fullName}</Text>
      <Caption1>{`${row.entity.key} · ${row.entity.typeLabel} · ${row.entity.bezirk} · ${statusText}`}</Caption1>
      <Caption1>
        {`${t.colStart}: `}
        <span className={styles.number}>{row.start ? format.date(row.start) : "—"}</span>
      </Caption1>
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
      <Caption1>
        {`${t.colPosts}: `}
        <span className={styles.number}>{row.posts ? format.number(row.posts.gesamt) : t.noRule}</span>
        {row.posts && row.active
          ? ` (${fill(t.registerPostsSplit, {
              kommunal: format.number(row.posts.kommunal),
              lehrer: format.number(row.posts.lehrer),
            })})`
          : ""}
      </Caption1>
      {row.active && <RuleRef date={date} kind={row.entity.kind} />}
      <Sources ids={row.sources} label />
    </div>
  );
}
