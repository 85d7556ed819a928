import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Message } from "../../core/messages/message";
import { viewNotReady } from "../../core/messages/ui";
import { useMessages } from "../useMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  pending: { margin: 0, color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

export interface ViewIntroProps {
  title: Message;
  description: Message;
  /** The view's working UI. Until a view has one, the intro says the feature is not in this version. */
  children?: ReactNode;
}

/** The heading and one-paragraph description every view opens with. */
export function ViewIntro({ title, description, children }: ViewIntroProps) {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <div className={styles.root}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {t(title)}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {t(description)}
      </Text>
      {children ?? (
        <Text as="p" size={200} className={styles.pending}>
          {t(viewNotReady)}
        </Text>
      )}
    </div>
  );
}
