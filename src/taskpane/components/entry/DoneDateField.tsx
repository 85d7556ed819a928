import { Field, type FieldProps } from "@fluentui/react-components";
import { DatePicker, type CalendarStrings } from "@fluentui/react-datepicker-compat";
import { useMemo, useRef, useState } from "react";
import * as m from "../../../core/messages/entryView";
import { showDate } from "../../../core/validation/checkEntryCell";
import { parseViDate } from "../../../core/validation/parseViDate";
import { dateToSerial } from "../../../core/dates/excelDate";
import { useMessages } from "../../useMessages";

/** `dd/mm/yyyy`, the workbook's date format, for the picker's text. */
function formatDate(date?: Date): string {
  if (!date) return "";
  return showDate(dateToSerial(date.getFullYear(), date.getMonth() + 1, date.getDate()));
}

/** Day first, as staff type dates (parseViDate): `15/3/2024`, `15.3.24`, `ngày 15 tháng 3 năm 2024`. */
function parseDate(text: string): Date | null {
  const reading = parseViDate(text);
  if (!reading) return null;
  const [year, month, day] = reading.iso.split("-").map(Number);
  const date = new Date(year, month - 1, day);
  // new Date() maps years 0–99 to 1900–1999; Excel's dates start in 1900 anyway.
  date.setFullYear(year);
  return date;
}

export interface DoneDateFieldProps {
  id: string;
  /** The field's text (as typed, or the date picked, as dd/mm/yyyy). Read once: remount to reset it. */
  text: string;
  onTextChange: (text: string) => void;
  validationState?: FieldProps["validationState"];
  validationMessage?: FieldProps["validationMessage"];
}

/**
 * Ngày hoàn thành: a Fluent DatePicker that takes typed dates day first (the form checks the text as it is
 * typed) and offers a Vietnamese calendar (Monday first) on the down arrow or the icon.
 */
export function DoneDateField({ id, text, onTextChange, validationState, validationMessage }: DoneDateFieldProps) {
  const { t, language } = useMessages();
  const [value, setValue] = useState<Date | null>(() => parseDate(text));
  const [rejected, setRejected] = useState<string | null>(null);
  const typed = useRef(text);
  const strings = useMemo<CalendarStrings>(
    () => ({
      months: m.calendarMonths.map((month) => month[language]),
      shortMonths: m.calendarShortMonths.map((month) => month[language]),
      days: m.calendarDays.map((day) => day[language]),
      shortDays: m.calendarShortDays.map((day) => day[language]),
      goToToday: m.calendarGoToToday[language],
      prevMonthAriaLabel: m.calendarPrevMonth[language],
      nextMonthAriaLabel: m.calendarNextMonth[language],
      prevYearAriaLabel: m.calendarPrevYear[language],
      nextYearAriaLabel: m.calendarNextYear[language],
      closeButtonAriaLabel: m.calendarClose[language],
    }),
    [language],
  );
  return (
    <Field
      label={t(m.doneDateLabel)}
      hint={t(m.doneDateHint)}
      validationState={rejected !== null ? "error" : validationState}
      validationMessage={rejected !== null ? t(m.doneDateRejected, { text: rejected }) : validationMessage}
    >
      <DatePicker
        id={id}
        allowTextInput
        value={value}
        formatDate={formatDate}
        parseDateFromString={parseDate}
        strings={strings}
        // Vietnamese calendars start the week on Monday (DayOfWeek.Monday).
        firstDayOfWeek={1}
        // The icon button is labelled by the empty-looking input by default, which leaves it nameless.
        contentAfter={{ "aria-label": t(m.calendarOpen), "aria-labelledby": undefined }}
        onChange={(_, data) => {
          typed.current = data.value;
          setRejected(null);
          onTextChange(data.value);
        }}
        onSelectDate={(date) => {
          setValue(date ?? null);
          onTextChange(formatDate(date ?? undefined));
        }}
        onValidationResult={(data) => {
          if (data.error === "invalid-input") setRejected(typed.current);
        }}
      />
    </Field>
  );
}
