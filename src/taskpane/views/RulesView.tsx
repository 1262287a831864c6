/**
 * Regeln: every version of the funding guideline with its validity, the entity types it applies to,
 * its components (posts, amount, payer) and status and sources; in Excel, the action that writes
 * them to sheet "KI-Regeln".
 */
import {
  Body1,
  Caption1,
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
import { useCallback, type Ref } from "react";
import { pullRules, type ActionOptions } from "../../excel";
import { RULES, type RuleComponent, type RuleVersion } from "../../model";
import { ActionPanel } from "../components/ActionPanel";
import { Sources } from "../components/Sources";
import { StatusBadge } from "../components/StatusBadge";
import { useTableStyles } from "../components/tableStyles";
import { useHighlight } from "../hooks/useHighlight";
import { fill, useI18n } from "../i18n";

const useStyles = makeStyles({
  rule: {
    display: "flex",
    flexDirection: "column",
    // Badges keep their own width; the components table stretches (see tableWrap).
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tableWrap: { alignSelf: "stretch" },
});

function Amount({ component }: { component: RuleComponent }) {
  const { t, format } = useI18n();
  if (component.amountPerCentre)
    return <>{fill(t.rulesPerCentre, { amount: format.money(component.amountPerCentre) })}</>;
  if (component.amountPerPost)
    return <>{fill(t.rulesPerPost, { amount: format.money(component.amountPerPost) })}</>;
  return <>—</>;
}

interface RuleCardProps {
  rule: RuleVersion;
  highlighted: boolean;
  cardRef?: Ref<HTMLElement>;
}

function RuleCard({ rule, highlighted, cardRef }: RuleCardProps) {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const kinds = rule.appliesTo.map((kind) => (kind === "kreis" ? t.kindKreise : t.kindStaedte)).join(", ");
  const validity = fill(rule.validTo ? t.rulesValidity : t.rulesValidityOpen, {
    from: format.date(rule.validFrom),
    to: rule.validTo ? format.date(rule.validTo) : "",
  });
  return (
    <article
      className={mergeClasses(styles.rule, highlighted && table.highlighted)}
      aria-labelledby={`rule-${rule.id}`}
      data-rule={rule.id}
      ref={highlighted ? cardRef : undefined}
      tabIndex={highlighted ? -1 : undefined}
      aria-current={highlighted ? "true" : undefined}
    >
      <Text id={`rule-${rule.id}`} as="h2" weight="semibold">
        {rule.title}
      </Text>
      <Body1>{`${validity} · ${kinds}`}</Body1>
      <StatusBadge status={rule.status} />
      {rule.validityNote && <Caption1>{rule.validityNote}</Caption1>}
      {rule.note && <Caption1>{rule.note}</Caption1>}
      <Sources ids={rule.sources} label />
      <div className={mergeClasses(table.wrap, styles.tableWrap)}>
        <Table size="extra-small" aria-label={fill(t.rulesComponentsLabel, { title: rule.title })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colComponent}</TableHeaderCell>
              <TableHeaderCell>{t.colPosts}</TableHeaderCell>
              <TableHeaderCell>{t.colAmount}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rule.components.map((component) => (
              <TableRow key={component.id}>
                <TableCell>
                  <div className={table.stack}>
                    <Text>{component.label}</Text>
                    <Caption1>{`${component.id} · ${component.payer}`}</Caption1>
                    <StatusBadge status={component.status} />
                    <Sources ids={component.sources} label />
                  </div>
                </TableCell>
                <TableCell className={table.number}>
                  {component.posts ? format.number(component.posts) : "—"}
                </TableCell>
                <TableCell className={table.number}>
                  <Amount component={component} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </article>
  );
}

export function RulesView() {
  const { t } = useI18n();
  const styles = useTableStyles();
  const { highlightedId, ref } = useHighlight<HTMLElement>("rule");
  const run = useCallback((options: ActionOptions) => pullRules(options), []);
  return (
    <div className={styles.section}>
      <ActionPanel label={t.rulesAction} description={t.rulesActionHelp} run={run} />
      <Text role="status">{fill(t.rulesSummary, { count: RULES.length })}</Text>
      {RULES.map((rule) => (
        <RuleCard key={rule.id} rule={rule} highlighted={rule.id === highlightedId} cardRef={ref} />
      ))}
    </div>
  );
}
