/**
 * A small memo for values derived from cell ranges. Excel hands every formula its own copy of a range,
 * so identity says nothing; the key is the range's content. Thousands of cells passing the same
 * scenario range then share one parsed scenario (and, because the model caches funding per scenario
 * object, one computation per year). Failures are cached too, so a malformed range is not re-parsed
 * by every cell that uses it.
 */

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A copy of a range's cells (primitives only), its content key and what it computed to. */
interface Recent<T> {
  cells: unknown[][];
  key: string;
  outcome: Outcome<T>;
}

/** How many ranges the cell-by-cell shortcut remembers (a workbook uses a few scenario tables). */
const RECENT = 4;

export class ContentCache<T> {
  private readonly entries = new Map<string, Outcome<T>>();
  /** Identity shortcut for callers (tests, the formula engine) that pass the same array again. */
  private byIdentity = new WeakMap<object, Outcome<T>>();
  /**
   * Content shortcut for Excel's fresh copies: the last few ranges, newest first, compared cell
   * by cell with ===. Only ranges of primitive cells are kept, so equal cells mean an equal content
   * key; anything else (a NaN, an error value, a new range) takes the content key. Every range here
   * is also in `entries` (an evicted key leaves both), so the cache holds `capacity` results at most.
   */
  private recent: Recent<T>[] = [];
  hits = 0;
  misses = 0;

  constructor(
    private readonly compute: (rows: unknown[][]) => T,
    private readonly capacity = 64,
  ) {}

  get(rows: unknown[][]): T {
    const outcome = this.byIdentity.get(rows) ?? this.recentMatch(rows) ?? this.byContent(rows);
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.byIdentity = new WeakMap();
    this.recent = [];
    this.hits = 0;
    this.misses = 0;
  }

  private byContent(rows: unknown[][]): Outcome<T> {
    const key = contentKey(rows);
    let outcome = this.entries.get(key);
    if (outcome === undefined) {
      this.misses += 1;
      outcome = this.run(rows);
      this.entries.set(key, outcome);
      if (this.entries.size > this.capacity) {
        // Map keeps insertion order: the first key is the least recently used one.
        const oldest = this.entries.keys().next().value as string;
        this.entries.delete(oldest);
        this.recent = this.recent.filter((r) => r.key !== oldest);
      }
    } else {
      this.hits += 1;
      this.touch(key, outcome);
    }
    this.byIdentity.set(rows, outcome);
    this.remember(rows, key, outcome);
    return outcome;
  }

  private recentMatch(rows: unknown[][]): Outcome<T> | undefined {
    // Newest first; not reordered on a hit (cheaper, and a range pushed out comes back by its key).
    for (const { cells, key, outcome } of this.recent) {
      if (sameCells(cells, rows)) {
        this.hits += 1;
        this.touch(key, outcome);
        return outcome;
      }
    }
    return undefined;
  }

  /** Marks an entry as the most recently used one (Map keeps insertion order). */
  private touch(key: string, outcome: Outcome<T>): void {
    this.entries.delete(key);
    this.entries.set(key, outcome);
  }

  private remember(rows: unknown[][], key: string, outcome: Outcome<T>): void {
    for (const row of rows) {
      if (!Array.isArray(row)) return;
      for (const cell of row) if (cell !== null && typeof cell === "object") return;
    }
    this.recent.unshift({ cells: rows.map((row) => row.slice()), key, outcome });
    if (this.recent.length > RECENT) this.recent.pop();
  }

  private run(rows: unknown[][]): Outcome<T> {
    try {
      return { ok: true, value: this.compute(rows) };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

/** Same shape and every cell === (the kept copy holds primitives only). */
function sameCells(kept: unknown[][], rows: readonly unknown[][]): boolean {
  if (kept.length !== rows.length) return false;
  for (let r = 0; r < kept.length; r++) {
    const a = kept[r];
    const b: unknown = rows[r];
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  }
  return true;
}

/**
 * Unambiguous text of a range: each cell tagged by type, so 2016 and "2016" or "" and an empty cell
 * stay different keys when the parser might treat them differently. One pass, one string: cells are
 * separated by \u001f, rows by \u001e; texts carry their length, so no text can forge a boundary.
 */
export function contentKey(rows: readonly unknown[][]): string {
  let key = "";
  for (let r = 0; r < rows.length; r++) {
    if (r > 0) key += "\u001e";
    const row: unknown = rows[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        if (c > 0) key += "\u001f";
        key += cellKey(row[c]);
      }
    } else {
      key += cellKey(row);
    }
  }
  return key;
}

function cellKey(cell: unknown): string {
  switch (typeof cell) {
    case "string":
      return `s${cell.length}:${cell}`;
    case "number":
      return `n${cell}`;
    case "boolean":
      return cell ? "b1" : "b0";
    case "undefined":
      return "u";
    default: {
      if (cell === null) return "z";
      const code = (cell as { code?: unknown }).code;
      // An object is keyed by everything in it (a rich value's type, basicValue, text, …), never by
      // String(cell): "[object Object]" for every rich value would make two ranges differing only in
      // one collide and share a parsed scenario.
      const text = typeof code === "string" ? code : objectKey(cell);
      return `${typeof code === "string" ? "e" : "o"}${text.length}:${text}`;
    }
  }
}

/** Objects that cannot be written out (a cycle, too deep) get a key of their own: never shared. */
const UNIQUE_KEYS = new WeakMap<object, string>();
let uniqueCount = 0;
/** Rich values nest a few levels (an entity's properties); deeper content is not read as a cell. */
const MAX_DEPTH = 8;

function objectKey(cell: unknown): string {
  try {
    return stableText(cell, 0);
  } catch {
    const object = cell as object;
    let key = UNIQUE_KEYS.get(object);
    if (key === undefined) {
      uniqueCount += 1;
      key = `#${uniqueCount}`;
      UNIQUE_KEYS.set(object, key);
    }
    return key;
  }
}

/**
 * Type-tagged text of a value with object keys sorted, so equal content gives equal text whatever
 * the key order, and different content (NaN vs null, 1 vs "1") different text. Throws beyond
 * MAX_DEPTH, which also ends a cycle.
 */
function stableText(value: unknown, depth: number): string {
  switch (typeof value) {
    case "string":
      return `s${value.length}:${value}`;
    case "number":
      return `n${value}`;
    case "boolean":
      return value ? "b1" : "b0";
    case "undefined":
      return "u";
    case "bigint":
      return `i${value}`;
    case "object": {
      if (value === null) return "z";
      if (depth >= MAX_DEPTH) throw new RangeError("too deep");
      if (Array.isArray(value)) {
        return `[${value.map((item) => stableText(item, depth + 1)).join(",")}]`;
      }
      const record = value as Record<string, unknown>;
      const fields = Object.keys(record)
        .sort()
        .map((k) => `${k.length}:${k}=${stableText(record[k], depth + 1)}`);
      return `${Object.prototype.toString.call(value)}{${fields.join(",")}}`;
    }
    default:
      // Functions and symbols: nothing a cell value carries; the parser does not read them.
      return typeof value;
  }
}
