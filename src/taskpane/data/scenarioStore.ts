/**
 * Where scenarios live. In Excel: one sheet per scenario, read and written by src/excel. In preview:
 * the browser's localStorage (see previewScenarios.ts). Both give the same shape, so the Szenarien
 * and Vergleich views do not care which one they talk to.
 */
import {
  copyScenario,
  createScenario,
  deleteScenario,
  listScenarios,
  renameScenario,
  setScenarioValue,
} from "../../excel";
import type { ScenarioIssue } from "../../model";

export interface StoredScenario {
  name: string;
  /** The Parameter | Wert table, header row first (as in the sheet). */
  rows: unknown[][];
  /** The model's validation issues; `row` is 1-based with the header as row 1. */
  issues: ScenarioIssue[];
}

export type ScenarioValue = string | number | boolean | null;

export interface ScenarioStore {
  list(): Promise<StoredScenario[]>;
  create(name: string): Promise<StoredScenario>;
  copy(from: string, to: string): Promise<StoredScenario>;
  rename(from: string, to: string): Promise<StoredScenario>;
  remove(name: string): Promise<void>;
  setValue(name: string, parameter: string, value: ScenarioValue): Promise<StoredScenario>;
}

const pick = ({ name, rows, issues }: StoredScenario): StoredScenario => ({ name, rows, issues });

export const excelScenarioStore: ScenarioStore = {
  list: async () => (await listScenarios()).map(pick),
  create: async (name) => pick(await createScenario(name)),
  copy: async (from, to) => pick(await copyScenario(from, to)),
  rename: async (from, to) => pick(await renameScenario(from, to)),
  remove: (name) => deleteScenario(name),
  setValue: async (name, parameter, value) => pick(await setScenarioValue(name, parameter, value)),
};
