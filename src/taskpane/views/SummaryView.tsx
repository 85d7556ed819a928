import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Message } from "../../core/messages/message";
import { view as m } from "../../core/messages/summary";
import { summaryDescription, summaryTitle } from "../../core/messages/ui";
import type { SummaryResult } from "../../core/summary/buildSummaries";
import type { SummaryHeadline } from "../../core/summary/summaryHeadline";
import { SUMMARY_KINDS, type SummaryKind } from "../../core/summary/summaryLayout";
import { formatFigure } from "../../core/validation/formatFigure";
import { usePaneServices } from "../paneServices";
import { useMessages, type Translate } from "../useMessages";
import { useSuccessToast } from "../components/feedbackToast";
import { ViewIntro } from "./ViewIntro";

/** Actions quicker than this show no progress indicator (it would only flicker). */
export const PROGRESS_DELAY_MS = 300;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  kinds: {
    display: "flex",
    flexDirection: "column",
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "contents" },
  figure: { margin: 0, textAlign: "end", fontWeight: tokens.fontWeightSemibold },
  label: { margin: 0 },
});

const KIND_LABELS: Record<SummaryKind, Message> = {
  section: m.kindSection,
  lead: m.kindLead,
  deadline: m.kindDeadline,
  report: m.kindReport,
};

type Outcome = { kind: "done"; result: SummaryResult; wrote: boolean } | { kind: "error"; detail: string };

/** The user-facing reason of a failure: a core error's bilingual message, else the error's own text. */
function reason(error: unknown, t: Translate): string {
  if (typeof error === "object" && error !== null && "userMessage" in error) {
    const message = (error as { userMessage: unknown }).userMessage;
    if (typeof message === "object" && message !== null && "vi" in message && "en" in message) {
      return t(message as Message);
    }
  }
  return error instanceof Error ? error.message : String(error);
}

function Headline({ headline }: { headline: SummaryHeadline }) {
  const styles = useStyles();
  const { t, language } = useMessages();
  const share = (n: number | null) => (n === null ? "—" : `${formatFigure(Math.round(n * 1000) / 10, language)}%`);
  const asOf = `${headline.asOf.slice(8, 10)}/${headline.asOf.slice(5, 7)}/${headline.asOf.slice(0, 4)}`;
  const applicable = headline.targets.judged - headline.targets.notApplicable;
  const rows: [Message, string][] = [
    [
      m.targetsMet,
      `${t(m.ofTotal, { count: headline.targets.met, total: applicable })} (${share(headline.targets.metShare)})`,
    ],
    [
      m.dueDone,
      `${t(m.ofTotal, { count: headline.activities.dueDone, total: headline.activities.due })} (${share(headline.activities.dueShare)})`,
    ],
    [m.overdue, String(headline.activities.overdue)],
    [m.lagging, String(headline.targets.lagging)],
    [m.dueSoon, String(headline.activities.dueSoon)],
    [m.noData, String(headline.targets.noData)],
  ];
  return (
    <section aria-label={t(m.previewTitle)}>
      <Text as="h3" weight="semibold" size={300} block>
        {t(m.previewTitle)}
      </Text>
      <Text as="p" size={200} block>
        {t(m.asOf, { asOf })}
        {headline.period ? ` — ${t(headline.period)}` : ""}
      </Text>
      <dl className={styles.figures}>
        {rows.map(([label, value]) => (
          <div key={label.vi} className={styles.pair}>
            <dt className={styles.label}>{t(label)}</dt>
            <dd className={styles.figure}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Tổng hợp: builds or rebuilds the summary sheets and the printable report, and previews the headline figures. */
export function SummaryView() {
  const styles = useStyles();
  const { t } = useMessages();
  const services = usePaneServices();
  const [kinds, setKinds] = useState<SummaryKind[]>([...SUMMARY_KINDS]);
  const [busy, setBusy] = useState<"build" | "preview" | null>(null);
  const [slow, setSlow] = useState(false);
  const [built, setBuilt] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  useEffect(() => {
    if (busy === null) return undefined;
    const timer = setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);

  const available = Boolean(services.buildSummaries);
  const canBuild = available && busy === null && kinds.length > 0;

  function toggle(kind: SummaryKind, checked: boolean) {
    setKinds((current) => SUMMARY_KINDS.filter((k) => (k === kind ? checked : current.includes(k))));
  }

  const toast = useSuccessToast();

  async function run(action: "build" | "preview") {
    if (!services.buildSummaries) return;
    setBusy(action);
    setOutcome(undefined);
    try {
      const result = await services.buildSummaries({ kinds, previewOnly: action === "preview" });
      setOutcome({ kind: "done", result, wrote: action === "build" });
      if (action === "build") {
        setBuilt(true);
        toast(
          t(m.builtTitle),
          t(m.builtToast, {
            sheets: result.sheets.length,
            targets: result.headline.targets.judged,
            activities: result.headline.activities.judged,
          }),
        );
      }
    } catch (error) {
      setOutcome({ kind: "error", detail: reason(error, t) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <ViewIntro title={summaryTitle} description={summaryDescription}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void run("build");
        }}
      >
        <fieldset className={styles.kinds}>
          <legend className={styles.legend}>{t(m.kindsLabel)}</legend>
          {SUMMARY_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              label={t(KIND_LABELS[kind])}
              checked={kinds.includes(kind)}
              onChange={(_, data) => toggle(kind, data.checked === true)}
            />
          ))}
          {kinds.length === 0 && (
            <Text size={200} role="alert">
              {t(m.noKinds)}
            </Text>
          )}
        </fieldset>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!canBuild}>
            {t(built ? m.rebuild : m.build)}
          </Button>
          <Button type="button" disabled={!available || busy !== null} onClick={() => void run("preview")}>
            {t(m.preview)}
          </Button>
        </div>
        {!available && <Text size={200}>{t(m.unavailable)}</Text>}
        {busy !== null && slow && <Spinner size="small" label={t(busy === "build" ? m.building : m.previewing)} />}
        {outcome?.kind === "done" && outcome.wrote && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t(m.builtTitle)}</MessageBarTitle>
              {t(m.builtBody, { sheets: outcome.result.sheets.join(", ") })}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "done" && outcome.result.warnings.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{t(m.staticWarning)}</MessageBarTitle>
              {outcome.result.warnings.map((w) => t(w)).join(" ")}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "done" && <Headline headline={outcome.result.headline} />}
        {outcome?.kind === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t(m.failedTitle)}</MessageBarTitle>
              {outcome.detail} {t(m.failedNext)}
            </MessageBarBody>
          </MessageBar>
        )}
      </form>
    </ViewIntro>
  );
}
