import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { countStatuses } from "../../../core/entry/countStatuses";
import { isoToSerial } from "../../../core/dates/excelDate";
import * as m from "../../../core/messages/checkView";
import { activityStatusLabel, targetStatusLabel } from "../../../core/status/statusLabels";
import { showDate } from "../../../core/validation/checkEntryCell";
import type { WorkbookEvaluation } from "../../../core/validation/evaluateWorkbook";
import { useMessages } from "../../useMessages";
import { StatusBadge } from "../entry/StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
});

/** The statuses of the workbook's rows, counted (met, behind, overdue…), in the workbook's colours. */
export function StatusCounts({ evaluation }: { evaluation: WorkbookEvaluation }) {
  const styles = useStyles();
  const { t } = useMessages();
  const counts = countStatuses(evaluation);
  return (
    <section className={styles.root} aria-label={t(m.statusHeading)}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {t(m.statusHeading)}
      </Text>
      {evaluation.asOf && <Text size={200}>{t(m.asOf, { date: showDate(isoToSerial(evaluation.asOf)) })}</Text>}
      <p className={styles.line}>
        <span className={styles.label}>{t(m.activitiesLabel)}:</span>
        {counts.activities.length === 0 && t(m.noRows)}
        {counts.activities.map(({ status, count }) => (
          <StatusBadge key={status} of={{ kind: "activity", status }}>
            {t(m.statusCount, { count, label: t(activityStatusLabel(status)) })}
          </StatusBadge>
        ))}
      </p>
      <p className={styles.line}>
        <span className={styles.label}>{t(m.targetsLabel)}:</span>
        {counts.targets.length === 0 && t(m.noRows)}
        {counts.targets.map(({ status, count }) => (
          <StatusBadge key={status} of={{ kind: "target", status }}>
            {t(m.statusCount, { count, label: t(targetStatusLabel(status)) })}
          </StatusBadge>
        ))}
      </p>
    </section>
  );
}
