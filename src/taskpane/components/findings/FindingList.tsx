import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { groupFindings } from "../../../core/entry/groupFindings";
import * as m from "../../../core/messages/checkView";
import type { Finding } from "../../../core/validation/finding";
import { useMessages } from "../../useMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  plain: { cursor: "default", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
});

export interface FindingListProps {
  findings: Finding[];
  /** Selects the finding's cell in Excel; absent where nothing can be selected. */
  onSelect?: (finding: Finding) => void;
}

/**
 * The findings grouped by severity and by sheet, with counts. Each finding with a sheet is a button: a click,
 * or Enter/Space on it, selects its cell in Excel.
 */
export function FindingList({ findings, onSelect }: FindingListProps) {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <div className={styles.root}>
      {groupFindings(findings).map((group) => (
        <section
          key={group.severity}
          className={styles.group}
          aria-label={t(group.severity === "error" ? m.errorsHeading : m.warningsHeading, { count: group.count })}
        >
          <Text as="h3" size={400} weight="semibold" className={mergeClasses(styles.heading, styles[group.severity])}>
            {t(group.severity === "error" ? m.errorsHeading : m.warningsHeading, { count: group.count })}
          </Text>
          {group.sheets.map((sheet) => (
            <div key={sheet.sheet ?? ""} className={styles.group}>
              <Text as="h4" size={300} weight="semibold" className={styles.heading}>
                {t(m.sheetHeading, { sheet: sheet.sheet ?? t(m.wholeWorkbook), count: sheet.findings.length })}
              </Text>
              <ul className={styles.list}>
                {sheet.findings.map((finding, index) => (
                  <li key={`${finding.code}:${finding.cell ?? ""}:${index}`}>
                    {finding.sheet !== null && onSelect ? (
                      <button type="button" className={styles.item} onClick={() => onSelect(finding)}>
                        {t(finding.message)}
                      </button>
                    ) : (
                      <div className={mergeClasses(styles.item, styles.plain)}>{t(finding.message)}</div>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
