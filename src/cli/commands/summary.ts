import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isoToSerial } from "../../core/dates/excelDate";
import { bilingual, formatMessage, type Message } from "../../core/messages/message";
import { asOfDiffers, cli } from "../../core/messages/summary";
import { buildSummaries, type SummaryResult } from "../../core/summary/buildSummaries";
import { SummaryError } from "../../core/summary/summaryError";
import { SUMMARY_KINDS, type SummaryKind } from "../../core/summary/summaryLayout";
import { formatFigure } from "../../core/validation/formatFigure";
import { openXlsx } from "../../xlsx/openXlsx";
import type { CliIo, Command } from "../io";
import { EXIT, UserError } from "../io";

const USAGE = `par-tracker summary — lập các trang tổng hợp và báo cáo / build the summary sheets and the report

Cách dùng / Usage:
  par-tracker summary FILE.xlsx --out OUT.xlsx [--as-of YYYY-MM-DD] [--only KINDS] [--force]

  --out F        tệp mới chứa sổ và các trang tổng hợp; tệp gốc giữ nguyên / the new file; the input is untouched
  --as-of D      lập trang Báo cáo theo ngày D thay cho Ngày chốt số liệu / compute Báo cáo as of D
  --only K       chỉ lập các trang: section, lead, deadline, report (cách nhau bằng dấu phẩy) / only these sheets
  --force        ghi đè tệp ra đã có / overwrite an existing output file

Các trang / Sheets: Tổng hợp theo lĩnh vực, Tổng hợp theo cơ quan chủ trì, Tổng hợp theo thời hạn, Báo cáo.
Lập lại thì chỉ thay các trang này. / Rebuilding replaces only these sheets.

Mã thoát / Exit status: 0 đã ghi / written; 2 tệp hoặc tham số không dùng được / unusable file or arguments.
`;

const say = (m: Message, params?: Record<string, string | number>) => bilingual(formatMessage(m, params));

function isoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    isoToSerial(text);
    return true;
  } catch {
    return false;
  }
}

function kindsOf(text: string | undefined): SummaryKind[] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(",").map((p) => p.trim().toLowerCase());
  if (parts.length === 0 || parts.some((p) => !(SUMMARY_KINDS as readonly string[]).includes(p))) {
    throw new UserError(say(cli.onlyInvalid, { text }));
  }
  return parts as SummaryKind[];
}

/** The same file, even through another spelling of its path or a link. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

const shown = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const share = (n: number | null) => (n === null ? "—" : `${formatFigure(Math.round(n * 1000) / 10, "vi")}%`);

function headlineText(file: string, result: SummaryResult): string {
  const h = result.headline;
  return [
    `${bilingual(cli.title)} — ${file}`,
    `  ${bilingual(cli.unit)}: ${h.unit ?? bilingual(cli.wholePlan)}`,
    ...(h.period ? [`  ${bilingual(cli.period)}: ${bilingual(h.period)}`] : []),
    `  ${bilingual(cli.asOf)}: ${shown(h.asOf)}`,
    `  ${bilingual(cli.targetsMet)}: ${h.targets.met}/${h.targets.judged - h.targets.notApplicable} (${share(h.targets.metShare)})`,
    `  ${bilingual(cli.dueDone)}: ${h.activities.dueDone}/${h.activities.due} (${share(h.activities.dueShare)})`,
    `  ${bilingual(cli.overdue)}: ${h.activities.overdue}`,
    `  ${bilingual(cli.lagging)}: ${h.targets.lagging}`,
    `  ${bilingual(cli.dueSoon)}: ${h.activities.dueSoon}`,
    "",
  ].join("\n");
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        "as-of": { type: "string" },
        only: { type: "string" },
        force: { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UserError(`Tham số không hợp lệ / Invalid arguments: ${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UserError(`${say(cli.inputMissing)}\n\n${USAGE}`);
  if (values.out === undefined || values.out.trim() === "") throw new UserError(`${say(cli.outMissing)}\n\n${USAGE}`);
  const file = positionals[0];
  const input = resolve(io.cwd, file);
  const out = resolve(io.cwd, values.out);
  if (!out.toLowerCase().endsWith(".xlsx")) throw new UserError(say(cli.outNotXlsx, { file: values.out }));
  const asOf = values["as-of"];
  if (asOf !== undefined && !isoDate(asOf)) throw new UserError(say(cli.asOfInvalid, { text: asOf }));
  const kinds = kindsOf(values.only);

  let bytes: Buffer;
  try {
    if (!statSync(input).isFile()) throw new Error("not a file");
    bytes = readFileSync(input);
  } catch {
    throw new UserError(say(cli.fileNotFound, { file }));
  }
  if (sameFile(input, out)) throw new UserError(say(cli.outIsInput, { file: values.out }));
  if (existsSync(out) && !values.force) throw new UserError(say(cli.outExists, { file: values.out }));

  const opened = await openXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  if (!opened.ok) throw new UserError(bilingual(opened.message));
  let result: SummaryResult;
  try {
    result = await buildSummaries(opened.adapter, { asOf, kinds });
  } catch (error) {
    if (error instanceof SummaryError) throw new UserError(`${file}: ${bilingual(error.userMessage)}`);
    throw error;
  }
  writeFileSync(out, await opened.adapter.toBuffer());
  for (const warning of [...result.warnings, ...opened.adapter.warnings]) io.stderr(`${bilingual(warning)}\n`);
  const { workbookAsOf } = result.headline;
  if (asOf !== undefined && workbookAsOf !== null && workbookAsOf !== asOf) {
    io.stderr(`${say(asOfDiffers, { asOf: shown(asOf), workbookAsOf: shown(workbookAsOf) })}\n`);
  }
  io.stdout(headlineText(file, result));
  io.stderr(`${say(cli.wrote, { file: values.out, sheets: result.sheets.join(", ") })}\n`);
  return EXIT.ok;
}

export const summaryCommand: Command = {
  name: "summary",
  summary: "lập trang tổng hợp và báo cáo / build the summary sheets and the report",
  usage: USAGE,
  run,
};
