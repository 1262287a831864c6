/** Adds a row to a scenario: a documented parameter (with a Kreis where it needs one) and its value. */
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { SCENARIO_PARAMETERS } from "../../../model";
import { cellValue, parameterName, takesKreis } from "../../data/scenarioValues";
import { fill, useI18n } from "../../i18n";
import { usePaneState } from "../../state";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export function AddParameter({ scenario }: { scenario: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { scenarios } = usePaneState();
  const [parameterIndex, setParameterIndex] = useState(1);
  const [kreis, setKreis] = useState("");
  const [value, setValue] = useState("");
  const parameter = SCENARIO_PARAMETERS[parameterIndex];
  const needsKreis = takesKreis(parameter);
  const missing = (needsKreis && kreis.trim() === "") || value.trim() === "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missing) return;
    const done = await scenarios.change((store) =>
      store.setValue(scenario, parameterName(parameter, kreis), cellValue(value)),
    );
    if (done) {
      setValue("");
      setKreis("");
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      aria-labelledby="add-parameter-title"
    >
      <Text id="add-parameter-title" weight="semibold">
        {t.addParameterTitle}
      </Text>
      <Field label={t.addParameterName} hint={parameter.description}>
        <Select value={String(parameterIndex)} onChange={(_, data) => setParameterIndex(Number(data.value))}>
          {SCENARIO_PARAMETERS.map((p, index) => (
            <option key={p.name} value={index}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {needsKreis && (
        <Field label={t.addParameterKreis} hint={t.addParameterKreisHint}>
          <Input value={kreis} onChange={(_, data) => setKreis(data.value)} />
        </Field>
      )}
      <Field
        label={t.addParameterValue}
        hint={fill(t.addParameterExample, { example: parameter.example, default: parameter.defaultText })}
      >
        {parameter.options ? (
          <Select value={value} onChange={(_, data) => setValue(data.value)}>
            <option value="">{t.addParameterChoose}</option>
            {parameter.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        ) : (
          <Input value={value} placeholder={parameter.example} onChange={(_, data) => setValue(data.value)} />
        )}
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={missing}>
          {t.addParameterSubmit}
        </Button>
      </div>
    </form>
  );
}
