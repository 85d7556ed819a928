import { makeStyles, tokens } from "@fluentui/react-components";
import {
  activityStatusColour,
  activityStatusLabel,
  targetStatusColour,
  targetStatusLabel,
} from "../../../core/status/statusLabels";
import { statusColours } from "../../../core/status/statusColours";
import type { ActivityStatus, TargetStatus } from "../../../core/status/statusTypes";
import { useMessages } from "../../useMessages";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export type StatusOf = { kind: "activity"; status: ActivityStatus } | { kind: "target"; status: TargetStatus };

/**
 * A status label in the colours the workbook paints its row with (statusColours: Excel's Good/Neutral/Bad
 * fills, every pair readable at WCAG AA), so the pane and the sheet look the same.
 */
export function StatusBadge({ of, children }: { of: StatusOf; children?: string }) {
  const styles = useStyles();
  const { t } = useMessages();
  const group = of.kind === "activity" ? activityStatusColour[of.status] : targetStatusColour[of.status];
  const label = of.kind === "activity" ? activityStatusLabel(of.status) : targetStatusLabel(of.status);
  const colour = statusColours[group];
  return (
    <span className={styles.badge} style={{ backgroundColor: colour.fill, color: colour.font }}>
      {children ?? t(label)}
    </span>
  );
}
