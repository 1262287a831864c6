/**
 * Brings the navigation target into view when a view opens for it (a link from the Lücken view):
 * scrolls the row to the middle and moves focus there, so keyboard and screen-reader users land on it.
 */
import { useEffect, useRef } from "react";
import { useNavigation, type NavigationTarget } from "../navigation";

export function useHighlight<E extends HTMLElement = HTMLTableRowElement>(
  kind: NonNullable<NavigationTarget>["kind"],
) {
  const { target } = useNavigation();
  const ref = useRef<E | null>(null);
  const mine = target?.kind === kind ? target : null;
  // Keyed on the target object, not its id: following the same link again scrolls there again.
  useEffect(() => {
    if (mine === null || !ref.current) return;
    ref.current.scrollIntoView?.({ block: "center" });
    ref.current.focus({ preventScroll: true });
  }, [mine]);
  const id = mine?.id ?? null;
  return { highlightedId: id, ref };
}
