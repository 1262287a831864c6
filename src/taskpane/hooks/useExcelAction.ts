/**
 * Runs one workbook action with progress, cancel and an overwrite question, and keeps the outcome
 * for the MessageBar. The action itself (src/excel) owns atomicity: a cancelled action rejects with
 * code "abgebrochen" and has changed nothing, so the pane only has to report it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionOptions, CellConflict } from "../../excel";
import { describeError } from "../data/errors";
import { useI18n } from "../i18n";

export type ActionState =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number }
  | { phase: "success"; message: string; notices: string[] }
  | { phase: "cancelled" }
  | { phase: "error"; message: string };

export interface PendingConflicts {
  conflicts: CellConflict[];
  answer: (overwrite: boolean) => void;
}

export function useExcelAction<T>(
  run: (options: ActionOptions) => Promise<T>,
  describeSuccess: (result: T) => { message: string; notices?: string[] },
) {
  const i18n = useI18n();
  const [state, setState] = useState<ActionState>({ phase: "idle" });
  const [pending, setPendingState] = useState<PendingConflicts | null>(null);
  // Cancel needs the open question without waiting for a render.
  const pendingRef = useRef<PendingConflicts | null>(null);
  const setPending = useCallback((next: PendingConflicts | null) => {
    pendingRef.current = next;
    setPendingState(next);
  }, []);
  const controller = useRef<AbortController | null>(null);

  // An action still running when its view unmounts (the page reloads) is cancelled. Closing the pane
  // does not unmount it: in the shared runtime the pane is only hidden, and the action runs on.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async () => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: "running", done: 0, total: 0 });
    try {
      const result = await run({
        signal: abort.signal,
        onProgress: (done, total) => {
          if (!abort.signal.aborted) setState({ phase: "running", done, total });
        },
        confirmOverwrite: (conflicts) =>
          new Promise<boolean>((resolve) =>
            setPending({
              conflicts,
              answer: (overwrite) => {
                setPending(null);
                resolve(overwrite);
              },
            }),
          ),
      });
      const success = describeSuccess(result);
      setState({ phase: "success", message: success.message, notices: success.notices ?? [] });
    } catch (error) {
      const described = describeError(error, i18n);
      setState(described.cancelled ? { phase: "cancelled" } : { phase: "error", message: described.message });
    } finally {
      controller.current = null;
    }
  }, [run, describeSuccess, i18n, setPending]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    // A pending question is answered "keep the user's values" so the action can end.
    pendingRef.current?.answer(false);
  }, []);

  const dismiss = useCallback(() => setState({ phase: "idle" }), []);

  return { state, pending, start, cancel, dismiss };
}
