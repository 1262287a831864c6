/**
 * The Parameter | Wert table of one scenario as a form: one field per row, the model's issue for the
 * row under it, and a form to add a documented parameter.
 */
import { Caption1, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { scenarioParameterOf, type ScenarioIssue } from "../../../model";
import { cellValue, editText } from "../../data/scenarioValues";
import type { StoredScenario } from "../../data/scenarioStore";
import { fill, useI18n } from "../../i18n";
import { usePaneState } from "../../state";
import { AddParameter } from "./AddParameter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function ValueField({
  scenario,
  parameter,
  value,
  issues,
}: {
  scenario: string;
  parameter: string;
  value: unknown;
  issues: ScenarioIssue[];
}) {
  const { t } = useI18n();
  const { scenarios } = usePaneState();
  const initial = editText(parameter, value);
  const [text, setText] = useState(initial);
  const info = scenarioParameterOf(parameter);
  const commit = () => {
    if (text === initial) return;
    void scenarios.change((store) => store.setValue(scenario, parameter, cellValue(text)));
  };
  const message = issues.map((issue) => issue.message).join(" ");
  return (
    <Field
      label={parameter || t.scenarioUnnamedRow}
      hint={info ? fill(t.scenarioDefault, { text: info.defaultText }) : undefined}
      validationState={issues.length > 0 ? "error" : "none"}
      validationMessage={issues.length > 0 ? message : undefined}
    >
      <Input
        value={text}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}

export function ScenarioEditor({ scenario }: { scenario: StoredScenario }) {
  const { t } = useI18n();
  const styles = useStyles();
  // Row 1 is the header; issues count rows 1-based with the header included.
  const body = scenario.rows.slice(1);
  const issuesOf = (rowNumber: number) => scenario.issues.filter((issue) => issue.row === rowNumber);
  return (
    <section className={styles.root} aria-labelledby="scenario-editor-title">
      <Text id="scenario-editor-title" as="h2" weight="semibold" size={400}>
        {fill(t.scenarioEditorTitle, { name: scenario.name })}
      </Text>
      <Caption1 role="status">
        {scenario.issues.length === 0
          ? fill(t.scenarioValid, { count: body.length })
          : fill(t.scenarioInvalid, { count: scenario.issues.length })}
      </Caption1>
      {body.map((row, index) => (
        <ValueField
          // The value in the key re-seeds the field when the store answers with a changed value.
          key={`${scenario.name}|${index}|${String(row[1])}`}
          scenario={scenario.name}
          parameter={String(row[0] ?? "")}
          value={row[1]}
          issues={issuesOf(index + 2)}
        />
      ))}
      <AddParameter scenario={scenario.name} />
    </section>
  );
}
