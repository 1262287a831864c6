/**
 * Ribbon commands. The ribbon button "KI-Planer öffnen" is a ShowTaskpane action and needs no code;
 * this bundle exists for commands that act without the pane.
 */
Office.onReady(() => {
  // No ExecuteFunction commands yet.
});
