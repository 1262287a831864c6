/**
 * State that outlives a view: the chosen dates, the scenarios (shared by Szenarien and Vergleich) and
 * the comparison choice. Switching tabs unmounts a view; its inputs should still be there on return.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { defaultComparisonYears } from "../excel";
import { todayIso } from "./data/clock";
import { describeError } from "./data/errors";
import type { ScenarioStore, StoredScenario } from "./data/scenarioStore";
import { useI18n } from "./i18n";

export interface ComparisonChoice {
  /** The scenario the differences refer to; null until scenarios are loaded. */
  baseline: string | null;
  /** Scenarios compared with the baseline. */
  others: string[];
  fromYear: number;
  toYear: number;
}

export interface ScenarioState {
  items: StoredScenario[] | null;
  loading: boolean;
  /** Message of the last failed load or change, for the view's MessageBar. */
  error: string | null;
  reload: () => Promise<void>;
  /** Runs one change against the store, then reloads; resolves to whether it worked. */
  change: (operation: (store: ScenarioStore) => Promise<unknown>) => Promise<boolean>;
}

interface PaneState {
  registerDate: string;
  setRegisterDate: (iso: string) => void;
  gapsDate: string;
  setGapsDate: (iso: string) => void;
  comparison: ComparisonChoice;
  setComparison: (next: ComparisonChoice) => void;
  /** The scenario open in the Szenarien view (the first one until the user picks). */
  selectedScenario: string | null;
  setSelectedScenario: (name: string | null) => void;
  scenarios: ScenarioState;
}

/**
 * The choice as the views see it: until the user picks, the first scenario is the baseline and the
 * second is compared with it; names that no longer exist (deleted, renamed) drop out.
 */
function normalizeChoice(choice: ComparisonChoice, items: StoredScenario[] | null): ComparisonChoice {
  if (!items) return choice;
  const names = items.map((s) => s.name);
  if (choice.baseline === null || !names.includes(choice.baseline)) {
    const baseline = names[0] ?? null;
    const kept = choice.others.filter((name) => names.includes(name) && name !== baseline);
    return { ...choice, baseline, others: choice.baseline === null ? names.slice(1, 2) : kept };
  }
  return {
    ...choice,
    others: choice.others.filter((name) => names.includes(name) && name !== choice.baseline),
  };
}

const PaneStateContext = createContext<PaneState | null>(null);

export function usePaneState(): PaneState {
  const state = useContext(PaneStateContext);
  if (!state) throw new Error("usePaneState outside PaneStateProvider");
  return state;
}

export function PaneStateProvider({ store, children }: { store: ScenarioStore; children: ReactNode }) {
  const i18n = useI18n();
  const [registerDate, setRegisterDate] = useState(todayIso);
  const [gapsDate, setGapsDate] = useState(todayIso);
  const [choice, setComparison] = useState<ComparisonChoice>(() => ({
    baseline: null,
    others: [],
    ...defaultComparisonYears(),
  }));
  const [items, setItems] = useState<StoredScenario[] | null>(null);
  const [picked, setSelectedScenario] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setItems(await store.list());
    } catch (failure) {
      setError(describeError(failure, i18n).message);
    } finally {
      setLoading(false);
    }
  }, [store, i18n]);

  const change = useCallback(
    async (operation: (store: ScenarioStore) => Promise<unknown>) => {
      setError(null);
      try {
        await operation(store);
        return true;
      } catch (failure) {
        setError(describeError(failure, i18n).message);
        return false;
      } finally {
        await reload();
      }
    },
    [store, i18n, reload],
  );

  // First load; setState only in the promise callbacks, and not after unmount.
  useEffect(() => {
    let live = true;
    store
      .list()
      .then(
        (list) => live && setItems(list),
        (failure: unknown) => live && setError(describeError(failure, i18n).message),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [store, i18n]);

  const scenarios = useMemo<ScenarioState>(
    () => ({ items, loading, error, reload, change }),
    [items, loading, error, reload, change],
  );
  const comparison = useMemo(() => normalizeChoice(choice, items), [choice, items]);
  const selectedScenario =
    picked !== null && items?.some((s) => s.name === picked) ? picked : (items?.[0]?.name ?? null);
  const value = useMemo<PaneState>(
    () => ({
      registerDate,
      setRegisterDate,
      gapsDate,
      setGapsDate,
      comparison,
      setComparison,
      selectedScenario,
      setSelectedScenario,
      scenarios,
    }),
    [registerDate, gapsDate, comparison, selectedScenario, scenarios],
  );
  return <PaneStateContext.Provider value={value}>{children}</PaneStateContext.Provider>;
}
