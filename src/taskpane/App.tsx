/**
 * The pane: a header, the preview notice outside Excel, and one tab per view. Navigation state that
 * views share (which tab is open, which register row to highlight) lives here so a link in the
 * Lücken view can open another view.
 */
import {
  FluentProvider,
  TabList,
  Tab,
  Text,
  webLightTheme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { I18nContext, makeI18n, useI18n, type Language } from "./i18n";
import type { PaneMode } from "./host";
import { PreviewNotice } from "./components/PreviewNotice";
import {
  NavigationContext,
  type Navigation,
  type NavigationTarget,
  type ViewId,
  VIEW_IDS,
} from "./navigation";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", flexDirection: "column" },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  mode: PaneMode;
  language: Language;
  /** The views, keyed by id; passed in so tests can render the shell with stand-ins. */
  views: Record<ViewId, () => ReactNode>;
}

const TAB_LABEL_KEY = {
  register: "tabRegister",
  rules: "tabRules",
  gaps: "tabGaps",
  scenarios: "tabScenarios",
  comparison: "tabComparison",
  reconciliation: "tabReconciliation",
} as const;

function Shell({ mode, views }: Omit<AppProps, "language">) {
  const styles = useStyles();
  const { t } = useI18n();
  const [view, setView] = useState<ViewId>("register");
  const [target, setTarget] = useState<NavigationTarget>(null);
  const open = useCallback((next: ViewId, nextTarget: NavigationTarget = null) => {
    setView(next);
    setTarget(nextTarget);
  }, []);
  const navigation = useMemo<Navigation>(() => ({ mode, view, target, open }), [mode, view, target, open]);
  return (
    <NavigationContext.Provider value={navigation}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.appTitle}
          </Text>
          <Text size={200}>{t.appSubtitle}</Text>
        </header>
        {mode === "preview" && <PreviewNotice />}
        <TabList
          className={styles.tabs}
          aria-label={t.tabsLabel}
          selectedValue={view}
          onTabSelect={(_, data) => open(data.value as ViewId)}
        >
          {VIEW_IDS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
              {t[TAB_LABEL_KEY[id]]}
            </Tab>
          ))}
        </TabList>
        <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
          {views[view]()}
        </section>
      </main>
    </NavigationContext.Provider>
  );
}

export function App({ mode, language, views }: AppProps) {
  const i18n = useMemo(() => makeI18n(language), [language]);
  return (
    <FluentProvider theme={webLightTheme} lang={i18n.format.locale}>
      <I18nContext.Provider value={i18n}>
        <Shell mode={mode} views={views} />
      </I18nContext.Provider>
    </FluentProvider>
  );
}
