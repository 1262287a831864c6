/**
 * One workbook action: what it does, its button, progress with Cancel while it runs, the outcome as
 * a MessageBar, and the overwrite question when the user edited cells the add-in would change.
 * In preview the button stays focusable but disabled, and says that writing needs Excel.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useId, useState, type ReactNode } from "react";
import type { ActionOptions, ActionResult } from "../../excel";
import { describeResult } from "../data/results";
import { useExcelAction } from "../hooks/useExcelAction";
import { fill, useI18n } from "../i18n";
import { useNavigation } from "../navigation";

// The overwrite question is rare (only after the user edited cells the action writes): its dialog
// (Fluent Dialog, about 4 KiB gzip) loads on first need instead of with the pane's first view.
const ConflictDialog = lazy(() =>
  import(/* webpackChunkName: "conflict-dialog" */ "./ConflictDialog").then((m) => ({
    default: m.ConflictDialog,
  })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface ActionPanelProps<T = ActionResult> {
  /** Button text, e.g. "Register holen". */
  label: string;
  /** One or two sentences on what the action writes. */
  description: string;
  run: (options: ActionOptions) => Promise<T>;
  /** The outcome's sentence; default: describeResult of a table action's ActionResult. */
  describe?: (result: T) => { message: string; notices?: string[] };
  /** Inputs the action needs (a date, a year range), shown above the button. */
  children?: ReactNode;
  /** Set when the inputs are not valid yet; the button is then disabled. */
  disabledReason?: string;
}

export function ActionPanel<T = ActionResult>({
  label,
  description,
  run,
  describe: describeOwn,
  children,
  disabledReason,
}: ActionPanelProps<T>) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { mode } = useNavigation();
  const describe = useCallback(
    (result: T) => describeOwn?.(result) ?? describeResult(result as unknown as ActionResult, i18n),
    [describeOwn, i18n],
  );
  const { state, pending, start, cancel, dismiss } = useExcelAction(run, describe);
  // Once asked, the dialog stays mounted so it can close (and return focus) as Fluent intends.
  const [dialogNeeded, setDialogNeeded] = useState(false);
  if (pending !== null && !dialogNeeded) setDialogNeeded(true);
  const noteId = useId();
  const running = state.phase === "running";
  const notes = [mode === "preview" ? t.needsExcel : undefined, disabledReason].filter(
    (n): n is string => !!n,
  );
  return (
    <div className={styles.root}>
      <Body1>{description}</Body1>
      {children}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabledFocusable={mode === "preview" || running || disabledReason !== undefined}
          aria-describedby={notes.length > 0 ? noteId : undefined}
          onClick={() => void start()}
        >
          {label}
        </Button>
        {running && (
          <Button appearance="secondary" onClick={cancel}>
            {t.actionCancel}
          </Button>
        )}
      </div>
      {notes.length > 0 && <Caption1 id={noteId}>{notes.join(" ")}</Caption1>}
      {running && (
        <ProgressBar
          aria-label={fill(t.actionRunning, { action: label })}
          value={state.total > 0 ? state.done / state.total : undefined}
          thickness="large"
        />
      )}
      {state.phase === "success" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.actionDone}</MessageBarTitle>
            {state.message}
            {state.notices.map((notice) => (
              <div key={notice}>{notice}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={dismiss}>
              {t.actionDismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === "cancelled" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.actionCancelledTitle}</MessageBarTitle>
            {t.actionCancelledBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.actionFailed}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={dismiss}>
              {t.actionDismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {dialogNeeded && (
        <Suspense fallback={null}>
          <ConflictDialog pending={pending} />
        </Suspense>
      )}
    </div>
  );
}
