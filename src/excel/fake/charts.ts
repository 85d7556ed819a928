import { formatAddress } from "./address";
import { enumValues } from "./cellFormat";
import { FakeClientObject, FakeClientResult, FakeCollection, Loadable, Readers } from "./clientObject";
import { excelEnums } from "./excelEnums";
import { officeError } from "./fakeOfficeError";
import { qualifiedAddress, resolveRangeArgument } from "./rangeTarget";
import { ChartRecord } from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";

interface ChartTarget {
  readonly sheet: FakeSheetState;
  readonly record: ChartRecord;
}

const CHART_TYPES = enumValues(excelEnums.ChartType);
const SERIES_BY = enumValues(excelEnums.ChartSeriesBy);
const LEGEND_POSITIONS = enumValues(excelEnums.ChartLegendPosition);

abstract class ChartPart<S extends object> extends FakeClientObject<S, ChartTarget> {
  constructor(context: FakeRequestContext, locate: () => ChartTarget | null) {
    super(context, locate);
  }

  protected override isLive(target: ChartTarget): boolean {
    return !target.sheet.deleted && target.sheet.chartRecords.includes(target.record);
  }

  protected override describe(target: ChartTarget): { sheet?: string } {
    return { sheet: target.sheet.name };
  }
}

interface TitleSnapshot {
  text: string;
  visible: boolean;
}

/** Excel.ChartTitle: text and visibility. */
export class FakeChartTitle extends ChartPart<TitleSnapshot> {
  readonly typeName = "ChartTitle";
  readonly kind = "chart.title";
  protected readonly readers: Readers<TitleSnapshot, ChartTarget> = {
    text: (t) => t.record.title.text,
    visible: (t) => t.record.title.visible,
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return { text: (v) => (this.text = v), visible: (v) => (this.visible = v) };
  }

  get text(): string {
    return this.read("text");
  }
  set text(v: unknown) {
    this.enqueueOp("text", ({ record }) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "ChartTitle.text", String(v));
      record.title.text = v;
      record.title.visible = v !== "" || record.title.visible;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: unknown) {
    this.enqueueOp("visible", ({ record }) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "ChartTitle.visible", String(v));
      record.title.visible = v;
    });
  }
}

interface LegendSnapshot {
  visible: boolean;
  position: string;
}

/** Excel.ChartLegend: visibility and position. */
export class FakeChartLegend extends ChartPart<LegendSnapshot> {
  readonly typeName = "ChartLegend";
  readonly kind = "chart.legend";
  protected readonly readers: Readers<LegendSnapshot, ChartTarget> = {
    visible: (t) => t.record.legend.visible,
    position: (t) => t.record.legend.position,
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return { visible: (v) => (this.visible = v), position: (v) => (this.position = v) };
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: unknown) {
    this.enqueueOp("visible", ({ record }) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "ChartLegend.visible", String(v));
      record.legend.visible = v;
    });
  }
  get position(): string {
    return this.read("position");
  }
  set position(v: unknown) {
    this.enqueueOp("position", ({ record }) => {
      if (typeof v !== "string" || !LEGEND_POSITIONS.includes(v)) {
        throw officeError("InvalidArgument", "ChartLegend.position", String(v));
      }
      record.legend.position = v;
    });
  }
}

interface ChartSnapshot {
  id: string;
  name: string;
  chartType: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Excel.Chart: recorded, not drawn — type, source, title, legend, position and size. */
export class FakeChart extends ChartPart<ChartSnapshot> {
  readonly typeName = "Chart";
  readonly kind = "chart";
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  protected readonly readers: Readers<ChartSnapshot, ChartTarget> = {
    id: (t) => t.record.id,
    name: (t) => t.record.name,
    chartType: (t) => t.record.type,
    top: (t) => t.record.top,
    left: (t) => t.record.left,
    width: (t) => t.record.width,
    height: (t) => t.record.height,
  };

  constructor(context: FakeRequestContext, locate: () => ChartTarget | null) {
    super(context, locate);
    this.title = new FakeChartTitle(context, () => this.resolve());
    this.legend = new FakeChartLegend(context, () => this.resolve());
  }

  protected override navigation(): Record<string, Loadable> {
    return { title: this.title, legend: this.legend };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      name: (v) => (this.name = v),
      chartType: (v) => (this.chartType = v),
      top: (v) => this.setNumber("top", v),
      left: (v) => this.setNumber("left", v),
      width: (v) => this.setNumber("width", v),
      height: (v) => this.setNumber("height", v),
    };
  }

  private setNumber(member: "top" | "left" | "width" | "height", v: unknown): void {
    this.enqueueOp(member, ({ record }) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw officeError("InvalidArgument", `Chart.${member}`, String(v));
      record[member] = v;
    });
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: unknown) {
    this.enqueueOp("name", ({ record }) => {
      if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "Chart.name", String(v));
      record.name = v;
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(v: unknown) {
    this.enqueueOp("chartType", ({ record }) => {
      if (typeof v !== "string" || !CHART_TYPES.includes(v))
        throw officeError("InvalidArgument", "Chart.chartType", String(v));
      record.type = v;
    });
  }
  get top(): number {
    return this.read("top");
  }
  set top(v: unknown) {
    this.setNumber("top", v);
  }
  get left(): number {
    return this.read("left");
  }
  set left(v: unknown) {
    this.setNumber("left", v);
  }
  get width(): number {
    return this.read("width");
  }
  set width(v: unknown) {
    this.setNumber("width", v);
  }
  get height(): number {
    return this.read("height");
  }
  set height(v: unknown) {
    this.setNumber("height", v);
  }

  /** Records the cells the chart is placed over (top/left/size are not recomputed). */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.enqueueOp("setPosition", ({ sheet, record }) => {
      const location = "Chart.setPosition";
      const start = resolveRangeArgument(startCell, this.context, sheet, location);
      const end = endCell === undefined ? null : resolveRangeArgument(endCell, this.context, sheet, location);
      record.position = { startCell: formatAddress(start.rect), endCell: end ? formatAddress(end.rect) : null };
    });
  }

  activate(): void {
    this.enqueueOp("activate", () => undefined);
  }

  delete(): void {
    this.enqueueOp("delete", ({ sheet, record }) => {
      sheet.assertAllowed("allowEditObjects", "Chart.delete");
      sheet.chartRecords.splice(sheet.chartRecords.indexOf(record), 1);
    });
  }
}

/** Excel.ChartCollection of a worksheet. */
export class FakeChartCollection extends FakeCollection<FakeChart, ChartTarget, FakeSheetState> {
  readonly typeName = "ChartCollection";
  readonly kind = "worksheet.charts";

  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
  }

  protected override isLive(sheet: FakeSheetState): boolean {
    return !sheet.deleted;
  }

  protected listElements(sheet: FakeSheetState): ChartTarget[] {
    return sheet.chartRecords.map((record) => ({ sheet, record }));
  }

  protected makeItem(element: ChartTarget): FakeChart {
    return new FakeChart(this.context, () => element);
  }

  add(type: unknown, sourceData: unknown, seriesBy: unknown = "Auto"): FakeChart {
    let created: ChartTarget | undefined;
    this.enqueueOp(
      "add",
      (sheet, tx) => {
        const location = "ChartCollection.add";
        if (typeof type !== "string" || !CHART_TYPES.includes(type))
          throw officeError("InvalidArgument", location, `type '${String(type)}'`);
        if (typeof seriesBy !== "string" || !SERIES_BY.includes(seriesBy)) {
          throw officeError("InvalidArgument", location, `seriesBy '${String(seriesBy)}'`);
        }
        const source = resolveRangeArgument(sourceData, this.context, sheet, location);
        tx.describe({ sheet: sheet.name, address: formatAddress(source.rect) });
        sheet.assertAllowed("allowEditObjects", location);
        let n = sheet.chartRecords.length + 1;
        while (sheet.chartRecords.some((chart) => chart.name === `Chart ${n}`)) n += 1;
        const record: ChartRecord = {
          id: sheet.workbook.newId("chart"),
          name: `Chart ${n}`,
          type,
          source: qualifiedAddress(source),
          seriesBy,
          title: { text: "", visible: false },
          legend: { visible: true, position: "Right" },
          top: 0,
          left: 0,
          width: 360,
          height: 216,
          position: null,
        };
        sheet.chartRecords.push(record);
        created = { sheet, record };
      },
      String(type),
    );
    return new FakeChart(this.context, () => created ?? null);
  }

  private find(pick: (elements: ChartTarget[]) => ChartTarget | undefined): FakeChart {
    return new FakeChart(this.context, () => pick(this.listElements(this.resolve())) ?? null);
  }

  getItem(name: string): FakeChart {
    return this.find((elements) => elements.find((element) => element.record.name === name));
  }

  getItemAt(index: number): FakeChart {
    return this.find((elements) => elements[index]);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.enqueueOp("getCount", (sheet, tx) => {
      const count = sheet.chartRecords.length;
      tx.onCommit(() => result.resolveWith(count));
    });
    return result;
  }
}
