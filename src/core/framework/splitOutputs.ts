import { splitItems } from "./splitItems";

/**
 * Splits an output cell (Kết quả, sản phẩm) into one output per activity, when the cell enumerates
 * exactly as many items as its row has activities: a dash list (`- Kế hoạch - Báo cáo`) or numbered
 * items (`4.1. … 4.2. …`). Returns undefined otherwise, and the activities then share the whole cell:
 * with any other count nothing says which output belongs to which activity.
 */
export function splitOutputs(output: string, activityCount: number): string[] | undefined {
  if (activityCount < 2) return undefined;
  const numbered = splitItems(output, 4);
  if (numbered.leading === "" && numbered.items.length === activityCount) {
    return numbered.items.map((item) => item.text);
  }
  if (output.startsWith("- ")) {
    const parts = output
      .slice(2)
      .split(/\s-\s/)
      .map((part) => part.trim());
    if (parts.length === activityCount && parts.every((part) => part !== "")) return parts;
  }
  return undefined;
}
