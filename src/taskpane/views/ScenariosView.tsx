/**
 * Szenarien: create, copy, rename and delete scenarios and edit their Parameter | Wert table. Every
 * row the model cannot use shows the model's message under it. In Excel each scenario is a sheet;
 * in preview the scenarios live in this browser only.
 */
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Field,
  Text,
} from "@fluentui/react-components";
import { useI18n, fill } from "../i18n";
import { useNavigation } from "../navigation";
import { usePaneState } from "../state";
import { useTableStyles } from "../components/tableStyles";
import { ScenarioActions } from "../components/scenarios/ScenarioActions";
import { ScenarioEditor } from "../components/scenarios/ScenarioEditor";

export function ScenariosView() {
  const { t } = useI18n();
  const { mode } = useNavigation();
  const styles = useTableStyles();
  const { scenarios, selectedScenario, setSelectedScenario } = usePaneState();
  const items = scenarios.items ?? [];
  const selected = items.find((s) => s.name === selectedScenario) ?? null;

  return (
    <div className={styles.section}>
      <Body1>{mode === "excel" ? t.scenariosHelpExcel : t.scenariosHelpPreview}</Body1>
      {scenarios.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{scenarios.error}</MessageBarBody>
        </MessageBar>
      )}
      {scenarios.loading && scenarios.items === null ? (
        <Spinner size="small" label={t.scenariosLoading} />
      ) : (
        <>
          <Field label={t.scenarioPick}>
            <Select
              value={selectedScenario ?? ""}
              onChange={(_, data) => setSelectedScenario(data.value)}
              disabled={items.length === 0}
            >
              {items.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.issues.length > 0
                    ? fill(t.scenarioOptionIssues, { name: s.name, count: s.issues.length })
                    : s.name}
                </option>
              ))}
            </Select>
          </Field>
          {items.length === 0 && <Text>{t.scenariosNone}</Text>}
          <ScenarioActions selected={selected?.name ?? null} names={items.map((s) => s.name)} />
          {selected && <ScenarioEditor scenario={selected} />}
          {scenarios.loading && <Caption1>{t.scenariosSaving}</Caption1>}
        </>
      )}
    </div>
  );
}
