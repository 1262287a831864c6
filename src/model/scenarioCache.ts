/**
 * A bounded memo for results that depend on a scenario's content and one more key (a year, a date).
 * Two levels, so a look-up never builds a "scenario|key" string: the scenario object finds its
 * content key's entry map through a WeakMap (one scenarioKey() per scenario object), and the entry
 * map is shared by every scenario with the same content. When `limit` entries are held, everything is
 * dropped and refilled on demand (Excel asks for few distinct keys at a time).
 *
 * Cached values are shared between callers: what leaves the calling module must be frozen or
 * otherwise read-only (a module may keep a map of its own as the value and fill it on demand).
 */
import { scenarioKey } from "./scenarioDefaults";
import type { Scenario } from "./types";

export class ScenarioCache<K, V> {
  private byContent = new Map<string, Map<K, V>>();
  private byScenario = new WeakMap<Scenario, Map<K, V>>();
  private count = 0;

  constructor(private readonly limit: number) {}

  /** The value for (scenario content, key); `compute` runs on a miss. Failures are not cached. */
  get(scenario: Scenario, key: K, compute: () => V): V {
    let entries = this.entriesOf(scenario);
    let value = entries.get(key);
    if (value === undefined) {
      value = compute();
      if (this.count >= this.limit) {
        this.clear();
        entries = this.entriesOf(scenario);
      }
      entries.set(key, value);
      this.count += 1;
    }
    return value;
  }

  /** Entries held (for tests). */
  get size(): number {
    return this.count;
  }

  clear(): void {
    this.byContent = new Map();
    this.byScenario = new WeakMap();
    this.count = 0;
  }

  private entriesOf(scenario: Scenario): Map<K, V> {
    let entries = this.byScenario.get(scenario);
    if (entries === undefined) {
      const content = scenarioKey(scenario);
      entries = this.byContent.get(content);
      if (entries === undefined) {
        entries = new Map();
        this.byContent.set(content, entries);
      }
      this.byScenario.set(scenario, entries);
    }
    return entries;
  }
}
