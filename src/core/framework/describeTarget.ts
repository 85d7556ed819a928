import type { Comparator, Level, Reporter, Target } from "./types";

const SYMBOL: Record<Comparator, string> = {
  atLeast: "≥",
  moreThan: ">",
  atMost: "≤",
  lessThan: "<",
  exactly: "=",
  between: "",
};

const LEVEL_NAME: Record<Level | "all", string> = {
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
  all: "mọi đơn vị",
};

/** Writes a number the Vietnamese way: decimal comma, no thousands separator for small figures. */
export function formatNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** Names a reporter for people: the unit's name, or the category (`cấp huyện`, `mọi đơn vị`). */
export function reporterLabel(reporter: Reporter): string {
  return reporter.kind === "unit" ? reporter.name : `(${LEVEL_NAME[reporter.level]})`;
}

/**
 * Returns a target's parsed meaning on one line, e.g. `≥ 35 % cơ quan, đơn vị  [cumulative, single: Sở Nội vụ]`
 * or `cấp tỉnh 90 %, cấp huyện 80 %, cấp xã 75 % hồ sơ  [level, rate: (mọi đơn vị)]`, so that a person can
 * check what the parser understood against the source text.
 */
export function describeTarget(target: Target): string {
  const unit = target.measure === "percent" ? " %" : "";
  const amount = (value: number): string => `${formatNumber(value)}${unit}`;
  let figure: string;
  if (target.levels !== undefined && Object.keys(target.levels).length > 0) {
    const parts = (["province", "district", "commune"] as const)
      .filter((level) => target.levels?.[level] !== undefined)
      .map((level) => `${LEVEL_NAME[level]} ${amount(target.levels?.[level] ?? 0)}`);
    figure = `${SYMBOL[target.comparator] || "≥"} ${parts.join(", ")}`;
  } else if (target.comparator === "between") {
    figure = `${formatNumber(target.value)}–${amount(target.max ?? target.value)}`;
  } else {
    figure = `${SYMBOL[target.comparator]} ${amount(target.value)}`;
  }
  const direction = target.direction === "decrease" ? " (giảm / decrease)" : "";
  const equivalent = target.equivalentCount === undefined ? "" : ` (= ${formatNumber(target.equivalentCount)})`;
  const label = target.unitLabel === "" ? "" : ` ${target.unitLabel}`;
  const mode =
    target.aggregate ?? (target.reporters.length === 1 && target.reporters[0].kind === "unit" ? "single" : "rate");
  const who = target.reporters.length === 0 ? "?" : target.reporters.map(reporterLabel).join(", ");
  return `${figure}${equivalent}${label}${direction}  [${target.kind}, ${mode}: ${who}]`;
}
