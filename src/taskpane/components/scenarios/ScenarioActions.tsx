/** New, copy, rename and delete for scenarios; each asks first (a name, or a confirmation). */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fill, useI18n } from "../../i18n";
import { usePaneState } from "../../state";
import { ConfirmDialog } from "../ConfirmDialog";
import { NameDialog } from "./NameDialog";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Asking = "create" | "copy" | "rename" | "delete" | null;

export function ScenarioActions({ selected, names }: { selected: string | null; names: string[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { scenarios, setSelectedScenario } = usePaneState();
  const [asking, setAsking] = useState<Asking>(null);
  const close = () => setAsking(null);

  const submitName = async (name: string) => {
    const from = selected ?? "";
    close();
    const done = await scenarios.change((store) =>
      asking === "create"
        ? store.create(name)
        : asking === "copy"
          ? store.copy(from, name)
          : store.rename(from, name),
    );
    if (done) setSelectedScenario(name);
  };
  const remove = async () => {
    const name = selected ?? "";
    close();
    if (await scenarios.change((store) => store.remove(name))) setSelectedScenario(null);
  };

  const dialogs = {
    create: { title: t.scenarioCreateTitle, confirm: t.scenarioCreateConfirm, initial: "" },
    copy: {
      title: fill(t.scenarioCopyTitle, { name: selected ?? "" }),
      confirm: t.scenarioCopy,
      initial: fill(t.scenarioCopyName, { name: selected ?? "" }),
    },
    rename: {
      title: fill(t.scenarioRenameTitle, { name: selected ?? "" }),
      confirm: t.scenarioRename,
      initial: selected ?? "",
    },
  };
  const nameDialog = asking === "create" || asking === "copy" || asking === "rename" ? dialogs[asking] : null;

  return (
    <div className={styles.row}>
      <Button onClick={() => setAsking("create")}>{t.scenarioCreate}</Button>
      <Button disabled={!selected} onClick={() => setAsking("copy")}>
        {t.scenarioCopy}
      </Button>
      <Button disabled={!selected} onClick={() => setAsking("rename")}>
        {t.scenarioRename}
      </Button>
      <Button disabled={!selected} onClick={() => setAsking("delete")}>
        {t.scenarioDelete}
      </Button>
      <NameDialog
        open={nameDialog !== null}
        title={nameDialog?.title ?? ""}
        confirmLabel={nameDialog?.confirm ?? ""}
        initial={nameDialog?.initial ?? ""}
        taken={asking === "rename" ? names.filter((n) => n !== selected) : names}
        onSubmit={(name) => void submitName(name)}
        onCancel={close}
      />
      <ConfirmDialog
        open={asking === "delete"}
        title={fill(t.scenarioDeleteTitle, { name: selected ?? "" })}
        confirmLabel={t.scenarioDelete}
        cancelLabel={t.cancel}
        onConfirm={() => void remove()}
        onCancel={close}
      >
        {t.scenarioDeleteBody}
      </ConfirmDialog>
    </div>
  );
}
