import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/messages/message";
import { appSubtitle, appTitle } from "../../core/messages/ui";
import { useMessages } from "../useMessages";
import { LanguageMenu } from "./LanguageMenu";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The language menu opens inline, over the tabs below: the header must stack above them.
    position: "relative",
    zIndex: 1,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

export interface HeaderProps {
  language: Language;
  onLanguageChange: (language: Language) => void;
}

/** The pane's title and the language switch, shown in every state of the pane. */
export function Header({ language, onLanguageChange }: HeaderProps) {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Text as="h1" size={400} weight="semibold" truncate wrap={false} className={styles.title}>
          {t(appTitle)}
        </Text>
        <Text size={200} truncate wrap={false} className={styles.subtitle}>
          {t(appSubtitle)}
        </Text>
      </div>
      <LanguageMenu language={language} onLanguageChange={onLanguageChange} />
    </header>
  );
}
