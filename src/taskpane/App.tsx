import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Language } from "../core/messages/message";
import { FeedbackToaster } from "./components/feedbackToast";
import { Header } from "./components/Header";
import { HostProblem } from "./components/HostProblem";
import { ViewTabs } from "./components/ViewTabs";
import type { HostServices, ThemeMode } from "./hostServices";
import { readLanguage, writeLanguage } from "./language";
import { PaneServicesContext, type PaneServices } from "./paneServices";
import { LanguageContext } from "./useMessages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
});

const NO_SERVICES: PaneServices = {};

export interface AppProps {
  /** Where the pane runs; see hostServices.ts. */
  host: HostServices;
  /** The workbook adapters the views may call; none outside Excel. */
  services?: PaneServices;
}

/** The task-pane shell: theme, language, header, and either the views or the reason they cannot run here. */
export function App({ host, services = NO_SERVICES }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(() => readLanguage(host.storage, host.defaultLanguage));
  const [theme, setTheme] = useState<ThemeMode>(host.theme);

  useEffect(() => {
    setTheme(host.theme);
    return host.onThemeChange?.(setTheme);
  }, [host]);

  const chooseLanguage = useCallback(
    (next: Language) => {
      setLanguage(next);
      writeLanguage(host.storage, next);
    },
    [host.storage],
  );

  return (
    // The layout class goes on a div inside the provider, not on FluentProvider: Fluent copies the provider's
    // className onto the mount node of every portal (listboxes, popovers), where `min-height: 100vh` and the
    // background made an invisible full-pane layer that swallowed every click while a dropdown was open.
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language} data-theme={theme}>
      <div className={styles.root}>
        <LanguageContext.Provider value={language}>
          <PaneServicesContext.Provider value={services}>
            <Header language={language} onLanguageChange={chooseLanguage} />
            <main className={styles.main}>
              {host.kind === "excel" ? <ViewTabs /> : <HostProblem host={host} />}
              {/* Inside main: a toast is content of the pane, and axe wants all content in a landmark. */}
              <FeedbackToaster />
            </main>
          </PaneServicesContext.Provider>
        </LanguageContext.Provider>
      </div>
    </FluentProvider>
  );
}
