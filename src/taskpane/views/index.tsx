/** The pane's views by id. */
import type { ReactNode } from "react";
import type { ViewId } from "../navigation";

export const VIEWS: Record<ViewId, () => ReactNode> = {
  register: () => null,
  rules: () => null,
  gaps: () => null,
  scenarios: () => null,
  comparison: () => null,
  reconciliation: () => null,
};
