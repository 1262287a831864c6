/** Lists the cells where the add-in would overwrite the user's own values and asks what to do. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { PendingConflicts } from "../hooks/useExcelAction";
import { fill, useI18n } from "../i18n";
import { ConfirmDialog } from "./ConfirmDialog";

/** More rows would not fit the pane; the count says how many there are in all. */
const SHOWN = 10;

function cellText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

export function ConflictDialog({ pending }: { pending: PendingConflicts | null }) {
  const { t } = useI18n();
  const conflicts = pending?.conflicts ?? [];
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t.conflictTitle}
      confirmLabel={t.conflictOverwrite}
      cancelLabel={t.conflictKeep}
      onConfirm={() => pending?.answer(true)}
      onCancel={() => pending?.answer(false)}
    >
      <p>{fill(t.conflictBody, { count: conflicts.length })}</p>
      <Table size="extra-small" aria-label={t.conflictTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.conflictCell}</TableHeaderCell>
            <TableHeaderCell>{t.conflictYours}</TableHeaderCell>
            <TableHeaderCell>{t.conflictNew}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conflicts.slice(0, SHOWN).map((conflict) => (
            <TableRow key={`${conflict.sheet}!${conflict.address}`}>
              <TableCell>{`${conflict.sheet}!${conflict.address} (${conflict.column}, ${conflict.rowKey})`}</TableCell>
              <TableCell>{cellText(conflict.userValue)}</TableCell>
              <TableCell>{cellText(conflict.newValue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {conflicts.length > SHOWN && <p>{fill(t.conflictMore, { count: conflicts.length - SHOWN })}</p>}
    </ConfirmDialog>
  );
}
