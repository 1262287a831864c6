/** Which view is open and what it should bring into view; shared so views can link to each other. */
import { createContext, useContext } from "react";
import type { PaneMode } from "./host";

export const VIEW_IDS = [
  "register",
  "overview",
  "rules",
  "gaps",
  "scenarios",
  "comparison",
  "reconciliation",
  "handover",
  "vollzug",
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Something a view should scroll to and highlight: a register row (entity key), a rule, a figure. */
export type NavigationTarget = { kind: "entity" | "rule" | "figure"; id: string } | null;

export interface Navigation {
  mode: PaneMode;
  view: ViewId;
  target: NavigationTarget;
  open: (view: ViewId, target?: NavigationTarget) => void;
}

export const NavigationContext = createContext<Navigation>({
  mode: "preview",
  view: "register",
  target: null,
  open: () => undefined,
});

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
