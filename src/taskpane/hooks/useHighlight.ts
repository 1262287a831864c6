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
  const id = target?.kind === kind ? target.id : null;
  useEffect(() => {
    if (id === null || !ref.current) return;
    ref.current.scrollIntoView?.({ block: "center" });
    ref.current.focus({ preventScroll: true });
  }, [id]);
  return { highlightedId: id, ref };
}
