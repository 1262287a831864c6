/**
 * The pane: a header, the preview notice outside Excel, what this Excel cannot do (no custom
 * functions), recovery notices, and one tab per view.
 * Navigation (which tab, which row to bring into view) lives here so a link in one view can open
 * another; longer-lived inputs live in PaneStateProvider.
 */
import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { readStoredState } from "../excel";
import { CapabilitiesContext } from "./capabilities";
import { CapabilityNotice } from "./components/CapabilityNotice";
import { PreviewNotice } from "./components/PreviewNotice";
import { StartupNotices, type StartupNotice } from "./components/StartupNotices";
import type { ScenarioStore } from "./data/scenarioStore";
import { FULL_CAPABILITIES, type Capabilities, type PaneMode } from "./host";
import { I18nContext, makeI18n, useI18n, type Language } from "./i18n";
import {
  NavigationContext,
  VIEW_IDS,
  type Navigation,
  type NavigationTarget,
  type ViewId,
} from "./navigation";
import { PaneStateProvider } from "./state";
import { VIEWS } from "./views";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", flexDirection: "column", margin: 0 },
  title: { margin: 0 },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  mode: PaneMode;
  language: Language;
  /** Where scenarios live: the workbook in Excel, the browser in preview. */
  store: ScenarioStore;
  /** What was recovered while reading stored state before the pane started. */
  notices?: StartupNotice[];
  /** What this Excel can do beyond the manifest's minimum (host.ts, capabilitiesOf); all by default. */
  capabilities?: Capabilities;
}

const TAB_LABEL_KEY = {
  register: "tabRegister",
  overview: "tabOverview",
  rules: "tabRules",
  gaps: "tabGaps",
  scenarios: "tabScenarios",
  comparison: "tabComparison",
  reconciliation: "tabReconciliation",
  handover: "tabHandover",
  vollzug: "tabVollzug",
} as const;

/** In Excel, the add-in's memory in the workbook may have been damaged or old; say what was recovered. */
function useWorkbookNotices(mode: PaneMode): StartupNotice[] {
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    if (mode !== "excel") return;
    let live = true;
    readStoredState().then(
      (state) => live && setNotices(state.notices),
      // Reading the memory is best effort: the actions recover on their own and report again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mode]);
  return notices;
}

function Shell({
  mode,
  notices = [],
  capabilities = FULL_CAPABILITIES,
}: Pick<AppProps, "mode" | "notices" | "capabilities">) {
  const styles = useStyles();
  const { t } = useI18n();
  const [view, setView] = useState<ViewId>("register");
  const [target, setTarget] = useState<NavigationTarget>(null);
  const workbookNotices = useWorkbookNotices(mode);
  // Views stay mounted once opened (hidden when not selected): a write that is running, its outcome
  // and what was typed survive a look at another tab.
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(() => new Set<ViewId>(["register"]));
  const open = useCallback((next: ViewId, nextTarget: NavigationTarget = null) => {
    setView(next);
    setTarget(nextTarget);
    setOpened((current) => (current.has(next) ? current : new Set([...current, next])));
  }, []);
  const navigation = useMemo<Navigation>(() => ({ mode, view, target, open }), [mode, view, target, open]);
  return (
    <NavigationContext.Provider value={navigation}>
      <CapabilitiesContext.Provider value={capabilities}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Text as="h1" size={500} weight="semibold" className={styles.title}>
              {t.appTitle}
            </Text>
            <Text size={200}>{t.appSubtitle}</Text>
          </header>
          {mode === "preview" && <PreviewNotice />}
          <CapabilityNotice capabilities={capabilities} />
          <StartupNotices notices={[...notices, ...workbookNotices]} />
          <TabList
            className={styles.tabs}
            aria-label={t.tabsLabel}
            selectedValue={view}
            // Arrow keys move between tabs and open them at once (WAI-ARIA automatic activation): every
            // view renders from the model in a few milliseconds.
            selectTabOnFocus
            onTabSelect={(_, data) => open(data.value as ViewId)}
          >
            {VIEW_IDS.map((id) => (
              <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
                {t[TAB_LABEL_KEY[id]]}
              </Tab>
            ))}
          </TabList>
          {VIEW_IDS.filter((id) => opened.has(id)).map((id) => {
            const View = VIEWS[id];
            return (
              <section
                key={id}
                role="tabpanel"
                id={`panel-${id}`}
                aria-labelledby={`tab-${id}`}
                hidden={id !== view}
              >
                {/* Views other than the first load on first opening (views/index.tsx). */}
                <Suspense fallback={<Text role="status">{t.viewLoading}</Text>}>
                  <View />
                </Suspense>
              </section>
            );
          })}
        </main>
      </CapabilitiesContext.Provider>
    </NavigationContext.Provider>
  );
}

export function App({ mode, language, store, notices, capabilities }: AppProps) {
  const i18n = useMemo(() => makeI18n(language), [language]);
  return (
    <FluentProvider theme={webLightTheme} lang={i18n.format.locale}>
      <I18nContext.Provider value={i18n}>
        <PaneStateProvider store={store}>
          <Shell mode={mode} notices={notices} capabilities={capabilities} />
        </PaneStateProvider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
