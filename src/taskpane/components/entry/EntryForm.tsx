import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
  type FieldProps,
} from "@fluentui/react-components";
import type { EntryFinding } from "../../../core/entry/checkEntry";
import type { EntryRowModel } from "../../../core/entry/entryRowModel";
import type { EntryForm as EntryFormValues, EntryKey } from "../../../core/entry/entryTypes";
import { isNotApplicableMark } from "../../../core/entry/entryValuesOf";
import type { Message } from "../../../core/messages/message";
import * as m from "../../../core/messages/entryView";
import { ACTIVITY_STATES, NOT_APPLICABLE_MARK } from "../../../core/workbook/layout";
import { useMessages } from "../../useMessages";
import { DoneDateField } from "./DoneDateField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const STATE_LABELS: Record<(typeof ACTIVITY_STATES)[number], Message> = {
  "Chưa thực hiện": m.stateNotStarted,
  "Đang thực hiện": m.stateInProgress,
  "Hoàn thành": m.stateDone,
};

export interface EntryFormProps {
  model: EntryRowModel;
  form: EntryFormValues;
  findings: EntryFinding[];
  /** Ids of the fields' controls, so the panel can move focus to the first field in error. */
  fieldId: (key: EntryKey) => string;
  onChange: (key: EntryKey, text: string) => void;
  onSubmit: () => void;
  onDiscard: () => void;
  dirty: boolean;
  busy: boolean;
}

/**
 * The entry fields of one row, each with the validator's messages for it as they are typed (errors in red,
 * readings and other warnings in amber). Enter in a one-line field saves; every control is a Fluent
 * control reachable with Tab.
 */
export function EntryForm({
  model,
  form,
  findings,
  fieldId,
  onChange,
  onSubmit,
  onDiscard,
  dirty,
  busy,
}: EntryFormProps) {
  const styles = useStyles();
  const { t } = useMessages();

  function validation(key: EntryKey): Pick<FieldProps, "validationState" | "validationMessage"> {
    const mine = findings.filter((f) => f.field === key);
    if (mine.length === 0) return { validationState: "none" };
    const hasError = mine.some((f) => f.severity === "error");
    const ordered = [...mine.filter((f) => f.severity === "error"), ...mine.filter((f) => f.severity !== "error")];
    return {
      validationState: hasError ? "error" : "warning",
      validationMessage: ordered.map((f) => t(f.message)).join(" "),
    };
  }

  const text = (key: EntryKey) => form[key] ?? "";
  const line = (key: EntryKey, label: Message, hint?: string) => (
    <Field label={t(label)} hint={hint} {...validation(key)}>
      <Input id={fieldId(key)} value={text(key)} onChange={(_, data) => onChange(key, data.value)} />
    </Field>
  );
  const note = (
    <Field label={t(m.noteLabel)} hint={t(m.noteHint)} {...validation("note")}>
      <Textarea
        id={fieldId("note")}
        value={text("note")}
        resize="vertical"
        onChange={(_, data) => onChange("note", data.value)}
      />
    </Field>
  );

  let fields;
  if (model.kind === "activity") {
    const state = text("state");
    const known = (ACTIVITY_STATES as readonly string[]).includes(state.trim());
    fields = (
      <>
        <Field label={t(m.stateLabel)} {...validation("state")}>
          <Dropdown
            id={fieldId("state")}
            value={known ? t(STATE_LABELS[state.trim() as (typeof ACTIVITY_STATES)[number]]) : state}
            selectedOptions={known ? [state.trim()] : []}
            onOptionSelect={(_, data) => onChange("state", data.optionValue ?? "")}
          >
            <Option value="">{t(m.stateBlank)}</Option>
            {ACTIVITY_STATES.map((s) => (
              <Option key={s} value={s}>
                {t(STATE_LABELS[s])}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <DoneDateField
          id={fieldId("doneDate")}
          text={text("doneDate")}
          onTextChange={(value) => onChange("doneDate", value)}
          {...validation("doneDate")}
        />
        {line("evidence", m.evidenceLabel, t(m.evidenceHint))}
        {note}
      </>
    );
  } else {
    const percent = model.row.measure === "percent";
    const showTotal = percent || text("total").trim() !== "" || findings.some((f) => f.field === "total");
    fields = (
      <>
        {line(
          "done",
          m.doneLabel,
          percent ? t(m.doneHintPercent) : t(m.doneHintCount, { unit: model.row.texts.unitLabel }),
        )}
        {showTotal && line("total", m.totalLabel, t(m.totalHint))}
        <Field {...validation("notApplicable")}>
          <Checkbox
            id={fieldId("notApplicable")}
            label={t(m.notApplicableLabel)}
            checked={isNotApplicableMark(text("notApplicable"))}
            onChange={(_, data) => onChange("notApplicable", data.checked === true ? NOT_APPLICABLE_MARK : "")}
          />
        </Field>
        {note}
      </>
    );
  }

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {fields}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t(m.saveButton)}
        </Button>
        <Button type="button" disabled={busy || !dirty} onClick={onDiscard}>
          {t(m.discardButton)}
        </Button>
      </div>
    </form>
  );
}
