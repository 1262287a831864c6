/** Collects benchmark rows, prints them as a table and writes bench-output/bench.json. */
import * as fs from "fs";
import * as path from "path";

export interface BenchRow {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** Extra context for docs/performance.md (budget, ratio, run count). */
  note?: string;
  /** Structured values for the tables of docs/performance.md (markdown.ts), e.g. function and variant. */
  data?: Record<string, string | number>;
}

export class Report {
  readonly rows: BenchRow[] = [];

  add(row: BenchRow): void {
    this.rows.push(row);
    console.log(
      `  ${row.section} | ${row.name}: ${formatValue(row.value)} ${row.unit}${row.note ? ` (${row.note})` : ""}`,
    );
  }

  print(): void {
    const header = ["section", "measurement", "value", "unit", "note"];
    const lines = this.rows.map((row) => [
      row.section,
      row.name,
      formatValue(row.value),
      row.unit,
      row.note ?? "",
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
    const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
    console.log(
      ["", format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(format)].join(
        "\n",
      ),
    );
  }

  write(file: string, meta: Record<string, unknown>): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...meta, rows: this.rows }, null, 2) + "\n");
    console.log(`\nreport written to ${path.relative(process.cwd(), file)}`);
  }
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return value.toLocaleString("en-US", { maximumFractionDigits: value < 10 ? 3 : 1 });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
