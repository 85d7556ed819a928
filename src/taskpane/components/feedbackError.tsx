import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/lib/atoms/svg/dismiss";
import * as m from "../../core/messages/feedback";
import { useMessages } from "../useMessages";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: { display: "block" },
});

export interface ErrorMessageBarProps {
  /** What failed, e.g. "Không tạo được sổ theo dõi" (translated). */
  title: string;
  /** What to do next (translated): every error in the pane says it. */
  next: string;
  /** The underlying reason, if any (an adapter's or Excel's message), shown as "Chi tiết: …". */
  detail?: string;
  /** Shows a dismiss button when given. */
  onDismiss?: () => void;
}

/**
 * An action's failure: a Fluent error MessageBar with what failed, what to do next, and the details. It is an
 * assertive live region (Fluent announces error MessageBars), so screen readers read it when it appears.
 */
export function ErrorMessageBar({ title, next, detail, onDismiss }: ErrorMessageBarProps) {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Text className={styles.line}>{next}</Text>
        {detail && (
          <Text size={200} className={styles.line}>
            {t(m.errorDetail, { detail })}
          </Text>
        )}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" icon={<DismissRegular />} aria-label={t(m.dismiss)} onClick={onDismiss} />
          }
        />
      )}
    </MessageBar>
  );
}
