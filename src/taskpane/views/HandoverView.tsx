/**
 * Weitergabe: "Festschreiben für die Weitergabe" (src/excel/freeze.ts) makes fixed copies of the
 * sheets with KI.* formulas, which show the same numbers where the add-in is missing (office-js
 * issues 6611, 3740: #NAME? without it), and the sheet KI-Quellen. A sheet of the user's that has a
 * copy's name is replaced only after asking.
 */
import { Field, Input } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { fixForHandover, type ActionOptions, type FreezeResult } from "../../excel";
import { ActionPanel } from "../components/ActionPanel";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useTableStyles } from "../components/tableStyles";
import { fill, useI18n } from "../i18n";

interface Question {
  sheets: string[];
  answer: (replace: boolean) => void;
}

/** "Plan; Auswertung" -> ["Plan", "Auswertung"]; empty -> undefined (all affected sheets). */
export function chosenSheets(text: string): string[] | undefined {
  const names = text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return names.length === 0 ? undefined : names;
}

export function HandoverView() {
  const { t } = useI18n();
  const table = useTableStyles();
  const [sheets, setSheets] = useState("");
  const [question, setQuestion] = useState<Question | null>(null);
  const run = useCallback(
    (options: ActionOptions) =>
      fixForHandover(
        { sheets: chosenSheets(sheets) },
        {
          signal: options.signal,
          onProgress: options.onProgress,
          confirmReplaceSheets: (names) =>
            new Promise<boolean>((resolve) =>
              setQuestion({
                sheets: names,
                answer: (replace) => {
                  setQuestion(null);
                  resolve(replace);
                },
              }),
            ),
        },
      ),
    [sheets],
  );
  const describe = useCallback(
    (result: FreezeResult) => ({
      message: fill(t.handoverResult, {
        copies: result.copies.map((c) => `„${c.copy}“`).join(", "),
        sources: result.sourcesSheet,
        count: result.sourceIds.length,
        fixed: result.fixedCells,
      }),
      notices:
        result.userSheetsKept.length > 0
          ? [fill(t.handoverKept, { sheets: result.userSheetsKept.join(", ") })]
          : [],
    }),
    [t],
  );
  return (
    <div className={table.section}>
      <ActionPanel<FreezeResult>
        label={t.handoverAction}
        description={t.handoverActionHelp}
        run={run}
        describe={describe}
      >
        <Field label={t.handoverSheets}>
          <Input value={sheets} onChange={(_, data) => setSheets(data.value)} />
        </Field>
      </ActionPanel>
      <ConfirmDialog
        open={question !== null}
        title={t.handoverReplaceTitle}
        confirmLabel={t.handoverReplace}
        cancelLabel={t.handoverKeep}
        onConfirm={() => question?.answer(true)}
        onCancel={() => question?.answer(false)}
      >
        {fill(t.handoverReplaceBody, { sheets: (question?.sheets ?? []).join(", ") })}
      </ConfirmDialog>
    </div>
  );
}
