/**
 * Ribbon commands (ExecuteFunction actions in manifest.xml). They run in the shared runtime, so they
 * need no page of their own. "KI-Planer öffnen" is a ShowTaskpane action and needs no code.
 */

/** The German help page that ships next to the pane (src/help/hilfe.html). */
export function helpUrl(pageUrl: string): string {
  return new URL("hilfe.html", pageUrl).href;
}

/** "Hilfe" on the ribbon: opens the help page in an Office dialog. */
export function showHelp(event: Office.AddinCommands.Event): void {
  Office.context.ui.displayDialogAsync(
    helpUrl(window.location.href),
    { height: 70, width: 45, displayInIframe: true },
    () => event.completed(),
  );
}

/** Registers the commands; outside Office (the pane's browser preview) there is nothing to register. */
export function registerCommands(host: Office.HostType | null): void {
  if (host === null) return;
  Office.actions.associate("showHelp", showHelp);
}

Office.onReady((info) => registerCommands(info.host));
