/**
 * German UI texts (default language). Keys are English; en.ts must have exactly the same keys.
 * {name} marks a value filled in by fill(). Data from the model (names, rule titles, notes) is German
 * in both languages: it is the data as sourced, not UI text.
 */
export const de = {
  appTitle: "KI-Planer",
  appSubtitle: "Landesförderung der Kommunalen Integrationszentren NRW",
  previewTitle: "Vorschau ohne Excel",
  previewBody:
    "Der Aufgabenbereich läuft außerhalb von Excel. Er zeigt Register, Regeln, Lücken, Szenarien, Vergleich und " +
    "Abgleich, berechnet mit dem Modell. Zum Schreiben in Tabellenblätter öffnen Sie den KI-Planer in Excel.",
  needsExcel: "Schreiben in Tabellenblätter geht nur in Excel.",
  noCustomFunctionsTitle: "KI-Funktionen sind in dieser Excel-Version nicht verfügbar",
  noCustomFunctionsBody:
    "Diese Excel-Installation kann keine benutzerdefinierten Funktionen ausführen (so z. B. manche " +
    "Volumenlizenz-Versionen von Office). Abhilfe: Microsoft 365 oder Excel im Web.",
  noCustomFunctionsWorks:
    "Was geht: alle Ansichten dieses Aufgabenbereichs, und er schreibt die Blätter Register, Regeln und " +
    "Szenarien wie gewohnt.",
  noCustomFunctionsFails:
    "Was nicht geht: Formeln mit KI.-Funktionen wie =KI.LANDESMITTEL(2016) rechnen nicht (Excel zeigt " +
    "#NAME?), auch nicht die Spalten des Blatts „KI-Vergleich“, die aus solchen Formeln bestehen. Darum " +
    "schreibt der Vergleich hier Werte (Werte-Modus); „Weitergabe“ schreibt feste Kopien.",
  tabsLabel: "Ansichten",
  tabRegister: "Register",
  tabRules: "Regeln",
  tabGaps: "Lücken",
  tabScenarios: "Szenarien",
  tabComparison: "Vergleich",
  tabReconciliation: "Abgleich",

  stichtag: "Stichtag",
  dateHint: "Standard: heute. Format: {example}",
  dateInvalid: "Bitte ein Datum wie {example} eingeben.",
  cancel: "Abbrechen",
  sourceLabel: "Quelle",
  noSource: "ohne Quelle",
  ruleLabel: "Regel",
  noRule: "keine Regel",
  statusBelegt: "belegt",
  statusAngenommen: "angenommen",
  statusWiderspruch: "widersprüchlich",
  kindKreise: "Kreise",
  kindStaedte: "kreisfreie Städte",

  actionCancel: "Abbrechen",
  actionRunning: "{action} läuft",
  actionDone: "Erledigt",
  actionDismiss: "Schließen",
  actionFailed: "Nicht ausgeführt",
  actionCancelledTitle: "Abgebrochen",
  actionCancelledBody: "Die Aktion wurde abgebrochen. Die Arbeitsmappe ist unverändert.",
  resultWritten: "Blatt „{sheet}“ geschrieben; geänderte Zeilen: {rows}.",
  resultEditsKept: "Ihre Änderungen in Zellen des KI-Planers behalten: {count}.",
  resultEditsOverwritten: "Ihre Änderungen überschrieben: {count}.",
  resultUserDataKept: "Unverändert blieben Ihre eigenen Zeilen ({rows}) und Spalten ({columns}).",
  noticeStateCorrupt:
    "Die gespeicherten Angaben des KI-Planers in der Arbeitsmappe waren nicht lesbar; vorhandene Werte wurden als Ihre behandelt.",
  noticeStateOld: "Gespeicherte Angaben aus einer älteren Version wurden übernommen.",
  noticeTableNew:
    "Die Tabelle fehlte auf dem Blatt; eine neue Tabelle wurde neben den vorhandenen Inhalt gelegt.",
  noticeConflictDeclined:
    "Früher abgelehnte Überschreibungen wurden wieder beibehalten, ohne erneut zu fragen.",
  conflictTitle: "Eigene Änderungen überschreiben?",
  conflictBody:
    "Zellen, die der KI-Planer pflegt und in denen Sie Werte geändert haben: {count}. Überschreiben oder Ihre Werte behalten?",
  conflictCell: "Zelle",
  conflictYours: "Ihr Wert",
  conflictNew: "Neuer Wert",
  conflictMore: "… und weitere Zellen: {count}.",
  conflictOverwrite: "Überschreiben",
  conflictKeep: "Meine Werte behalten",

  errorCancelled: "Abgebrochen; die Arbeitsmappe ist unverändert.",
  errorNoExcel: "Dafür wird Excel gebraucht.",
  errorScenarioExists: "Ein Szenario mit diesem Namen gibt es schon.",
  errorScenarioMissing: "Dieses Szenario gibt es nicht (mehr).",
  errorInvalidName: "Der Name ist als Blattname nicht erlaubt.",
  errorInvalidInput: "Die Eingabe ist ungültig.",
  errorTableDamaged: "Die Tabelle auf dem Blatt ist beschädigt.",
  errorRegisterMissing: "Das Blatt „KI-Register“ fehlt: bitte zuerst „Register holen“.",
  errorEntryMissing: "Dieser Eintrag fehlt im Blatt „KI-Register“.",
  errorExcel: "Excel hat die Aktion abgelehnt.",
  errorTableFiltered:
    "In der Tabelle sind Zeilen durch einen Filter ausgeblendet; bitte den Filter aufheben.",
  errorNameTaken: "Der Tabellenname ist in der Arbeitsmappe schon als Name vergeben.",
  errorUnexpected: "Unerwarteter Fehler:",

  storageTitle: "Gespeicherte Angaben wiederhergestellt",
  storageCorrupt:
    "Die gespeicherten Szenarien dieses Browsers waren nicht lesbar. Sie wurden gesichert (ki-planer.preview.scenarios.backup) und durch die Beispiele ersetzt.",
  storageMigrated: "Gespeicherte Szenarien aus einer älteren Version wurden übernommen.",
  storageNewer:
    "Die gespeicherten Szenarien stammen aus einer neueren Version ({version}); gelesen wurde, was lesbar war.",
  storageDropped: "Übersprungene unlesbare Einträge: {count}. Alles Lesbare ist erhalten.",
  storageUnavailable: "Der Browser erlaubt keinen Speicher; Szenarien gelten nur bis zum Schließen.",

  registerAction: "Register holen",
  registerActionHelp:
    "Schreibt die 54 Kreise und kreisfreien Städte mit Start ihres KI, Status am Stichtag, Stellen und Quellen als Tabelle auf das Blatt „KI-Register“. Ihre eigenen Spalten, Zeilen und Notizen bleiben erhalten.",
  registerSummary: "{active} von {total} Kreisen und kreisfreien Städten haben am {date} ein KI in Betrieb.",
  registerTableLabel: "Register am {date}",
  registerActive: "KI in Betrieb",
  registerNoCentre: "noch kein KI",
  registerClosed: "KI geschlossen",
  registerKnown: "bekannt: {text}",
  registerGrantStart: "Förderbeginn (Geld ab): {date}",
  registerGrantFromOpening: "Förderbeginn: kein eigener belegt, Geld ab Eröffnung",
  registerPostsSplit: "{kommunal} kommunal + {lehrer} Lehrer",
  colEntity: "Kreis / Stadt",
  colStart: "Start",
  colPosts: "Stellen",

  rulesAction: "Regeln holen",
  rulesActionHelp:
    "Schreibt alle Fassungen der Förderrichtlinie mit Gültigkeit, Typen, Beträgen, Stellen, Zuwendungsgeber, Quelle und Status auf das Blatt „KI-Regeln“.",
  rulesSummary: "Fassungen der Förderrichtlinie: {count}",
  rulesValidity: "gültig {from} bis {to}",
  rulesValidityOpen: "gültig ab {from}",
  rulesComponentsLabel: "Bestandteile: {title}",
  rulesPerCentre: "{amount} je KI",
  rulesPerPost: "{amount} je Stelle",
  colComponent: "Bestandteil",
  colAmount: "Betrag",

  gapsMissingTitle: "Ohne KI am {date}: {count}",
  gapsNoneMissing: "Am {date} haben alle 54 Kreise und kreisfreien Städte ein KI.",
  gapsStartsLater: "KI-Start: {text}",
  gapsNoCentreKnown: "Kein KI bekannt.",
  gapsDataTitle: "Datenlücken und Unsicherheiten: {count}",
  gapsGoToRow: "Zeile im Blatt zeigen",
  gapsShowInRegister: "Im Register zeigen",
  gapsShowRule: "Regel zeigen",
  gapsShowFigure: "Im Abgleich zeigen",
  gapKindAssumedStart: "Start angenommen",
  gapKindConflict: "Quellen widersprechen sich",
  gapKindNoRule: "Jahre ohne Regel",
  gapKindAssumedRule: "Regel angenommen",
  gapKindMissing: "Angabe fehlt",

  scenariosHelpExcel:
    "Jedes Szenario ist eine Tabelle Parameter | Wert auf einem eigenen Blatt „Szenario <Name>“. Änderungen hier und im Blatt wirken über die KI.*-Formeln sofort.",
  scenariosHelpPreview:
    "Vorschau: Szenarien werden nur in diesem Browser gespeichert. In Excel ist jedes Szenario ein eigenes Blatt.",
  scenariosLoading: "Szenarien werden gelesen …",
  scenariosSaving: "Wird gespeichert …",
  scenariosNone: "Noch keine Szenarien. Legen Sie eines an.",
  scenarioPick: "Szenario",
  scenarioOptionIssues: "{name} (Fehler: {count})",
  scenarioCreate: "Neu",
  scenarioCreateTitle: "Neues Szenario",
  scenarioCreateConfirm: "Anlegen",
  scenarioCopy: "Kopieren",
  scenarioCopyTitle: "Szenario „{name}“ kopieren",
  scenarioCopyName: "{name} Kopie",
  scenarioRename: "Umbenennen",
  scenarioRenameTitle: "Szenario „{name}“ umbenennen",
  scenarioDelete: "Löschen",
  scenarioDeleteTitle: "Szenario „{name}“ löschen?",
  scenarioDeleteBody:
    "Das Blatt des Szenarios wird gelöscht. Formeln, die darauf verweisen, zeigen dann #BEZUG!.",
  scenarioName: "Name",
  scenarioNameHint: "Wird zum Blattnamen „Szenario <Name>“ (höchstens 22 Zeichen, ohne : \\ / ? * [ ]).",
  nameRequired: "Bitte einen Namen eingeben.",
  nameTaken: "„{name}“ gibt es schon.",
  scenarioEditorTitle: "Annahmen von „{name}“",
  scenarioValid: "Parameter: {count}, alle gültig.",
  scenarioInvalid: "Ungültige Zeilen: {count}. Sie werden beim Rechnen nicht berücksichtigt.",
  scenarioUnnamedRow: "(ohne Parametername)",
  scenarioDefault: "Standard: {text}",
  addParameterTitle: "Parameter hinzufügen",
  addParameterName: "Parameter",
  addParameterKreis: "Kreis oder Stadt",
  addParameterKreisHint: "Name oder Schlüssel, z. B. Kreis Kleve oder 05154",
  addParameterValue: "Wert",
  addParameterExample: "Beispiel: {example} · Standard: {default}",
  addParameterChoose: "Bitte wählen",
  addParameterSubmit: "Hinzufügen",

  comparisonAction: "Vergleich schreiben",
  comparisonActionHelp:
    "Schreibt das Blatt „KI-Vergleich“: eine Zeile je Jahr, je Szenario eine Spalte mit =KI.LANDESMITTEL(…)-Formeln auf die Szenario-Tabellen, Differenzen zur Basis (absolut und %) und ein Diagramm.",
  comparisonBaseline: "Basis (Vergleichsgrundlage)",
  comparisonOthers: "Verglichen mit",
  comparisonFrom: "Von Jahr",
  comparisonTo: "Bis Jahr",
  comparisonNoScenarios: "Zuerst ein Szenario anlegen (Ansicht Szenarien).",
  comparisonYearsInvalid: "Bitte Jahre zwischen 1900 und 9999 eingeben.",
  comparisonYearsOrder: "Das Von-Jahr liegt nach dem Bis-Jahr.",
  comparisonYearsTooMany: "Höchstens {max} Jahre auf einmal.",
  comparisonIssuesTitle: "Ungültige Zeilen werden nicht berücksichtigt",
  comparisonIssues: "{name}: ungültige Zeilen: {count} (siehe Szenarien).",
  comparisonTableLabel: "Landesmittel {from} bis {to} je Szenario",
  comparisonIsBaseline: "Basis",
  colYear: "Jahr",
  colScenario: "Szenario",
  colLandesmittel: "Landesmittel",
  colDifference: "Differenz",

  reconAction: "Abgleich schreiben",
  reconActionHelp:
    "Schreibt das Blatt „KI-Abgleich“: jede gemeldete Zahl neben der Zahl des Modells, mit Differenz und beiden Quellen.",
  reconSummary: "Gemeldete Zahlen im Abgleich mit dem Modell: {count}",
  reconTableLabel: "Gemeldete Zahlen und Modell",
  reconAt: "am {date}",
  reconYear: "Jahr {year}",
  colReported: "Gemeldet",
  colModel: "Modell",

  noticeValuesMode:
    "Werte-Modus: Die Spalten der Szenarien enthalten berechnete Werte statt KI.*-Formeln. Nach einer Änderung an einem Szenario bitte „Vergleich neu berechnen“ wählen.",
  comparisonModeLabel: "Im Blatt schreiben als",
  comparisonModeFormulas: "Formeln (=KI.LANDESMITTEL, rechnen in Excel mit)",
  comparisonModeValues: "Werte (ohne KI-Funktionen)",
  comparisonValuesNote:
    "Werte-Modus: Das Blatt „KI-Vergleich“ erhält berechnete Werte statt KI.*-Formeln; sie ändern sich nicht von selbst. Nach einer Änderung an einem Szenario „Vergleich neu berechnen“ wählen.",
  comparisonValuesDefault: "Diese Excel-Version rechnet keine KI-Funktionen, darum ist „Werte“ vorgewählt.",
  comparisonActionValues: "Vergleich neu berechnen",

  tabHandover: "Weitergabe",
  handoverAction: "Festschreiben für die Weitergabe",
  handoverActionHelp:
    "Legt von jedem Blatt mit KI.*-Formeln (und jedem Blatt, das darauf verweist) eine Kopie „<Name> (fest)“ an: gleiche Gestaltung, die KI.*-Zellen als die Werte, die sie jetzt zeigen, Ihre eigenen Formeln verweisen auf diese Werte. Dazu ein Stempel (Zeitpunkt, Datenstand, Szenario) und das Blatt „KI-Quellen“ mit allen Quellen. Die Originale bleiben unverändert; ein neuer Lauf erneuert die Kopien.",
  handoverSheets: "Blätter (leer: alle mit KI.*-Formeln), durch Semikolon getrennt",
  handoverResult:
    "Festgeschrieben: {copies}. Quellen auf Blatt „{sources}“ ({count} Quellen). KI-Zellen als Werte: {fixed}.",
  handoverKept: "Ihre Blätter mit demselben Namen blieben unverändert: {sheets}.",
  handoverReplaceTitle: "Blätter mit diesem Namen gibt es schon",
  handoverReplaceBody: "Diese Blätter hat nicht der KI-Planer angelegt: {sheets}. Ersetzen?",
  handoverReplace: "Ersetzen",
  handoverKeep: "Behalten (Kopie erhält anderen Namen)",
} as const;

export type Strings = { readonly [K in keyof typeof de]: string };
