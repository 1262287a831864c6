/**
 * The pane's views by id, in tab order. Register is the first view and comes with the pane's bundle;
 * every other view is its own chunk, loaded when its tab is first opened (webpack splits at each
 * import()), so the first view does not pay for the map, the charts or the scenario editor.
 */
import type { ComponentType } from "react";
import type { ViewId } from "../navigation";
import { lazyView, type LazyView } from "./lazyView";
import { RegisterView } from "./RegisterView";

const LAZY = {
  overview: lazyView(() => import(/* webpackChunkName: "view-overview" */ "./OverviewView")),
  rules: lazyView(() =>
    import(/* webpackChunkName: "view-rules" */ "./RulesView").then((m) => ({ default: m.RulesView })),
  ),
  gaps: lazyView(() =>
    import(/* webpackChunkName: "view-gaps" */ "./GapsView").then((m) => ({ default: m.GapsView })),
  ),
  scenarios: lazyView(() =>
    import(/* webpackChunkName: "view-scenarios" */ "./ScenariosView").then((m) => ({
      default: m.ScenariosView,
    })),
  ),
  comparison: lazyView(() =>
    import(/* webpackChunkName: "view-comparison" */ "./ComparisonView").then((m) => ({
      default: m.ComparisonView,
    })),
  ),
  reconciliation: lazyView(() =>
    import(/* webpackChunkName: "view-reconciliation" */ "./ReconciliationView").then((m) => ({
      default: m.ReconciliationView,
    })),
  ),
  handover: lazyView(() =>
    import(/* webpackChunkName: "view-handover" */ "./HandoverView").then((m) => ({
      default: m.HandoverView,
    })),
  ),
  vollzug: lazyView(() =>
    import(/* webpackChunkName: "view-vollzug" */ "./VollzugView").then((m) => ({
      default: m.VollzugView,
    })),
  ),
} satisfies Record<Exclude<ViewId, "register">, LazyView>;

export const VIEWS: Record<ViewId, ComponentType> = { register: RegisterView, ...LAZY };

/** Loads every on-demand view now (component tests; a host could also call it when idle). */
export function preloadViews(): Promise<void> {
  return Promise.all(Object.values(LAZY).map((view) => view.preload())).then(() => undefined);
}
