/**
 * A Stichtag input as text in the user's format (TT.MM.JJJJ, or MM/DD/YYYY in English). A native
 * date picker would show the browser's format instead of the one budget officers type in Excel.
 * The value changes only when the text is a real date; otherwise the field says what it expects.
 */
import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { parseUserDate } from "../data/dates";
import { fill, useI18n } from "../i18n";

export interface DateFieldProps {
  label: string;
  /** ISO date "YYYY-MM-DD". */
  value: string;
  onChange: (iso: string) => void;
}

export function DateField({ label, value, onChange }: DateFieldProps) {
  const { t, format, language } = useI18n();
  const shown = format.date(value);
  const [text, setText] = useState(shown);
  const [editedFrom, setEditedFrom] = useState(value);
  // A new value from outside (another view, a reset) replaces what was typed.
  if (editedFrom !== value) {
    setEditedFrom(value);
    setText(shown);
  }
  const parsed = parseUserDate(text, language);
  const commit = () => {
    if (parsed !== null && parsed !== value) onChange(parsed);
  };
  return (
    <Field
      label={label}
      hint={fill(t.dateHint, { example: format.date("2018-09-01") })}
      validationState={parsed === null ? "error" : "none"}
      validationMessage={
        parsed === null ? fill(t.dateInvalid, { example: format.date("2018-09-01") }) : undefined
      }
    >
      <Input
        value={text}
        inputMode="numeric"
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
