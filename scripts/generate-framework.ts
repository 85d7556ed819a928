/**
 * Regenerates the embedded Hà Tĩnh 2024 framework (src/core/framework/data/hatinh-2024.json) from the
 * plan's text and the reviewed corrections. Run: npx tsx scripts/generate-framework.ts
 * Then review the diff row by row against the plan; record any fix in the corrections file, never in code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bilingual } from "../src/core/messages/message";
import type { Override } from "../src/core/framework/applyOverrides";
import { buildFrameworkFromPlan } from "../src/core/framework/buildFrameworkFromPlan";
import { frameworkToJson } from "../src/core/framework/frameworkJson";
import { HA_TINH_2024_UNITS } from "../src/core/framework/units";

const dataDir = join(__dirname, "..", "src", "core", "framework", "data");
const plan = readFileSync(join(dataDir, "hatinh-2024-plan.txt"), "utf8");
const corrections = JSON.parse(readFileSync(join(dataDir, "corrections-hatinh-2024.json"), "utf8")) as Override[];
const { framework, warnings, skipped } = buildFrameworkFromPlan(plan, corrections, { units: HA_TINH_2024_UNITS });
writeFileSync(join(dataDir, "hatinh-2024.json"), frameworkToJson(framework));

const count = (pick: (s: (typeof framework.sections)[number]) => number): number =>
  framework.sections.reduce((sum, s) => sum + pick(s), 0);
process.stdout.write(
  `${framework.id} ${framework.version}: ${framework.sections.length} sections, ` +
    `${count((s) => s.objectives.length)} objectives, ` +
    `${count((s) => s.objectives.reduce((n, o) => n + o.tasks.length, 0))} tasks, ` +
    `${count((s) => s.objectives.reduce((n, o) => n + o.tasks.reduce((m, t) => m + t.activities.length, 0), 0))} activities, ` +
    `${count((s) => s.objectives.reduce((n, o) => n + o.targets.length, 0))} targets, ` +
    `${framework.mainTargets.length} main targets; ${corrections.length} corrections applied\n`,
);
for (const warning of warnings) {
  const where = warning.location?.line === undefined ? "" : `dòng/line ${warning.location.line}: `;
  process.stdout.write(`  ! ${warning.itemId ?? ""} ${where}${bilingual(warning.message)}\n`);
}
for (const row of skipped) process.stdout.write(`  - skipped line ${row.location.line}: ${bilingual(row.reason)}\n`);
