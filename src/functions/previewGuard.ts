/** See index.ts: outside Excel, registering custom functions is a no-op. */
const host = globalThis as { CustomFunctions?: unknown };
if (typeof host.CustomFunctions === "undefined") {
  host.CustomFunctions = { associate: () => undefined };
}
export {};
