/** The category groups of the lead-agency summary, in the order they are listed (after the named units). */
import { leadCategoryGroups } from "../messages/summary";

export const LEAD_CATEGORY_ORDER: readonly string[] = (["province", "district", "commune", "all"] as const).map(
  (level) => leadCategoryGroups[level].vi,
);
