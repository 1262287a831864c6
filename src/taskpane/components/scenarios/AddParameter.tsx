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
  // "Betrag je KI": the first parameter that changes money ("Bezeichnung" is only a label).
  const [chosen, setChosen] = useState(SCENARIO_PARAMETERS[1].name);
  const [kreis, setKreis] = useState("");
  const [value, setValue] = useState("");
  const parameter = SCENARIO_PARAMETERS.find((p) => p.name === chosen) ?? SCENARIO_PARAMETERS[0];
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
        <Select value={parameter.name} onChange={(_, data) => setChosen(data.value)}>
          {SCENARIO_PARAMETERS.map((p) => (
            <option key={p.name} value={p.name}>
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
