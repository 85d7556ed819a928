import { HA_TINH_2024_FRAMEWORK } from "./embeddedFramework";
import { frameworkVersion } from "./frameworkVersion";
import type { Framework } from "./types";

const copy = (): Framework => JSON.parse(JSON.stringify(HA_TINH_2024_FRAMEWORK)) as Framework;

describe("frameworkVersion", () => {
  it("is 16 hex digits that change with the content but not with the id, title or year", () => {
    const version = frameworkVersion(HA_TINH_2024_FRAMEWORK);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const renamed: Framework = { ...copy(), id: "other", title: "Other", year: 2030 };
    expect(frameworkVersion(renamed)).toBe(version);
    const edited = copy();
    edited.sections[0].objectives[0].tasks[0].activities[0].deadline.due = "2024-01-01";
    expect(frameworkVersion(edited)).not.toBe(version);
    const linked = copy();
    linked.mainTargets[0].objectiveId = "I.2";
    expect(frameworkVersion(linked)).not.toBe(version);
  });

  it("does not depend on the order fields were written in", () => {
    const reordered = JSON.parse(JSON.stringify(HA_TINH_2024_FRAMEWORK), (_key, value: unknown) =>
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse())
        : value,
    ) as Framework;
    expect(frameworkVersion(reordered)).toBe(frameworkVersion(HA_TINH_2024_FRAMEWORK));
  });
});
