import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Message } from "../../../core/messages/message";
import * as m from "../../../core/messages/checkView";
import type { WorkbookEvaluation } from "../../../core/validation/evaluateWorkbook";
import type { Finding } from "../../../core/validation/finding";
import { usePaneServices } from "../../paneServices";
import { useMessages } from "../../useMessages";
import { ErrorMessageBar } from "../feedbackError";
import { DelayedProgress } from "../feedbackProgress";
import { FindingList } from "./FindingList";
import { StatusCounts } from "./StatusCounts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

type Result = { findings: Finding[]; evaluation: WorkbookEvaluation };

/** A user-facing reason from an adapter's error: its bilingual message when it has one. */
function detailOf(error: unknown, language: "vi" | "en"): string {
  const message = (error as { userMessage?: Message } | null)?.userMessage;
  if (message && typeof message.vi === "string") return message[language];
  return error instanceof Error ? error.message : String(error);
}

/**
 * Kiểm tra's working part: validates the open workbook (on opening and on request), counts the rows by
 * status, and lists the findings by severity and sheet; choosing one selects its cell in Excel. Loaded
 * lazily with the validator.
 */
export function FindingsPanel() {
  const styles = useStyles();
  const { t, language } = useMessages();
  const services = usePaneServices();
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [selectFailure, setSelectFailure] = useState<{ at: { sheet: string; cell: string }; detail: string } | null>(
    null,
  );

  const run = useCallback(async () => {
    if (!services.validate) return;
    setBusy(true);
    setFailure(null);
    setSelectFailure(null);
    try {
      setResult(await services.validate());
    } catch (error) {
      setFailure(detailOf(error, language));
    } finally {
      setBusy(false);
    }
  }, [services, language]);

  // Check once per set of services when the view opens; a language change must not check again.
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    void runRef.current();
  }, [services]);

  async function select(finding: Finding) {
    if (!services.selectCell || finding.sheet === null) return;
    const cell = finding.cell ?? "A1";
    setSelectFailure(null);
    try {
      await services.selectCell(finding.sheet, cell);
    } catch (error) {
      setSelectFailure({ at: { sheet: finding.sheet, cell }, detail: detailOf(error, language) });
    }
  }

  const errors = result?.findings.filter((f) => f.severity === "error").length ?? 0;
  const warnings = (result?.findings.length ?? 0) - errors;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance={result ? "secondary" : "primary"} onClick={() => void run()} disabled={busy}>
          {t(result || failure !== null ? m.rerunButton : m.runButton)}
        </Button>
        <DelayedProgress active={busy} label={t(m.running)} />
      </div>
      {failure !== null && (
        <ErrorMessageBar
          title={t(m.failedTitle)}
          next={t(m.failedNext)}
          detail={failure}
          onDismiss={() => setFailure(null)}
        />
      )}
      {result && (
        <>
          {result.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{t(m.cleanTitle)}</MessageBarTitle>
                {t(m.cleanBody)}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Text as="p" weight="semibold">
              {t(m.summary, { errors, warnings })} {errors > 0 && t(m.summaryErrorsNext)}
            </Text>
          )}
          <StatusCounts evaluation={result.evaluation} />
          {selectFailure !== null && (
            <ErrorMessageBar
              title={t(m.selectFailedTitle, selectFailure.at)}
              next={t(m.selectFailedNext)}
              detail={selectFailure.detail}
              onDismiss={() => setSelectFailure(null)}
            />
          )}
          {result.findings.length > 0 && (
            <>
              {services.selectCell && <Text size={200}>{t(m.findingsHint)}</Text>}
              <FindingList
                findings={result.findings}
                onSelect={services.selectCell ? (finding) => void select(finding) : undefined}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
