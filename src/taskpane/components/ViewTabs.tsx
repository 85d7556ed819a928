import { Tab, TabList, makeStyles, tokens, useId, type TabListProps } from "@fluentui/react-components";
import { useState } from "react";
import { navigationLabel } from "../../core/messages/ui";
import { PANE_VIEWS, type ViewId } from "../views/paneViews";
import { useMessages } from "../useMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1 },
  tabList: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  // Five labelled tabs side by side are wider than a 320 px pane, so each tab stacks its icon above
  // a short label and takes an equal share of the width.
  tab: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    gridAutoFlow: "row",
    justifyItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalXXS,
  },
  tabLabel: {
    gridColumnStart: 1,
    gridRowStart: 2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    maxWidth: "100%",
  },
  panel: {
    padding: tokens.spacingHorizontalM,
    overflowY: "auto",
    flexGrow: 1,
    // The panel spans the pane edge to edge, so its focus ring is drawn inside it to stay visible.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
});

function isViewId(value: unknown): value is ViewId {
  return PANE_VIEWS.some((view) => view.id === value);
}

/**
 * The navigation between the pane's views: a tab list (arrow keys move between tabs, Enter or Space
 * opens one, Tab moves on into the open view) and the panel showing the selected view.
 */
export function ViewTabs() {
  const styles = useStyles();
  const { t } = useMessages();
  const [selected, setSelected] = useState<ViewId>(PANE_VIEWS[0].id);
  const idPrefix = useId("pane-view-");
  const tabId = (id: ViewId): string => `${idPrefix}-tab-${id}`;
  const panelId = `${idPrefix}-panel`;
  const onTabSelect: TabListProps["onTabSelect"] = (_event, data) => {
    if (isViewId(data.value)) setSelected(data.value);
  };
  const view = PANE_VIEWS.find((candidate) => candidate.id === selected) ?? PANE_VIEWS[0];
  const View = view.component;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabList}
        selectedValue={selected}
        onTabSelect={onTabSelect}
        size="small"
        aria-label={t(navigationLabel)}
      >
        {PANE_VIEWS.map(({ id, tab, icon: Icon }) => (
          <Tab
            key={id}
            id={tabId(id)}
            value={id}
            aria-controls={id === selected ? panelId : undefined}
            className={styles.tab}
            icon={<Icon />}
            content={{ className: styles.tabLabel }}
          >
            {t(tab)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} tabIndex={0} className={styles.panel}>
        <View />
      </div>
    </div>
  );
}
