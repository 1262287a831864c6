/** The status of a datum (belegt / angenommen / widersprüchlich) as a coloured, labelled badge. */
import { Badge } from "@fluentui/react-components";
import type { Status } from "../../model";
import { useI18n } from "../i18n";

const COLOR: Record<Status, "success" | "warning" | "danger"> = {
  belegt: "success",
  angenommen: "warning",
  widersprüchlich: "danger",
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  const label = {
    belegt: t.statusBelegt,
    angenommen: t.statusAngenommen,
    widersprüchlich: t.statusWiderspruch,
  }[status];
  return (
    <Badge appearance="tint" color={COLOR[status]} size="small" data-status={status}>
      {label}
    </Badge>
  );
}
