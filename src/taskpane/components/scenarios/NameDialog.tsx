/** Asks for a scenario name (new, copy, rename) and checks it before anything is sent. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { validateScenarioName } from "../../../excel";
import { fill, useI18n } from "../../i18n";

export interface NameDialogProps {
  /** Kept mounted and opened/closed through this flag, so Fluent can restore focus and inertness. */
  open: boolean;
  title: string;
  confirmLabel: string;
  initial: string;
  /** Names already taken; the name being renamed is left out by the caller. */
  taken: string[];
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

export function NameDialog({
  open,
  title,
  confirmLabel,
  initial,
  taken,
  onSubmit,
  onCancel,
}: NameDialogProps) {
  const { t, language } = useI18n();
  const [name, setName] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  // Each opening starts from the caller's suggestion, not from what was typed last time.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setName(initial);
      setTouched(false);
    }
  }
  const trimmed = name.trim();
  const problem =
    trimmed === ""
      ? t.nameRequired
      : taken.some((other) => other.toLowerCase() === trimmed.toLowerCase())
        ? fill(t.nameTaken, { name: trimmed })
        : // The Excel layer's check is the authority on sheet-name rules; its message is German.
          (validateScenarioName(trimmed, []) ?? null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem === null) onSubmit(trimmed);
  };
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              <Field
                label={t.scenarioName}
                hint={t.scenarioNameHint}
                validationState={touched && problem ? "error" : "none"}
                validationMessage={touched && problem ? problem : undefined}
              >
                <Input
                  value={name}
                  lang={language}
                  onChange={(_, data) => {
                    setName(data.value);
                    setTouched(true);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {confirmLabel}
              </Button>
              <Button appearance="secondary" onClick={onCancel}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
