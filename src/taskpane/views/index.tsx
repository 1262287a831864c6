/**
 * The pane's views by id, in tab order. Register is the first view and comes with the pane's bundle;
 * every other view is its own chunk, loaded when its tab is first opened (webpack splits at each
 * import()), so the first view does not pay for the map, the charts or the scenario editor.
 */
import { lazy, type ComponentType } from "react";
import type { ViewId } from "../navigation";
import { RegisterView } from "./RegisterView";

export const VIEWS: Record<ViewId, ComponentType> = {
  register: RegisterView,
  overview: lazy(() => import(/* webpackChunkName: "view-overview" */ "./OverviewView")),
  rules: lazy(() =>
    import(/* webpackChunkName: "view-rules" */ "./RulesView").then((m) => ({ default: m.RulesView })),
  ),
  gaps: lazy(() =>
    import(/* webpackChunkName: "view-gaps" */ "./GapsView").then((m) => ({ default: m.GapsView })),
  ),
  scenarios: lazy(() =>
    import(/* webpackChunkName: "view-scenarios" */ "./ScenariosView").then((m) => ({
      default: m.ScenariosView,
    })),
  ),
  comparison: lazy(() =>
    import(/* webpackChunkName: "view-comparison" */ "./ComparisonView").then((m) => ({
      default: m.ComparisonView,
    })),
  ),
  reconciliation: lazy(() =>
    import(/* webpackChunkName: "view-reconciliation" */ "./ReconciliationView").then((m) => ({
      default: m.ReconciliationView,
    })),
  ),
};
