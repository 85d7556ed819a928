import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EntryRowModel } from "../../../core/entry/entryRowModel";
import * as m from "../../../core/messages/entryView";
import { showDate } from "../../../core/validation/checkEntryCell";
import { formatFigure } from "../../../core/validation/formatFigure";
import { isoToSerial } from "../../../core/dates/excelDate";
import type { ActivityStatus, TargetStatus } from "../../../core/status/statusTypes";
import { useMessages } from "../../useMessages";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  text: { margin: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, overflowWrap: "anywhere" },
  status: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export interface EntryContextProps {
  model: EntryRowModel;
  /** The status the row would have once the edits are saved, when they change it. */
  nextStatus: ActivityStatus | TargetStatus | null;
  /** True in the whole-plan workbook, where every row is judged and Trách nhiệm is blank. */
  wholePlan: boolean;
}

/** The row's framework context (ID, text, lead, due date, role) and its status in the workbook's colours. */
export function EntryContext({ model, nextStatus, wholePlan }: EntryContextProps) {
  const styles = useStyles();
  const { t, language } = useMessages();
  const facts: [string, string][] = [[t(m.objectiveLabel), model.row.texts.objective]];
  if (model.kind === "activity") {
    const { texts, due, deadlineKind } = model.row;
    if (texts.task) facts.push([t(m.taskLabel), texts.task]);
    if (texts.output) facts.push([t(m.outputLabel), texts.output]);
    facts.push([t(m.leadLabel), texts.lead || "—"]);
    if (texts.partners) facts.push([t(m.partnersLabel), texts.partners]);
    let dueText = texts.deadlineText || "—";
    if (due !== null) dueText = `${showDate(isoToSerial(due))} (${texts.deadlineText})`;
    else if (deadlineKind === "ongoing") dueText = t(m.dueOngoing);
    else if (deadlineKind === "conditional") dueText = t(m.dueConditional, { text: texts.deadlineText });
    facts.push([t(m.dueLabel), dueText]);
  } else {
    const { texts, target, max } = model.row;
    const value =
      target === null
        ? "—"
        : `${formatFigure(target, language)}${max !== null ? `–${formatFigure(max, language)}` : ""}`;
    facts.push([t(m.planValueLabel), `${texts.comparatorText} ${value} ${texts.unitLabel}`.trim()]);
  }
  const responsibility = model.row.responsibility || t(wholePlan ? m.responsibilityAll : m.responsibilityNone);
  facts.push([t(m.responsibilityLabel), responsibility]);

  const badge = (status: ActivityStatus | TargetStatus | null, label?: string) => {
    if (status === null) return <Text>{t(m.statusUnknown)}</Text>;
    return model.kind === "activity" ? (
      <StatusBadge of={{ kind: "activity", status: status as ActivityStatus }}>{label}</StatusBadge>
    ) : (
      <StatusBadge of={{ kind: "target", status: status as TargetStatus }}>{label}</StatusBadge>
    );
  };

  return (
    <section className={styles.root} aria-label={t(m.contextLabel)}>
      <Text as="p" weight="semibold" className={styles.text}>
        {model.kind === "activity" ? model.row.texts.activity : model.row.texts.text}
      </Text>
      <dl className={styles.facts}>
        {facts.map(([term, detail]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.detail}>{detail}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.status}>
        <Text className={styles.term}>{t(m.statusLabel)}:</Text>
        {badge(model.status)}
        {nextStatus !== model.status && (
          <>
            <Text className={styles.term}>→ {t(m.statusAfterSave)}:</Text>
            {badge(nextStatus)}
          </>
        )}
      </div>
    </section>
  );
}
