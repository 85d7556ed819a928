import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { ConsolidationProgress } from "../../core/consolidation/consolidate";
import type { ConsolidationResult } from "../../core/consolidation/consolidationResult";
import type { SubmissionFile } from "../../core/consolidation/submission";
import { rejectReasonLabels } from "../../core/messages/consolidation";
import * as m from "../../core/messages/consolidationView";
import type { Message } from "../../core/messages/message";
import { consolidationDescription, consolidationTitle } from "../../core/messages/ui";
import { periodsOfYear } from "../../core/status/periods";
import { ErrorMessageBar } from "../components/feedbackError";
import { useSuccessToast } from "../components/feedbackToast";
import { usePaneServices } from "../paneServices";
import { useMessages, type Translate } from "../useMessages";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Out of sight but in the accessibility tree, so it keeps its name for tests and assistive technology.
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    opacity: 0,
  },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

type Outcome =
  { kind: "done"; result: ConsolidationResult } | { kind: "cancelled" } | { kind: "error"; detail: string };

/** A core error's bilingual message, else the error's own text. */
function reason(error: unknown, t: Translate): string {
  if (typeof error === "object" && error !== null && "userMessage" in error) {
    const message = (error as { userMessage: unknown }).userMessage;
    if (typeof message === "object" && message !== null && "vi" in message && "en" in message) {
      return t(message as Message);
    }
  }
  return error instanceof Error ? error.message : String(error);
}

function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === "ConsolidationCancelledError" || error.name === "AbortError");
}

/** A browser File as consolidation wants it: bytes read only when the file's turn comes. */
function submissionFile(file: File): SubmissionFile {
  return {
    name: file.name,
    lastModified: file.lastModified,
    bytes: () => file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
  };
}

function ProblemSection({ heading, items }: { heading: string; items: string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.section} aria-label={heading}>
      <Text as="h4" weight="semibold" size={200}>
        {heading}
      </Text>
      <ul className={styles.list}>
        {items.map((item, i) => (
          <li key={i}>
            <Text size={200}>{item}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the coordinator must look at after a run: rejected files, duplicates, missing units, invalid entries. */
function Problems({ result }: { result: ConsolidationResult }) {
  const styles = useStyles();
  const { t } = useMessages();
  const invalid = result.included.flatMap((s) =>
    s.excluded.map((e) => t(m.invalidItem, { unit: s.unit, id: e.id, message: t(e.message) })),
  );
  const empty =
    result.rejected.length === 0 && result.duplicates.length === 0 && result.missing.length === 0 && !invalid.length;
  return (
    <section className={styles.section} aria-label={t(m.problemsTitle)}>
      <Text as="h3" weight="semibold" size={300}>
        {t(m.problemsTitle)}
      </Text>
      {empty && <Text size={200}>{t(m.noProblems)}</Text>}
      <ProblemSection
        heading={t(m.rejectedHeading, { count: result.rejected.length })}
        items={result.rejected.map((r) => `${r.file} — ${t(rejectReasonLabels[r.reason])}: ${t(r.message)}`)}
      />
      <ProblemSection
        heading={t(m.duplicatesHeading, { count: result.duplicates.length })}
        items={result.duplicates.map((d) =>
          t(m.duplicateItem, { unit: d.unit, kept: d.kept, dropped: d.dropped.map((f) => `“${f}”`).join(", ") }),
        )}
      />
      <ProblemSection
        heading={t(m.missingHeading, { count: result.missing.length })}
        items={result.missing.map((u) => u.name)}
      />
      <ProblemSection heading={t(m.invalidHeading, { count: invalid.length })} items={invalid} />
    </section>
  );
}

/** Hợp nhất: merges the units' returned workbooks into provincial figures written into the open workbook. */
export function ConsolidationView() {
  const styles = useStyles();
  const { t } = useMessages();
  const services = usePaneServices();
  const toast = useSuccessToast();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const year = services.plan?.framework.year;
  const periods = year === undefined ? [] : periodsOfYear(year);
  const [period, setPeriod] = useState<string>(() => periods[periods.length - 1]?.code ?? "");
  const [pending, setPending] = useState<File[] | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ConsolidationProgress | null>(null);
  const [total, setTotal] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const available = Boolean(services.consolidate);

  async function run(files: File[]) {
    if (!services.consolidate) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setTotal(files.length);
    setProgress(null);
    setOutcome(undefined);
    try {
      const result = await services.consolidate(files.map(submissionFile), {
        period: period || undefined,
        onProgress: setProgress,
        signal: controller.signal,
      });
      setOutcome({ kind: "done", result });
      toast(
        t(m.doneTitle, { period: result.period ? t(result.period.label) : t(m.noPeriod) }),
        t(m.doneBody, {
          included: result.included.length,
          duplicates: result.duplicates.reduce((n, d) => n + d.dropped.length, 0),
          rejected: result.rejected.length,
          missing: result.missing.length,
        }),
      );
    } catch (error) {
      setOutcome(
        isCancel(error) || controller.signal.aborted
          ? { kind: "cancelled" }
          : { kind: "error", detail: reason(error, t) },
      );
    } finally {
      abort.current = null;
      setRunning(false);
    }
  }

  async function picked(list: FileList | null) {
    const files = list ? Array.from(list) : [];
    if (input.current) input.current.value = "";
    if (files.length === 0 || !services.consolidate) return;
    let ask = false;
    try {
      ask = (await services.hasTrackingSheets?.()) ?? false;
    } catch {
      // Unknown: asking costs one click, writing unasked into a tracking workbook costs more.
      ask = true;
    }
    if (ask) setPending(files);
    else await run(files);
  }

  const progressLabel =
    progress === null
      ? t(m.progressStarting, { total })
      : progress.phase === "reading"
        ? t(m.progressReading, { done: progress.done, total: progress.total, file: progress.file ?? "" })
        : t(m.progressConsolidating, { total: progress.total });

  return (
    <ViewIntro title={consolidationTitle} description={consolidationDescription}>
      <div className={styles.form}>
        {periods.length > 0 && (
          <Field label={t(m.periodLabel)}>
            <Select value={period} disabled={running} onChange={(_, data) => setPeriod(data.value)}>
              {periods.map((p) => (
                <option key={p.code} value={p.code}>
                  {t(p.label)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Text size={200}>{t(m.pickHint)}</Text>
        <input
          ref={input}
          className={styles.fileInput}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t(m.pickInputLabel)}
          tabIndex={-1}
          disabled={!available || running}
          onChange={(event) => void picked(event.currentTarget.files)}
        />
        <div>
          <Button appearance="primary" disabled={!available || running} onClick={() => input.current?.click()}>
            {t(m.pickButton)}
          </Button>
        </div>
        {!available && <Text size={200}>{t(m.unavailable)}</Text>}
        {running && (
          <div className={styles.progress}>
            <Field label={progressLabel} validationState="none">
              <ProgressBar
                value={progress ? progress.done / Math.max(1, progress.total) : undefined}
                max={1}
                aria-label={progressLabel}
              />
            </Field>
            <div>
              <Button onClick={() => abort.current?.abort()}>{t(m.cancel)}</Button>
            </div>
          </div>
        )}
        {outcome?.kind === "cancelled" && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{t(m.cancelledTitle)}</MessageBarTitle>
              {t(m.cancelledBody)}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "error" && (
          <ErrorMessageBar
            title={t(m.failedTitle)}
            next={t(m.failedNext)}
            detail={outcome.detail}
            onDismiss={() => setOutcome(undefined)}
          />
        )}
        {outcome?.kind === "done" && <Problems result={outcome.result} />}
      </div>
      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(m.confirmTitle)}</DialogTitle>
            <DialogContent>{t(m.confirmBody, { count: pending?.length ?? 0 })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const files = pending;
                  setPending(null);
                  if (files) void run(files);
                }}
              >
                {t(m.confirmWrite)}
              </Button>
              <Button onClick={() => setPending(null)}>{t(m.confirmCancel)}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </ViewIntro>
  );
}
