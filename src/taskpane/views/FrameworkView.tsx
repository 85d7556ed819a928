import { Button, Combobox, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Level } from "../../core/framework/types";
import { frameworkDescription, frameworkTitle } from "../../core/messages/ui";
import * as m from "../../core/messages/workbookView";
import { periodsOfYear } from "../../core/status/periods";
import { DelayedProgress } from "../components/feedbackProgress";
import { ErrorMessageBar } from "../components/feedbackError";
import { useSuccessToast } from "../components/feedbackToast";
import { usePaneServices } from "../paneServices";
import { useMessages } from "../useMessages";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground3 },
});

const LEVELS: { level: Level; label: typeof m.levelProvince }[] = [
  { level: "province", label: m.levelProvince },
  { level: "district", label: m.levelDistrict },
  { level: "commune", label: m.levelCommune },
];

/** Khung: shows the loaded framework and builds the unit's tracking workbook in the open workbook. */
export function FrameworkView() {
  const styles = useStyles();
  const { t, language } = useMessages();
  const services = usePaneServices();
  const plan = services.plan;
  const year = plan?.framework.year ?? new Date().getFullYear();
  const periods = useMemo(() => periodsOfYear(year), [year]);
  const [unitText, setUnitText] = useState("");
  const [level, setLevel] = useState<Level | undefined>();
  // The plan (and so its year) arrives after the first render: a choice from another year's periods falls
  // back to the new year's last period instead of naming a period the dropdown does not list.
  const [chosenPeriod, setPeriod] = useState<string | undefined>();
  const period = periods.find((p) => p.code === chosenPeriod)?.code ?? periods[periods.length - 1].code;
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const toastSuccess = useSuccessToast();

  const counts = useMemo(() => {
    if (!plan) return undefined;
    const objectives = plan.framework.sections.flatMap((s) => s.objectives);
    return {
      title: plan.framework.title,
      sections: plan.framework.sections.length,
      objectives: objectives.length,
      activities: objectives.flatMap((o) => o.tasks.flatMap((task) => task.activities)).length,
      targets: objectives.flatMap((o) => o.targets).length,
    };
  }, [plan]);

  const unitName = unitText.trim();
  const levelMissing = unitName !== "" && level === undefined;
  const canCreate = Boolean(services.createWorkbook) && !busy && !levelMissing;

  function pickUnit(name: string | undefined) {
    setUnitText(name ?? "");
    const known = plan?.units.find((u) => u.name === name);
    if (known) setLevel(known.level);
  }

  async function create() {
    if (!services.createWorkbook) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await services.createWorkbook({
        unit: unitName && level ? { name: unitName, level } : undefined,
        period,
        password: password || undefined,
      });
      const counts = t(m.createdBody, { activities: result.activities, targets: result.targets });
      const report = result.reloaded
        ? " " +
          t(m.reloadedBody, { added: result.report.added, kept: result.report.kept, removed: result.report.removed })
        : "";
      toastSuccess(t(result.reloaded ? m.reloadedTitle : m.createdTitle), counts + report);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ViewIntro title={frameworkTitle} description={frameworkDescription}>
      {counts && (
        <Text as="p" size={200} className={styles.summary}>
          {t(m.frameworkSummary, counts)}
        </Text>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Field label={t(m.unitLabel)} hint={t(m.unitHint)}>
          <Combobox
            freeform
            value={unitText}
            onInput={(event) => setUnitText((event.target as HTMLInputElement).value)}
            onOptionSelect={(_, data) => pickUnit(data.optionValue)}
            aria-label={t(m.unitLabel)}
          >
            {(plan?.units ?? [])
              .filter((u) => u.name.toLowerCase().includes(unitName.toLowerCase()))
              .map((u) => (
                <Option key={u.name} value={u.name}>
                  {u.name}
                </Option>
              ))}
          </Combobox>
        </Field>
        <Field
          label={t(m.levelLabel)}
          validationState={levelMissing ? "error" : "none"}
          validationMessage={levelMissing ? t(m.levelRequired) : undefined}
        >
          <Dropdown
            aria-label={t(m.levelLabel)}
            value={level ? t(LEVELS.find((l) => l.level === level)!.label) : ""}
            selectedOptions={level ? [level] : []}
            onOptionSelect={(_, data) => setLevel(data.optionValue as Level)}
          >
            {LEVELS.map((l) => (
              <Option key={l.level} value={l.level}>
                {t(l.label)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t(m.periodLabel)}>
          <Dropdown
            aria-label={t(m.periodLabel)}
            value={t(periods.find((p) => p.code === period)!.label)}
            selectedOptions={[period]}
            onOptionSelect={(_, data) => data.optionValue && setPeriod(data.optionValue)}
          >
            {periods.map((p) => (
              <Option key={p.code} value={p.code}>
                {p.label[language]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t(m.passwordLabel)} hint={t(m.passwordHint)}>
          <Input type="password" value={password} onChange={(_, data) => setPassword(data.value)} />
        </Field>
        <Button appearance="primary" type="submit" disabled={!canCreate}>
          {t(m.createButton)}
        </Button>
        {!services.createWorkbook && <Text size={200}>{t(m.unavailable)}</Text>}
        <DelayedProgress active={busy} label={t(m.creating)} />
        {failure !== undefined && (
          <ErrorMessageBar
            title={t(m.createFailedTitle)}
            next={t(m.createFailedNext)}
            detail={failure}
            onDismiss={() => setFailure(undefined)}
          />
        )}
      </form>
    </ViewIntro>
  );
}
