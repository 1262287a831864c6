/**
 * Vollzug: for a chosen year, per centre the model's grant money beside what was granted, paid and
 * recognised, the differences and the flags (ledger/vollzug.ts), totals per Regierungsbezirk and for
 * NRW, and the rows left out of the sums with their messages. In Excel it reads the three tables of
 * the workbook (and creates them); in the preview it shows invented example data and says so.
 * Flag and row messages come from the model in German, like the other model texts.
 */
import { Button, Caption1, Field, Input, Link, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  createVollzugTables,
  goToVollzugRow,
  readVollzugTables,
  type ActionOptions,
  type ActionResult,
} from "../../excel";
import {
  BESCHEIDE,
  LEDGER_TABLES,
  parseLedger,
  vollzugYear,
  type RowRef,
  type VollzugYear,
} from "../../model/ledger";
import { ActionPanel } from "../components/ActionPanel";
import { useTableStyles } from "../components/tableStyles";
import { todayIso } from "../data/clock";
import { EXAMPLE_YEAR, exampleTables, type ExampleTables } from "../data/vollzugExample";
import { fill, useI18n } from "../i18n";
import { useNavigation } from "../navigation";

const SHEET_OF = Object.fromEntries(LEDGER_TABLES.map((s) => [s.id, s.sheet]));

/** The three results of creating the tables as the one result the action panel reports. */
async function createTables(options: ActionOptions): Promise<ActionResult> {
  const { tables } = await createVollzugTables(options);
  return {
    sheet: tables.map((t) => t.sheet).join(", "),
    table: tables.map((t) => t.table).join(", "),
    rowsWritten: tables.reduce((n, t) => n + t.rowsWritten, 0),
    userEditsKept: tables.reduce((n, t) => n + t.userEditsKept, 0),
    userEditsOverwritten: tables.reduce((n, t) => n + t.userEditsOverwritten, 0),
    userRowsKept: tables.reduce((n, t) => n + t.userRowsKept, 0),
    userColumnsKept: tables.reduce((n, t) => n + t.userColumnsKept, 0),
    notices: tables.flatMap((t) => t.notices),
  };
}

function emptyTable(spec: { columns: readonly { header: string }[] }): unknown[][] {
  return [spec.columns.map((c) => c.header)];
}

/** A table row named in a flag or message: in Excel a link that selects it, in the preview text. */
function RowLink({ at, onError }: { at: RowRef; onError: (message: string) => void }) {
  const { t } = useI18n();
  const { mode } = useNavigation();
  const text = fill(t.vollzugRowRef, { table: SHEET_OF[at.table] ?? BESCHEIDE.sheet, row: at.row });
  if (mode !== "excel") return <>{text}</>;
  return (
    <Link
      as="button"
      onClick={() =>
        void goToVollzugRow(at.table, at.row).catch((error: unknown) =>
          onError(error instanceof Error ? error.message : String(error)),
        )
      }
    >
      {text}
    </Link>
  );
}

export function VollzugView() {
  const { t, format } = useI18n();
  const styles = useTableStyles();
  const { mode } = useNavigation();
  const [yearText, setYearText] = useState(
    String(mode === "preview" ? EXAMPLE_YEAR : Number(todayIso().slice(0, 4))),
  );
  const [windowText, setWindowText] = useState("2");
  const [tables, setTables] = useState<ExampleTables | null>(mode === "preview" ? exampleTables() : null);
  const [readError, setReadError] = useState<string | null>(null);

  // Results arrive asynchronously (after Excel answered); the effect only starts the read.
  const apply = useCallback((promise: Promise<Awaited<ReturnType<typeof readVollzugTables>>>) => {
    promise.then(
      (r) => {
        const [b, z, n] = LEDGER_TABLES;
        setTables({
          bescheide: r.bescheide ?? emptyTable(b),
          zahlungen: r.zahlungen ?? emptyTable(z),
          nachweise: r.nachweise ?? emptyTable(n),
        });
        setReadError(null);
      },
      (error: unknown) => setReadError(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  const read = useCallback(() => apply(readVollzugTables()), [apply]);
  useEffect(() => {
    if (mode === "excel") apply(readVollzugTables());
  }, [mode, apply]);

  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText) : null;
  const windowMonths = /^\d{1,2}$/.test(windowText.trim()) ? Number(windowText) : null;
  const result = useMemo((): { view: VollzugYear | null; error: string | null } => {
    if (tables === null || year === null || windowMonths === null) return { view: null, error: null };
    try {
      const ledger = parseLedger(tables.bescheide, tables.zahlungen, tables.nachweise);
      return { view: vollzugYear(year, ledger, { asOf: todayIso(), windowMonths }), error: null };
    } catch (error) {
      return { view: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [tables, year, windowMonths]);
  const view = result.view;
  const flagged = view?.rows.filter((r) => r.flags.length > 0) ?? [];
  const money = (v: { toNumber(): number } | null) => (v === null ? "—" : format.money(v.toNumber()));

  return (
    <div className={styles.section}>
      <ActionPanel label={t.vollzugAction} description={t.vollzugActionHelp} run={createTables} />
      {mode === "preview" && <Text weight="semibold">{t.vollzugExample}</Text>}
      {mode === "excel" && (
        <Button onClick={read} appearance="secondary">
          {t.vollzugRead}
        </Button>
      )}
      <Field label={t.vollzugYear} validationMessage={year === null ? t.vollzugYearInvalid : undefined}>
        <Input value={yearText} onChange={(_, d) => setYearText(d.value)} inputMode="numeric" />
      </Field>
      <Field
        label={t.vollzugWindow}
        hint={t.vollzugWindowHint}
        validationMessage={windowMonths === null || windowMonths > 12 ? t.vollzugWindowInvalid : undefined}
      >
        <Input value={windowText} onChange={(_, d) => setWindowText(d.value)} inputMode="numeric" />
      </Field>
      {readError && <Text role="alert">{readError}</Text>}
      {result.error && <Text role="alert">{result.error}</Text>}
      {view && (
        <>
          <Text role="status">
            {fill(t.vollzugSummary, {
              year: view.year,
              flags: view.total.flags,
              centres: flagged.length,
              bad: view.bad.length,
            })}
          </Text>
          {view.modelNote && <Caption1>{view.modelNote}</Caption1>}
          <section aria-label={t.vollzugTotalsLabel} className={styles.wrap}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.vollzugColArea}</th>
                  <th scope="col">{t.vollzugColModel}</th>
                  <th scope="col">{t.vollzugColGranted}</th>
                  <th scope="col">{t.vollzugColPaid}</th>
                  <th scope="col">{t.vollzugColRecognised}</th>
                </tr>
              </thead>
              <tbody>
                {[...view.byBezirk.entries(), [t.vollzugNrw, view.total] as const].map(([name, totals]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td className={styles.number}>{money(totals.model)}</td>
                    <td className={styles.number}>{money(totals.granted)}</td>
                    <td className={styles.number}>{money(totals.paid)}</td>
                    <td className={styles.number}>{money(totals.recognised)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label={t.vollzugFlagsLabel} className={styles.section}>
            {flagged.length === 0 && <Text>{t.vollzugNoFlags}</Text>}
            {flagged.map((row) => (
              <article key={row.entity.key} aria-label={row.entity.fullName} data-entity={row.entity.key}>
                <Text as="h3" weight="semibold">
                  {row.entity.fullName}
                </Text>
                <Caption1>
                  {fill(t.vollzugFigures, {
                    model: money(row.model),
                    granted: money(row.granted),
                    paid: money(row.paid),
                    deviation: row.deviation === null ? "—" : format.moneyDelta(row.deviation.toNumber()),
                  })}
                </Caption1>
                <ul>
                  {row.flags.map((flag, i) => (
                    <li key={i} data-flag={flag.kind}>
                      {flag.message}
                      {flag.rows.length > 0 && (
                        <Caption1>
                          {" "}
                          (
                          {flag.rows.map((r, k) => (
                            <span key={`${r.table}-${r.row}`}>
                              {k > 0 && "; "}
                              <RowLink at={r} onError={setReadError} />
                            </span>
                          ))}
                          )
                        </Caption1>
                      )}
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </section>
          <section aria-label={t.vollzugBadLabel}>
            <Text weight="semibold">{fill(t.vollzugBadTitle, { count: view.bad.length })}</Text>
            <ul>
              {view.bad.map((b) => (
                <li key={`${b.table}-${b.row}`}>
                  <RowLink at={b} onError={setReadError} />: {b.messages.join(" ")}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
