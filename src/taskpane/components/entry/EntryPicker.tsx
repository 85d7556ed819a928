import { Checkbox, Combobox, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { EntryItem } from "../../../core/entry/entryItems";
import { isMyWork } from "../../../core/entry/isMyWork";
import { searchEntries } from "../../../core/entry/searchEntries";
import type { Unit } from "../../../core/framework/types";
import * as m from "../../../core/messages/entryView";
import { matchKey } from "../../../core/text/matchKey";
import { useMessages } from "../../useMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  option: { display: "block", overflowWrap: "anywhere" },
  id: { fontWeight: tokens.fontWeightSemibold },
});

/** Enough to scroll through; typing narrows the rest. */
const MAX_OPTIONS = 60;
const MAX_TEXT = 110;

export interface EntryPickerProps {
  items: EntryItem[];
  /** DonVi of the workbook; null in the whole-plan workbook. */
  unit: string | null;
  /** The units to pick from in the whole-plan workbook (the workbook's Danh mục đơn vị). */
  units: Unit[];
  onPick: (item: EntryItem) => void;
}

const itemKey = (item: EntryItem) => `${item.sheet}!${item.row}`;

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * The searchable list of rows (by ID and text, ignoring diacritics), with the "my work" filter: the rows
 * the workbook's unit leads or partners on, or, in the whole-plan workbook, those of a unit picked here.
 */
export function EntryPicker({ items, unit, units, onPick }: EntryPickerProps) {
  const styles = useStyles();
  const { t } = useMessages();
  const [query, setQuery] = useState("");
  const [myWork, setMyWork] = useState(false);
  const [unitText, setUnitText] = useState("");
  const [chosen, setChosen] = useState<Unit | null>(null);

  const scoped = useMemo(() => {
    if (!myWork) return items;
    if (unit !== null) return items.filter((item) => isMyWork(item, null, units));
    if (chosen === null) return items;
    return items.filter((item) => isMyWork(item, chosen, units));
  }, [items, myWork, unit, chosen, units]);
  const found = useMemo(() => searchEntries(scoped, query), [scoped, query]);
  const shown = found.slice(0, MAX_OPTIONS);
  const unitOptions = useMemo(() => {
    const key = matchKey(unitText).trim();
    return units.filter((u) => key === "" || matchKey(u.name).includes(key)).slice(0, MAX_OPTIONS);
  }, [units, unitText]);

  return (
    <div className={styles.root}>
      <Field
        label={t(m.pickerLabel)}
        hint={
          found.length > shown.length
            ? `${t(m.pickerCount, { shown: found.length, total: items.length })} ${t(m.pickerMore, { count: found.length - shown.length })}`
            : t(m.pickerCount, { shown: found.length, total: items.length })
        }
      >
        <Combobox
          freeform
          value={query}
          placeholder={t(m.pickerPlaceholder)}
          selectedOptions={[]}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
          onOptionSelect={(_, data) => {
            const item = found.find((candidate) => itemKey(candidate) === data.optionValue);
            if (!item) return;
            setQuery("");
            onPick(item);
          }}
        >
          {shown.length === 0 ? (
            <Option disabled value="" text={t(m.pickerNone)}>
              {t(m.pickerNone)}
            </Option>
          ) : (
            shown.map((item) => (
              <Option key={itemKey(item)} value={itemKey(item)} text={`${item.id} ${item.text}`}>
                <span className={styles.option}>
                  <span className={styles.id}>{item.id}</span> — {shorten(item.text)}
                </span>
              </Option>
            ))
          )}
        </Combobox>
      </Field>
      <Checkbox label={t(m.myWorkLabel)} checked={myWork} onChange={(_, data) => setMyWork(data.checked === true)} />
      {myWork && <Text size={200}>{unit !== null ? t(m.myWorkHintUnit, { unit }) : t(m.myWorkHintPlan)}</Text>}
      {myWork && unit === null && (
        <Field label={t(m.unitFilterLabel)}>
          <Combobox
            freeform
            value={unitText}
            placeholder={t(m.unitFilterPlaceholder)}
            selectedOptions={chosen ? [chosen.name] : []}
            onInput={(event) => {
              setUnitText((event.target as HTMLInputElement).value);
              setChosen(null);
            }}
            onOptionSelect={(_, data) => {
              const picked = units.find((u) => u.name === data.optionValue) ?? null;
              setChosen(picked);
              setUnitText(picked?.name ?? "");
            }}
          >
            {unitOptions.map((u) => (
              <Option key={u.name} value={u.name}>
                {u.name}
              </Option>
            ))}
          </Combobox>
        </Field>
      )}
    </div>
  );
}
