/**
 * An entity's status on the Stichtag (entityStatus.ts) as text with the map's symbol, so the register,
 * the map and its legend use one wording and one non-colour cue.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { EntityStatus } from "../data/entityStatus";
import { useI18n, type Strings } from "../i18n";

export const STATUS_LABEL: Record<EntityStatus, keyof Strings> = {
  in_betrieb: "entityStatusInBetrieb",
  angenommen: "entityStatusAngenommen",
  widerspruch: "entityStatusWiderspruch",
  ohne: "entityStatusOhne",
};

/** The non-colour cue of each status, on the map's tiles and beside the text here. */
export const STATUS_SYMBOL: Record<EntityStatus, string> = {
  in_betrieb: "●",
  angenommen: "~",
  widerspruch: "!",
  ohne: "○",
};

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  symbol: { display: "inline-block", width: "1em", fontWeight: tokens.fontWeightSemibold },
});

export function EntityStatusText({ status }: { status: EntityStatus }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <span className={styles.root} data-entity-status={status}>
      <span aria-hidden="true" className={styles.symbol}>
        {STATUS_SYMBOL[status]}
      </span>
      {t[STATUS_LABEL[status]]}
    </span>
  );
}
