/*
 * Webview check: runs before office.js and the bundles, in ES5 only (no let/const, no arrow
 * functions, no Promise), so that it runs where they cannot.
 *
 * On Windows, Office shows an add-in that has <Runtimes> in its manifest (the shared runtime) in
 * WebView2 where it can, and otherwise in Internet Explorer 11 (Trident+), never in EdgeHTML
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins ).
 * Trident runs no JavaScript later than ES5; the bundles are ES2020, so the pane would stay blank.
 * Microsoft recommends a graceful failure message there
 * (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11 ). This script shows one.
 *
 * Detection: document.documentMode exists only in Internet Explorer; a missing Promise or globalThis
 * (ES2020, which the bundles are compiled to) catches any other engine too old for the bundles.
 * The message is built with DOM methods (the CSP allows no inline script, the security scan no HTML
 * sinks) and is German first, as the pane's default language, with one English line. Non-ASCII
 * letters are written as \u escapes, so the file reads the same whatever charset a server declares.
 */
(function () {
  "use strict";

  var TITLE = "KI-Planer kann in dieser Office-Installation nicht starten";
  var LINES = [
    "Office zeigt Add-Ins hier mit Internet Explorer 11 an. Der KI-Planer braucht daf\u00fcr die " +
      "Komponente \u201eMicrosoft Edge WebView2 Runtime\u201c.",
    "Bitte lassen Sie von Ihrer IT die Microsoft Edge WebView2 Runtime installieren oder Office auf " +
      "eine aktuelle Version von Microsoft 365 (oder Office 2021 und neuer) bringen, und starten Sie " +
      "Excel danach neu. In Excel im Web l\u00e4uft der KI-Planer ohne Installation.",
    "Office shows add-ins here in Internet Explorer 11. KI-Planer needs the Microsoft Edge WebView2 " +
      "Runtime or a current Microsoft 365.",
  ];

  function isOutdatedWebview(win) {
    var doc = win.document;
    return (
      typeof doc.documentMode !== "undefined" ||
      typeof win.Promise !== "function" ||
      typeof win.globalThis === "undefined"
    );
  }

  function showMessage(doc) {
    var target = doc.getElementById("root") || doc.body;
    if (!target) return;
    var box = doc.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("id", "webview-fallback");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.padding = "16px";
    box.style.lineHeight = "1.5";
    var heading = doc.createElement("h1");
    heading.style.fontSize = "18px";
    heading.appendChild(doc.createTextNode(TITLE));
    box.appendChild(heading);
    for (var i = 0; i < LINES.length; i++) {
      var paragraph = doc.createElement("p");
      if (i === LINES.length - 1) paragraph.setAttribute("lang", "en");
      paragraph.appendChild(doc.createTextNode(LINES[i]));
      box.appendChild(paragraph);
    }
    target.appendChild(box);
  }

  if (!isOutdatedWebview(window)) return;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      showMessage(document);
    });
  } else {
    showMessage(document);
  }
})();
