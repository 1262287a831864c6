/**
 * A small memo for values derived from cell ranges. Excel hands every formula its own copy of a range,
 * so identity says nothing; the key is the range's content. Thousands of cells passing the same
 * scenario range then share one parsed scenario (and, because the model caches funding per scenario
 * object, one computation per year). Failures are cached too, so a malformed range is not re-parsed
 * by every cell that uses it.
 */

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export class ContentCache<T> {
  private readonly entries = new Map<string, Outcome<T>>();
  /** Identity shortcut for callers (tests, the formula engine) that pass the same array again. */
  private byIdentity = new WeakMap<object, Outcome<T>>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly compute: (rows: unknown[][]) => T,
    private readonly capacity = 64,
  ) {}

  get(rows: unknown[][]): T {
    let outcome = this.byIdentity.get(rows);
    if (outcome === undefined) {
      const key = contentKey(rows);
      outcome = this.entries.get(key);
      if (outcome === undefined) {
        this.misses += 1;
        outcome = this.run(rows);
        this.entries.set(key, outcome);
        if (this.entries.size > this.capacity) {
          // Map keeps insertion order: the first key is the least recently used one.
          this.entries.delete(this.entries.keys().next().value as string);
        }
      } else {
        this.hits += 1;
        // Refresh recency.
        this.entries.delete(key);
        this.entries.set(key, outcome);
      }
      this.byIdentity.set(rows, outcome);
    } else {
      this.hits += 1;
    }
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.byIdentity = new WeakMap();
    this.hits = 0;
    this.misses = 0;
  }

  private run(rows: unknown[][]): Outcome<T> {
    try {
      return { ok: true, value: this.compute(rows) };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

/**
 * Unambiguous text of a range: each cell tagged by type, so 2016 and "2016" or "" and an empty cell
 * stay different keys when the parser might treat them differently.
 */
export function contentKey(rows: readonly unknown[][]): string {
  const parts: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const cell of Array.isArray(row) ? row : [row]) cells.push(cellKey(cell));
    parts.push(cells.join("\u001f"));
  }
  return parts.join("\u001e");
}

function cellKey(cell: unknown): string {
  switch (typeof cell) {
    case "string":
      // JSON escapes the separator characters, so no text can forge a cell boundary.
      return `s${JSON.stringify(cell)}`;
    case "number":
      return `n${cell}`;
    case "boolean":
      return cell ? "b1" : "b0";
    case "undefined":
      return "u";
    default:
      if (cell === null) return "z";
      if (typeof cell === "object" && typeof (cell as { code?: unknown }).code === "string") {
        return `e${(cell as { code: string }).code}`;
      }
      return `o${String(cell)}`;
  }
}
