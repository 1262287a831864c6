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

/**
 * Registered when the bundle loads, not in Office.onReady, so a ribbon click that comes while the
 * shared runtime is still starting finds its handler. office.js defines Office.actions synchronously,
 * also outside Office (the pane's browser preview), where the registration is simply never used.
 */
export function registerCommands(): void {
  Office.actions.associate("showHelp", showHelp);
}

registerCommands();
