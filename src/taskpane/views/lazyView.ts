/**
 * A view loaded on demand (React.lazy over a dynamic import, one webpack chunk per view) that can
 * also be loaded ahead: once `preload()` has resolved, the view renders at once without suspending.
 * The component tests preload every view so they use the pane as before; the browser tests use the
 * real on-demand path of the built pane.
 */
import { createElement, lazy, type ComponentType, type ReactElement } from "react";

export type LazyView = (() => ReactElement) & { preload: () => Promise<void> };

export function lazyView(load: () => Promise<{ default: ComponentType }>): LazyView {
  let loaded: ComponentType | null = null;
  let pending: Promise<{ default: ComponentType }> | null = null;
  const once = () => {
    pending ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    return pending;
  };
  const Lazy = lazy(once);
  const View = () => createElement(loaded ?? Lazy);
  return Object.assign(View, { preload: () => once().then(() => undefined) });
}
