import { parseArgs } from "node:util";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command, CliIo } from "../io";
import { EXIT, UserError } from "../io";
import { buildWorkbookPlan } from "../../core/workbook/buildWorkbookPlan";
import { HA_TINH_2024_UNITS } from "../../core/framework/units";
import type { Level, Unit } from "../../core/framework/types";
import { LEVELS } from "../../core/framework/types";
import { writePlanToXlsx } from "../../xlsx/xlsxAdapter";
import { loadFramework } from "../loadFramework";
import { parsePeriod } from "../../core/status/periods";
import { matchKey } from "../../core/text/matchKey";
import { fileNameForUnit } from "../../core/workbook/fileNameForUnit";

const USAGE = `par-tracker workbook — tạo sổ theo dõi / write a tracking workbook

Cách dùng / Usage:
  par-tracker workbook --out FILE.xlsx [--unit NAME] [--level province|district|commune]
                       [--period 2024-Q1|2024-H1|2024-Q3|2024] [--as-of YYYY-MM-DD]
                       [--framework FILE] [--force]
  par-tracker workbook --all-units --out-dir DIR [--period P] [--framework FILE] [--force]

Mặc định / Defaults: khung nhúng 2024, không đơn vị (bản toàn tỉnh), kỳ "2024".
  --unit NAME      tên đơn vị trong Danh mục đơn vị (hoặc tên gọi khác) / unit name or short name
  --level L        cấp của đơn vị, khi đơn vị không có trong danh mục / the unit's level
  --framework F    khung từ tệp .txt, .tsv hoặc .xlsx / framework from a file
  --all-units      một sổ cho mỗi đơn vị trong danh mục / one workbook per unit
  --force          ghi đè tệp đã có / overwrite existing files
`;

function resolveUnit(name: string, level: string | undefined, units: Unit[]): { name: string; level: Level } {
  const known = units.find((u) => [u.name, ...u.aliases].some((n) => matchKey(n) === matchKey(name)));
  if (level !== undefined && !(LEVELS as readonly string[]).includes(level)) {
    throw new UserError(
      `Cấp không hợp lệ: "${level}" (dùng province, district hoặc commune). / Invalid level "${level}" (use province, district or commune).`,
    );
  }
  if (known) return { name: known.name, level: (level as Level | undefined) ?? known.level };
  if (level === undefined) {
    throw new UserError(
      `Không tìm thấy đơn vị "${name}" trong Danh mục đơn vị; hãy thêm --level province|district|commune. / Unit "${name}" is not in the units list; add --level.`,
    );
  }
  return { name, level: level as Level };
}

async function writeOne(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (existsSync(path) && !force) {
    throw new UserError(`Tệp đã tồn tại: ${path} (dùng --force để ghi đè). / File exists: ${path} (use --force).`);
  }
  writeFileSync(path, bytes);
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        "out-dir": { type: "string" },
        "all-units": { type: "boolean", default: false },
        unit: { type: "string" },
        level: { type: "string" },
        period: { type: "string", default: "" },
        "as-of": { type: "string" },
        framework: { type: "string" },
        force: { type: "boolean", default: false },
      },
      allowPositionals: false,
    });
  } catch (error) {
    throw new UserError(`Tham số không hợp lệ / Invalid arguments: ${(error as Error).message}\n\n${USAGE}`);
  }
  const o = parsed.values;
  const { framework } = await loadFramework(o.framework, io.cwd);
  const periodCode = o.period || String(framework.year);
  try {
    parsePeriod(periodCode);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const asOf = o["as-of"];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new UserError(`Ngày không hợp lệ: "${asOf}" (dạng YYYY-MM-DD). / Invalid date "${asOf}" (YYYY-MM-DD).`);
  }
  const units = HA_TINH_2024_UNITS;
  if (o["all-units"]) {
    if (!o["out-dir"]) throw new UserError(`Thiếu --out-dir. / --all-units needs --out-dir.\n\n${USAGE}`);
    if (o.out || o.unit)
      throw new UserError("--all-units không dùng cùng --out/--unit. / --all-units excludes --out and --unit.");
    const dir = resolve(io.cwd, o["out-dir"]);
    mkdirSync(dir, { recursive: true });
    const used = new Set<string>();
    for (const unit of units) {
      const plan = buildWorkbookPlan({ framework, units, unit, period: periodCode, asOf });
      const file = join(dir, fileNameForUnit(unit.name, periodCode, used));
      await writeOne(file, await writePlanToXlsx(plan), o.force);
      io.stdout(`${file}\n`);
    }
    io.stderr(`Đã tạo ${units.length} sổ theo dõi. / Wrote ${units.length} workbooks.\n`);
    return EXIT.ok;
  }
  if (!o.out) throw new UserError(`Thiếu --out FILE.xlsx. / Missing --out FILE.xlsx.\n\n${USAGE}`);
  if (!o.out.toLowerCase().endsWith(".xlsx")) {
    throw new UserError(`Tệp ra phải có đuôi .xlsx: ${o.out} / The output must be an .xlsx file.`);
  }
  if (o.level !== undefined && o.unit === undefined) {
    throw new UserError("--level cần đi kèm --unit. / --level needs --unit.");
  }
  const unit = o.unit === undefined ? undefined : resolveUnit(o.unit, o.level, units);
  const plan = buildWorkbookPlan({ framework, units, unit, period: periodCode, asOf });
  const out = resolve(io.cwd, o.out);
  await writeOne(out, await writePlanToXlsx(plan), o.force);
  const activities = plan.index.activityRows.size;
  const targets = plan.index.targetRows.size;
  io.stderr(
    `Đã ghi ${out}: ${activities} hoạt động, ${targets} chỉ tiêu. / Wrote ${out}: ${activities} activities, ${targets} targets.\n`,
  );
  return EXIT.ok;
}

export const workbookCommand: Command = {
  name: "workbook",
  summary: "tạo sổ theo dõi .xlsx / write a tracking workbook",
  usage: USAGE,
  run,
};
