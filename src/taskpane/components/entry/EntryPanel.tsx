import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { checkEntry } from "../../../core/entry/checkEntry";
import { entryItems, type EntryItem } from "../../../core/entry/entryItems";
import { entryRowModel, type EntryRowModel } from "../../../core/entry/entryRowModel";
import type { EntryForm as EntryFormValues, EntryKey, EntryValues, SheetRow } from "../../../core/entry/entryTypes";
import { withSnapshotRow } from "../../../core/entry/withSnapshotRow";
import { workbookUnits } from "../../../core/entry/workbookUnits";
import type { Message } from "../../../core/messages/message";
import * as m from "../../../core/messages/entryView";
import { activityStatusLabel, targetStatusLabel } from "../../../core/status/statusLabels";
import type { ActivityStatus, TargetStatus } from "../../../core/status/statusTypes";
import { readTrackingWorkbook } from "../../../core/validation/readTrackingWorkbook";
import type { WorkbookSnapshot } from "../../../core/workbook/workbookSnapshot";
import { usePaneServices } from "../../paneServices";
import { useMessages } from "../../useMessages";
import { ErrorMessageBar } from "../feedbackError";
import { DelayedProgress } from "../feedbackProgress";
import { EntryContext } from "./EntryContext";
import { EntryForm } from "./EntryForm";
import { EntryPicker } from "./EntryPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Problem = { title: Message; next: Message; detail?: string };
type Outcome =
  | { kind: "saved"; id: string; status: Message | null }
  | { kind: "nothing" }
  | { kind: "blocked"; count: number }
  | { kind: "failed"; detail: string };
type Notice = { kind: "notEntry"; at: SheetRow } | { kind: "pending"; at: SheetRow; id: string };

/** A user-facing reason from an adapter's error: its bilingual message when it has one. */
function detailOf(error: unknown, language: "vi" | "en"): string {
  const message = (error as { userMessage?: Message } | null)?.userMessage;
  if (message && typeof message.vi === "string") return message[language];
  return error instanceof Error ? error.message : String(error);
}

function statusMessage(model: EntryRowModel): Message | null {
  if (model.status === null) return null;
  return model.kind === "activity"
    ? activityStatusLabel(model.status as ActivityStatus)
    : targetStatusLabel(model.status as TargetStatus);
}

const sameRow = (a: SheetRow | null, b: SheetRow | null) =>
  a !== null && b !== null && a.row === b.row && a.sheet.toLowerCase() === b.sheet.toLowerCase();

/**
 * Nhập liệu's working part: reads the tracking workbook, opens the row under Excel's cursor (or one picked
 * from the list), checks the fields as they are typed, and writes them back, then re-reads the row.
 * Loaded lazily, with the date picker and the validator, so the pane's first paint stays light.
 */
export function EntryPanel() {
  const styles = useStyles();
  const { t, language } = useMessages();
  const services = usePaneServices();
  const idPrefix = useId("entry-field");
  const fieldId = useCallback((key: EntryKey) => `${idPrefix}-${key}`, [idPrefix]);

  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [current, setCurrent] = useState<SheetRow | null>(null);
  const [form, setForm] = useState<EntryFormValues>({});
  const [edited, setEdited] = useState<ReadonlySet<EntryKey>>(new Set());
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState<"reading" | "saving" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const tracking = useMemo(() => (snapshot ? readTrackingWorkbook(snapshot) : null), [snapshot]);
  const items = useMemo(() => (tracking ? entryItems(tracking) : []), [tracking]);
  const units = useMemo(
    () => (tracking ? workbookUnits(tracking, services.plan?.units ?? []) : []),
    [tracking, services.plan],
  );
  const model = useMemo(() => (tracking && current ? entryRowModel(tracking, current) : null), [tracking, current]);
  const check = useMemo(() => (model ? checkEntry(model, form, edited) : null), [model, form, edited]);
  const baseline = useMemo(() => (model ? checkEntry(model, model.form, []) : null), [model]);
  const changed = useMemo(
    () => (model ? [...edited].filter((key) => (form[key] ?? "") !== (model.form[key] ?? "")) : []),
    [model, form, edited],
  );
  const dirty = changed.length > 0;

  // The selection listener is registered once; it reads the latest state through these.
  const latest = useRef({ snapshot, tracking, current, dirty });
  latest.current = { snapshot, tracking, current, dirty };
  /** The row being opened or shown, so a selection event for it (e.g. from our own selectCell) is not a change. */
  const target = useRef<SheetRow | null>(null);
  const request = useRef(0);

  /** Reads one row afresh into the snapshot and shows it, discarding the form's edits. */
  const openRow = useCallback(
    async (at: SheetRow): Promise<EntryRowModel | null> => {
      const base = latest.current.snapshot;
      if (!services.readEntryRow || !base) return null;
      const ticket = ++request.current;
      target.current = at;
      setBusy("reading");
      try {
        const cells = await services.readEntryRow(at.sheet, at.row);
        if (ticket !== request.current) return null;
        const next = withSnapshotRow(latest.current.snapshot ?? base, at.sheet, at.row, cells);
        const opened = entryRowModel(readTrackingWorkbook(next), at);
        latest.current.snapshot = next;
        setSnapshot(next);
        setNotice(null);
        if (opened) {
          setCurrent(at);
          setForm(opened.form);
          setEdited(new Set());
          setVersion((v) => v + 1);
        }
        return opened;
      } catch (error) {
        if (ticket === request.current) {
          setProblem({ title: m.readFailedTitle, next: m.readFailedNext, detail: detailOf(error, language) });
        }
        return null;
      } finally {
        if (ticket === request.current) setBusy(null);
      }
    },
    [services, language],
  );

  const load = useCallback(async () => {
    if (!services.readEntryWorkbook) return;
    setLoading(true);
    setProblem(null);
    try {
      const read = await services.readEntryWorkbook();
      const { current: shown, dirty: keep } = latest.current;
      latest.current.snapshot = read;
      setSnapshot(read);
      const fresh = shown ? entryRowModel(readTrackingWorkbook(read), shown) : null;
      if (shown && !fresh) setCurrent(null);
      else if (fresh && !keep) {
        setForm(fresh.form);
        setEdited(new Set());
        setVersion((v) => v + 1);
      }
    } catch (error) {
      setProblem({ title: m.readFailedTitle, next: m.readFailedNext, detail: detailOf(error, language) });
    } finally {
      setLoading(false);
    }
  }, [services, language]);

  // Read once per set of services: a later language change (which renews `load`) must not re-read the workbook.
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    void loadRef.current();
  }, [services]);

  const follow = useRef<(at: SheetRow) => void>(() => undefined);
  follow.current = (at: SheetRow) => {
    const reading = latest.current.tracking;
    if (!reading) return;
    if (sameRow(target.current, at)) {
      setNotice(null);
      return;
    }
    const found = entryRowModel(reading, at);
    if (!found) {
      setNotice({ kind: "notEntry", at });
      return;
    }
    if (latest.current.dirty) {
      setNotice({ kind: "pending", at, id: found.row.id });
      return;
    }
    setOutcome(null);
    void openRow(at);
  };
  useEffect(() => services.onSelectionChange?.((at) => follow.current(at)), [services]);

  async function pick(item: EntryItem) {
    const at = { sheet: item.sheet, row: item.row };
    if (dirty && !sameRow(current, at)) {
      setNotice({ kind: "pending", at, id: item.id });
      return;
    }
    setOutcome(null);
    const opened = await openRow(at);
    if (!opened || !services.selectCell) return;
    const cells: Partial<Record<string, { address: string | null }>> = opened.row.cells;
    const address = cells[opened.kind === "activity" ? "state" : "done"]?.address ?? opened.row.cells.id.address;
    // Showing the row in Excel is a courtesy: the form is open whether or not Excel follows.
    if (address) await services.selectCell(opened.sheet, address).catch(() => undefined);
  }

  function change(key: EntryKey, text: string) {
    setForm((previous) => ({ ...previous, [key]: text }));
    setEdited((previous) => (previous.has(key) ? previous : new Set([...previous, key])));
    setOutcome(null);
  }

  function discard() {
    if (!model) return;
    setForm(model.form);
    setEdited(new Set());
    setVersion((v) => v + 1);
    setOutcome(null);
  }

  async function save() {
    if (!model || !check || !baseline || !services.writeEntry) return;
    if (!dirty) {
      setOutcome({ kind: "nothing" });
      return;
    }
    // Errors block a save when they are in a changed field or are new with this edit (Hoàn thành with no date).
    const before = new Set(baseline.findings.map((f) => `${f.field}:${f.code}`));
    const blocking = check.findings.filter(
      (f) =>
        f.severity === "error" &&
        ((f.field !== null && changed.includes(f.field)) || !before.has(`${f.field}:${f.code}`)),
    );
    if (blocking.length > 0) {
      setOutcome({ kind: "blocked", count: blocking.length });
      const first = blocking.find((f) => f.field !== null)?.field;
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    const values: EntryValues = {};
    for (const key of changed) values[key] = check.values[key] ?? null;
    setBusy("saving");
    setOutcome(null);
    try {
      await services.writeEntry(model.sheet, model.row.row, values);
    } catch (error) {
      setBusy(null);
      setOutcome({ kind: "failed", detail: detailOf(error, language) });
      return;
    }
    const reread = await openRow({ sheet: model.sheet, row: model.row.row });
    setOutcome({ kind: "saved", id: model.row.id, status: reread ? statusMessage(reread) : null });
  }

  const toolbar = (
    <div className={styles.toolbar}>
      <Button size="small" onClick={() => void load()} disabled={loading}>
        {t(m.reloadButton)}
      </Button>
      <DelayedProgress active={loading} label={t(m.loading)} />
    </div>
  );
  const problemBar = problem && (
    <ErrorMessageBar
      title={t(problem.title)}
      next={t(problem.next)}
      detail={problem.detail}
      onDismiss={() => setProblem(null)}
    />
  );

  if (!snapshot || (tracking && !tracking.usable)) {
    return (
      <div className={styles.root}>
        {toolbar}
        {problemBar}
        {tracking && !tracking.usable && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t(m.notTrackingTitle)}</MessageBarTitle>
              {t(m.notTrackingBody)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    );
  }

  const rowFindings = check?.findings.filter((f) => f.field === null) ?? [];

  return (
    <div className={styles.root}>
      {toolbar}
      {problemBar}
      <EntryPicker items={items} unit={tracking?.info.unit ?? null} units={units} onPick={(item) => void pick(item)} />
      {notice?.kind === "notEntry" && (
        <MessageBar intent="info">
          <MessageBarBody>{t(m.selectionNotEntry, { sheet: notice.at.sheet, row: notice.at.row + 1 })}</MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "pending" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(m.pendingSelection, { id: notice.id })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void openRow(notice.at)}>
              {t(m.pendingOpen, { id: notice.id })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <DelayedProgress active={busy === "reading"} label={t(m.loadingRow)} />
      {!model && <Text as="p">{t(m.selectHint)}</Text>}
      {model && check && (
        <section aria-labelledby={`${idPrefix}-heading`} className={styles.root}>
          <Text as="h3" id={`${idPrefix}-heading`} size={400} weight="semibold" className={styles.heading}>
            {t(m.formHeading, { kind: t(model.kind === "activity" ? m.kindActivity : m.kindTarget), id: model.row.id })}
          </Text>
          <EntryContext model={model} nextStatus={check.status} wholePlan={tracking?.info.judgeAll ?? false} />
          {rowFindings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(m.rowNotes)}</MessageBarTitle>
                <ul className={styles.list}>
                  {rowFindings.map((f) => (
                    <li key={`${f.code}:${t(f.message)}`}>{t(f.message)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <EntryForm
            key={`${model.sheet}!${model.row.row}#${version}`}
            model={model}
            form={form}
            findings={check.findings}
            fieldId={fieldId}
            onChange={change}
            onSubmit={() => void save()}
            onDiscard={discard}
            dirty={dirty}
            busy={busy === "saving"}
          />
          <DelayedProgress active={busy === "saving"} label={t(m.saving)} />
          {outcome && <OutcomeBar outcome={outcome} onDismiss={() => setOutcome(null)} />}
        </section>
      )}
    </div>
  );
}

function OutcomeBar({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const { t } = useMessages();
  switch (outcome.kind) {
    case "saved":
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t(m.savedTitle, { id: outcome.id })}</MessageBarTitle>
            {outcome.status && t(m.savedBody, { status: t(outcome.status) })}
          </MessageBarBody>
        </MessageBar>
      );
    case "nothing":
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t(m.nothingToSave)}</MessageBarBody>
        </MessageBar>
      );
    case "blocked":
      return (
        <ErrorMessageBar
          title={t(m.saveBlockedTitle)}
          next={t(m.saveBlockedBody, { count: outcome.count })}
          onDismiss={onDismiss}
        />
      );
    case "failed":
      return (
        <ErrorMessageBar
          title={t(m.writeFailedTitle)}
          next={t(m.writeFailedNext)}
          detail={outcome.detail}
          onDismiss={onDismiss}
        />
      );
  }
}
