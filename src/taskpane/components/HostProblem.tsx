import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  outsideBrowser,
  outsideNextStep,
  outsideNoOffice,
  outsideNoResponse,
  outsideOtherApp,
  outsideTitle,
  unsupportedBody,
  unsupportedNextStep,
  unsupportedTitle,
} from "../../core/messages/ui";
import type { Message } from "../../core/messages/message";
import { REQUIRED_EXCEL_API } from "../../excel/requirements";
import type { HostServices, OutsideReason } from "../hostServices";
import { useMessages, type Translate } from "../useMessages";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  paragraph: { margin: 0, display: "block" },
  title: { display: "block", margin: `0 0 ${tokens.spacingVerticalXS}` },
});

const OUTSIDE_REASONS: Record<OutsideReason, Message> = {
  noOffice: outsideNoOffice,
  noResponse: outsideNoResponse,
  browser: outsideBrowser,
  otherApp: outsideOtherApp,
};

export interface HostProblemProps {
  host: HostServices;
}

function explain(host: HostServices, t: Translate): { title: string; why: string; next: string } {
  if (host.kind === "unsupported") {
    return {
      title: t(unsupportedTitle),
      why: t(unsupportedBody, { name: REQUIRED_EXCEL_API.name, version: REQUIRED_EXCEL_API.version }),
      next: t(unsupportedNextStep),
    };
  }
  const reason = OUTSIDE_REASONS[host.outsideReason ?? "noResponse"];
  return { title: t(outsideTitle), why: t(reason, { app: host.otherApp ?? "Office" }), next: t(outsideNextStep) };
}

/** Says why the pane cannot work here (outside Excel, or an Excel without the API set it needs) and what to do. */
export function HostProblem({ host }: HostProblemProps) {
  const styles = useStyles();
  const { t } = useMessages();
  const { title, why, next } = explain(host, t);
  return (
    <div className={styles.root}>
      <MessageBar intent={host.kind === "unsupported" ? "error" : "warning"} layout="multiline">
        <MessageBarBody className={styles.body}>
          <Text as="h2" size={400} weight="semibold" className={styles.title}>
            {title}
          </Text>
          <Text as="p" className={styles.paragraph}>
            {why}
          </Text>
          <Text as="p" weight="semibold" className={styles.paragraph}>
            {next}
          </Text>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
