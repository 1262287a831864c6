/** The pane's views by id, in tab order. */
import type { ComponentType } from "react";
import type { ViewId } from "../navigation";
import { ComparisonView } from "./ComparisonView";
import { GapsView } from "./GapsView";
import { ReconciliationView } from "./ReconciliationView";
import { RegisterView } from "./RegisterView";
import { RulesView } from "./RulesView";
import { ScenariosView } from "./ScenariosView";
import { VollzugView } from "./VollzugView";

export const VIEWS: Record<ViewId, ComponentType> = {
  register: RegisterView,
  rules: RulesView,
  gaps: GapsView,
  scenarios: ScenariosView,
  comparison: ComparisonView,
  reconciliation: ReconciliationView,
  vollzug: VollzugView,
};
