/**
 * Offline check of the add-in manifest. Microsoft's `npm run validate` sends the manifest to an
 * online service; this check needs no network and also checks what that service cannot: that
 * every URL points at a file the build produces, that the icons have the sizes their elements
 * imply, and that <Requirements> names the same ExcelApi set the code checks at run time.
 *
 * Run: `npx tsx scripts/check-manifest.ts [--manifest manifest.xml] [--dist dist] [--assets assets]`.
 * It checks manifest.xml against dist/ and, when the build holds one, the production
 * dist/manifest.xml whose URLs must all start with ADDIN_PUBLIC_URL.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from "fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "path";
import { bilingual, formatMessage, type Message } from "../src/core/messages/message";
import { manifestMessages as M } from "../src/core/messages/manifest";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { DEV_SERVER_URL, publicUrl as defaultPublicUrl } from "./addin-urls";
import { ICON_SIZES } from "./draw-icons";

export type Severity = "error" | "warning";

/** One thing wrong with the manifest, located by file, element and (when known) line. */
export interface Problem {
  severity: Severity;
  file: string;
  /** The element (or, for a file of its own, the file name) the problem is about. */
  element: string;
  line?: number;
  /** The full bilingual text, location included. */
  message: Message;
}

export interface CheckManifestOptions {
  manifestPath: string;
  /** The build output (dist/); every URL on a known base must map to a file in it. */
  distDir: string;
  /** When given, every assets/icon-<n>.png must be n×n, and each size the add-in ships must exist. */
  assetsDir?: string;
  /** The production base URL; defaults to ADDIN_PUBLIC_URL or https://www.contoso.com/. */
  publicUrl?: string;
  /** True for the rewritten dist/manifest.xml: then no URL may point at localhost. */
  production?: boolean;
}

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** The order Microsoft's schema gives the children of a TaskPaneApp <OfficeApp>. */
const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Schema limits: resource ids, ShortStrings/DisplayName, LongStrings/Description, URLs. */
const LIMITS = { resid: 32, short: 125, long: 250, url: 2048 } as const;
const ENGLISH = "en-US";
/** The `element` of a syntax error: the parser cannot say which element is at fault. */
export const XML_SYNTAX = "XML";

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";

interface Resource {
  id: string;
  kind: ResourceKind;
  element: Element;
}

/** Reads width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
export function readPngSize(path: string): { width: number; height: number } | undefined {
  const header = Buffer.alloc(24);
  const fd = openSync(path, "r");
  try {
    if (readSync(fd, header, 0, 24, 0) < 24) return undefined;
  } finally {
    closeSync(fd);
  }
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((byte, i) => header[i] !== byte) || header.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function elementChildren(parent: Element, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const el = node as Element;
    if ((ns === undefined || el.namespaceURI === ns) && (localName === undefined || el.localName === localName)) {
      out.push(el);
    }
  }
  return out;
}

const xsiType = (el: Element): string => el.getAttributeNS(NS.xsi, "type") ?? "";
const textOf = (el: Element): string => (el.textContent ?? "").trim();

/** Collects problems for one manifest; a class only so the helpers share the file name and list. */
class ManifestChecker {
  readonly problems: Problem[] = [];
  private readonly file: string;
  private readonly bases: string[];
  private readonly distExists: boolean;

  constructor(private readonly options: CheckManifestOptions) {
    this.file = displayPath(options.manifestPath);
    const production = options.publicUrl ?? defaultPublicUrl();
    this.bases = options.production ? [production] : [DEV_SERVER_URL, production];
    this.distExists = existsSync(options.distDir) && statSync(options.distDir).isDirectory();
  }

  report(severity: Severity, element: string, line: number | undefined, text: Message, params = {}): void {
    const where =
      line === undefined
        ? formatMessage(M.atFile, { file: this.file })
        : element === XML_SYNTAX
          ? formatMessage(M.atLine, { file: this.file, line })
          : formatMessage(M.at, { file: this.file, line, element });
    const what = formatMessage(text, params);
    this.problems.push({
      severity,
      file: this.file,
      element,
      line,
      message: { vi: `${where.vi}: ${what.vi}`, en: `${where.en}: ${what.en}` },
    });
  }

  private at(severity: Severity, el: Element, text: Message, params = {}): void {
    this.report(severity, el.tagName, el.lineNumber, text, params);
  }

  run(): Problem[] {
    let source: string;
    try {
      source = readFileSync(this.options.manifestPath, "utf8");
    } catch (error) {
      this.report("error", "OfficeApp", undefined, M.unreadable, { detail: (error as Error).message });
      return this.problems;
    }
    const root = this.parse(source);
    if (!root) return this.problems;
    if (root.namespaceURI !== NS.app || root.localName !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") {
      this.at("error", root, M.wrongRoot, { ns: NS.app });
      return this.problems;
    }
    if (!this.distExists) {
      this.report("error", "OfficeApp", undefined, M.distMissing, { dir: displayPath(this.options.distDir) });
    }
    this.checkOrder(root);
    this.checkBasics(root);
    this.checkRequirements(root);
    this.checkVersionOverrides(root);
    if (this.options.assetsDir) this.checkAssets(this.options.assetsDir);
    return this.problems;
  }

  /** Parses strictly: xmldom's warnings (such as an unquoted attribute) are errors here too. */
  private parse(source: string): Element | undefined {
    let failed = false;
    const onError = (_level: string, message: string, context: unknown): void => {
      failed = true;
      const locator = (context as { locator?: { lineNumber?: number } } | undefined)?.locator;
      this.report("error", XML_SYNTAX, locator?.lineNumber ?? 1, M.notWellFormed, { detail: message });
      // Stop at the first problem: what follows a syntax error is noise.
      throw new Error(message);
    };
    try {
      const doc = new DOMParser({ onError }).parseFromString(source, "text/xml");
      return failed || !doc.documentElement ? undefined : (doc.documentElement as Element);
    } catch (error) {
      if (!failed) this.report("error", XML_SYNTAX, 1, M.notWellFormed, { detail: (error as Error).message });
      return undefined;
    }
  }

  private checkOrder(root: Element): void {
    let previous: Element | undefined;
    for (const el of elementChildren(root)) {
      const rank = TOP_LEVEL_ORDER.indexOf(el.localName ?? "");
      if (rank < 0) continue;
      if (previous && TOP_LEVEL_ORDER.indexOf(previous.localName ?? "") > rank) {
        this.at("error", el, M.outOfOrder, { name: el.localName, next: previous.localName });
      }
      previous = el;
    }
  }

  /** The one direct child `name` of `parent`, or a "missing element" problem on the parent. */
  private need(parent: Element, name: string, ns: string = NS.app): Element | undefined {
    const found = elementChildren(parent, ns, name)[0];
    if (!found) this.at("error", parent, M.missingElement, { name });
    return found;
  }

  private needAttribute(el: Element, name: string): string | undefined {
    const value = el.getAttribute(name);
    if (value === null) {
      this.at("error", el, M.missingAttribute, { name });
      return undefined;
    }
    if (value.trim() === "") {
      this.at("error", el, M.emptyValue, { name });
      return undefined;
    }
    return value.trim();
  }

  private needText(parent: Element, name: string, pattern?: RegExp, expected?: string): string | undefined {
    const el = this.need(parent, name);
    if (!el) return undefined;
    const value = textOf(el);
    if (value === "") this.at("error", el, M.emptyValue, { name: `<${name}>` });
    else if (pattern && !pattern.test(value))
      this.at("error", el, M.badValue, { name: `<${name}>`, actual: value, expected });
    return value;
  }

  private checkBasics(root: Element): void {
    this.needText(root, "Id", GUID, "GUID");
    this.needText(root, "Version", VERSION, "n.n.n.n");
    this.needText(root, "ProviderName");
    this.needText(root, "DefaultLocale", LOCALE, "ll-CC (vi-VN)");
    for (const [name, limit] of [
      ["DisplayName", LIMITS.short],
      ["Description", LIMITS.long],
    ] as const) {
      const el = this.need(root, name);
      if (el) this.checkLocalizedText(el, NS.app, limit);
    }
    for (const [name, size] of [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
      ["SupportUrl", undefined],
    ] as const) {
      const el = this.need(root, name);
      if (el) this.checkLocalizedUrl(el, NS.app, size);
    }
    const hosts = this.need(root, "Hosts");
    if (hosts) {
      const names = elementChildren(hosts, NS.app, "Host").map((host) => host.getAttribute("Name"));
      if (!names.includes("Workbook")) this.at("error", hosts, M.missingElement, { name: 'Host Name="Workbook"' });
    }
    const settings = this.need(root, "DefaultSettings");
    const source = settings && this.need(settings, "SourceLocation");
    if (source) this.checkLocalizedUrl(source, NS.app, undefined);
    const permissions = this.needText(root, "Permissions");
    if (permissions && permissions !== "ReadWriteDocument") {
      const el = elementChildren(root, NS.app, "Permissions")[0];
      this.at("error", el, M.badValue, { name: "<Permissions>", actual: permissions, expected: "ReadWriteDocument" });
    }
  }

  /** DefaultValue within the length limit, and an en-US override (the product is bilingual). */
  private checkLocalizedText(el: Element, ns: string, limit: number): void {
    const value = this.needAttribute(el, "DefaultValue");
    if (value !== undefined && value.length > limit) {
      this.at("error", el, M.textTooLong, { name: "DefaultValue", actual: value.length, max: limit });
    }
    const overrides = elementChildren(el, ns, "Override");
    for (const override of overrides) {
      const text = override.getAttribute("Value") ?? "";
      if (text.length > limit)
        this.at("error", override, M.textTooLong, { name: "Value", actual: text.length, max: limit });
    }
    if (!overrides.some((override) => override.getAttribute("Locale") === ENGLISH))
      this.at("warning", el, M.missingEnglish);
  }

  private checkLocalizedUrl(el: Element, ns: string, iconSize: number | undefined): void {
    const value = this.needAttribute(el, "DefaultValue");
    if (value !== undefined) this.checkUrl(el, value, iconSize);
    for (const override of elementChildren(el, ns, "Override")) {
      const url = this.needAttribute(override, "Value");
      if (url !== undefined) this.checkUrl(override, url, iconSize);
    }
  }

  /** A URL must be https; on a known base it must name a built file (of the right size, for icons). */
  private checkUrl(el: Element, url: string, iconSize: number | undefined): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      this.at("error", el, M.badUrl, { url });
      return;
    }
    if (parsed.protocol !== "https:") {
      this.at("error", el, M.notHttps, { url });
      return;
    }
    if (url.length > LIMITS.url)
      this.at("error", el, M.textTooLong, { name: "URL", actual: url.length, max: LIMITS.url });
    const base = this.bases.find((candidate) => url.startsWith(candidate));
    if (!base) {
      if (parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1") {
        if (this.options.production) this.at("error", el, M.localhostInProduction, { url });
        else this.at("error", el, M.localhostOffBase, { url, base: DEV_SERVER_URL });
      } else if (iconSize !== undefined) {
        this.at("warning", el, M.iconUnchecked, { url });
      }
      return;
    }
    if (!this.distExists) return;
    const path = decodeURIComponent(new URL(url.slice(base.length), "https://x/").pathname.slice(1));
    const target = resolve(this.options.distDir, path === "" || path.endsWith("/") ? `${path}index.html` : path);
    const distRoot = resolve(this.options.distDir);
    const shown = displayPath(target);
    if (!target.startsWith(distRoot + sep) || !existsSync(target) || !statSync(target).isFile()) {
      this.at("error", el, M.fileNotBuilt, { url, file: shown });
      return;
    }
    if (iconSize !== undefined) this.checkIcon(el, target, iconSize);
  }

  /** `el` is the manifest element that names the icon; without one, the problem is about the file itself. */
  private checkIcon(el: Element | undefined, path: string, size: number): void {
    const file = displayPath(path);
    const found = readPngSize(path);
    const expected = `${size}×${size}`;
    const report = (text: Message, params: Record<string, string | number>): void => {
      if (el) this.at("error", el, text, params);
      else this.report("error", basename(path), undefined, text, params);
    };
    if (!found) report(M.iconNotPng, { file });
    else if (found.width !== size || found.height !== size) {
      report(M.iconWrongSize, { file, actual: `${found.width}×${found.height}`, expected });
    }
  }

  private checkRequirements(root: Element): void {
    const wanted = { set: REQUIRED_EXCEL_API.name, version: REQUIRED_EXCEL_API.version };
    const requirements = elementChildren(root, NS.app, "Requirements")[0];
    const sets = requirements && elementChildren(requirements, NS.app, "Sets")[0];
    const set = sets && elementChildren(sets, NS.app, "Set").find((s) => s.getAttribute("Name") === wanted.set);
    if (!set) {
      this.at("error", sets ?? requirements ?? root, M.missingRequirement, wanted);
      return;
    }
    const version = set.getAttribute("MinVersion") ?? sets.getAttribute("DefaultMinVersion") ?? "";
    if (version !== wanted.version) {
      this.at("error", set, M.wrongRequirementVersion, { set: wanted.set, actual: version, expected: wanted.version });
    }
  }

  /** Follows VersionOverrides down to the ribbon button that shows the task pane, then checks resids. */
  private checkVersionOverrides(root: Element): void {
    const overrides = this.need(root, "VersionOverrides", NS.ov);
    if (!overrides) return;
    if (xsiType(overrides) !== "VersionOverridesV1_0") {
      this.at("error", overrides, M.badValue, {
        name: "xsi:type",
        actual: xsiType(overrides),
        expected: "VersionOverridesV1_0",
      });
    }
    const resources = this.need(overrides, "Resources", NS.ov);
    const defined = resources ? this.collectResources(resources) : new Map<string, Resource>();
    this.checkRibbon(overrides);
    const used = new Set<string>();
    const imageSizes = new Map<string, Set<number>>();
    const walk = (el: Element): void => {
      for (const child of elementChildren(el)) {
        if (child === resources) continue;
        const resid = child.getAttribute("resid");
        if (resid !== null) {
          used.add(resid);
          this.checkResid(child, resid, defined, imageSizes);
        }
        walk(child);
      }
    };
    walk(overrides);
    for (const [id, resource] of defined) {
      if (!used.has(id)) this.at("warning", resource.element, M.unusedResid, { resid: id });
      else if (resource.kind === "bt:Images") this.checkImageResource(resource, imageSizes.get(id) ?? new Set());
    }
  }

  private checkRibbon(overrides: Element): void {
    const hosts = this.need(overrides, "Hosts", NS.ov);
    const host = hosts && elementChildren(hosts, NS.ov, "Host").find((h) => xsiType(h) === "Workbook");
    if (hosts && !host) this.at("error", hosts, M.missingElement, { name: 'Host xsi:type="Workbook"' });
    const desktop = host && this.need(host, "DesktopFormFactor", NS.ov);
    if (!desktop) return;
    const point = elementChildren(desktop, NS.ov, "ExtensionPoint").find((p) => xsiType(p) === "PrimaryCommandSurface");
    if (!point) {
      this.at("error", desktop, M.missingElement, { name: 'ExtensionPoint xsi:type="PrimaryCommandSurface"' });
      return;
    }
    const tab = this.need(point, "OfficeTab", NS.ov);
    if (!tab) return;
    if (tab.getAttribute("id") !== "TabHome") {
      this.at("error", tab, M.badValue, { name: "id", actual: tab.getAttribute("id") ?? "", expected: "TabHome" });
    }
    const group = this.need(tab, "Group", NS.ov);
    if (!group) return;
    this.needAttribute(group, "id");
    this.need(group, "Label", NS.ov);
    this.needRibbonIcon(group);
    const buttons = elementChildren(group, NS.ov, "Control").filter((c) => xsiType(c) === "Button");
    const button = buttons.find((b) => {
      const action = elementChildren(b, NS.ov, "Action")[0];
      return action !== undefined && xsiType(action) === "ShowTaskpane";
    });
    if (!button) {
      this.at("error", group, M.missingElement, { name: 'Control xsi:type="Button" + Action xsi:type="ShowTaskpane"' });
      return;
    }
    this.needAttribute(button, "id");
    this.need(button, "Label", NS.ov);
    const supertip = this.need(button, "Supertip", NS.ov);
    if (supertip) {
      this.need(supertip, "Title", NS.ov);
      this.need(supertip, "Description", NS.ov);
    }
    this.needRibbonIcon(button);
    const action = elementChildren(button, NS.ov, "Action")[0];
    const source = this.need(action, "SourceLocation", NS.ov);
    if (source) this.needAttribute(source, "resid");
  }

  /** Ribbon icons need the 16, 32 and 80 px images (80 is what high-DPI screens scale down from). */
  private needRibbonIcon(parent: Element): void {
    const icon = this.need(parent, "Icon", NS.ov);
    if (!icon) return;
    const sizes = elementChildren(icon, NS.bt, "Image").map((image) => image.getAttribute("size"));
    for (const size of ["16", "32", "80"]) {
      if (!sizes.includes(size)) this.at("error", icon, M.missingElement, { name: `bt:Image size="${size}"` });
    }
  }

  private collectResources(resources: Element): Map<string, Resource> {
    const defined = new Map<string, Resource>();
    const groups: [ResourceKind, string][] = [
      ["bt:Images", "Image"],
      ["bt:Urls", "Url"],
      ["bt:ShortStrings", "String"],
      ["bt:LongStrings", "String"],
    ];
    for (const [kind, item] of groups) {
      for (const group of elementChildren(resources, NS.bt, kind.slice(3))) {
        for (const el of elementChildren(group, NS.bt, item)) {
          const id = this.needAttribute(el, "id");
          if (id === undefined) continue;
          if (id.length > LIMITS.resid)
            this.at("error", el, M.residTooLong, { resid: id, actual: id.length, max: LIMITS.resid });
          if (defined.has(id)) this.at("error", el, M.duplicateResid, { resid: id });
          else defined.set(id, { id, kind, element: el });
          if (kind === "bt:Urls") this.checkLocalizedUrl(el, NS.bt, undefined);
          if (kind === "bt:ShortStrings") this.checkLocalizedText(el, NS.bt, LIMITS.short);
          if (kind === "bt:LongStrings") this.checkLocalizedText(el, NS.bt, LIMITS.long);
        }
      }
    }
    return defined;
  }

  /** The resource kind an element's resid must name, from where the element sits. */
  private expectedKind(el: Element): ResourceKind | undefined {
    const name = el.localName;
    if (el.namespaceURI === NS.bt && name === "Image") return "bt:Images";
    if (name === "SourceLocation" || name === "LearnMoreUrl" || name === "FunctionFile") return "bt:Urls";
    if (name === "Label" || name === "Title") return "bt:ShortStrings";
    if (name === "Description") return "bt:LongStrings";
    return undefined;
  }

  private checkResid(
    el: Element,
    resid: string,
    defined: Map<string, Resource>,
    imageSizes: Map<string, Set<number>>,
  ): void {
    const expected = this.expectedKind(el);
    const resource = defined.get(resid);
    if (!resource) {
      this.at("error", el, M.undefinedResid, { resid, kind: expected ?? "…" });
      return;
    }
    if (expected && resource.kind !== expected) {
      this.at("error", el, M.residWrongKind, { resid, name: el.tagName, actual: resource.kind, expected });
      return;
    }
    if (expected === "bt:Images") {
      const size = Number(el.getAttribute("size"));
      if (!Number.isInteger(size) || size <= 0) {
        this.at("error", el, M.badValue, {
          name: "size",
          actual: el.getAttribute("size") ?? "",
          expected: "16, 32, 80…",
        });
        return;
      }
      const sizes = imageSizes.get(resid) ?? new Set<number>();
      sizes.add(size);
      imageSizes.set(resid, sizes);
    }
  }

  private checkImageResource(resource: Resource, sizes: Set<number>): void {
    if (sizes.size > 1) {
      this.at("error", resource.element, M.iconSizeConflict, { resid: resource.id, sizes: [...sizes].join(", ") });
      return;
    }
    this.checkLocalizedUrl(resource.element, NS.bt, [...sizes][0]);
  }

  private checkAssets(assetsDir: string): void {
    const present = existsSync(assetsDir) ? readdirSync(assetsDir) : [];
    const expectedSizes = new Set<number>(ICON_SIZES);
    for (const name of present) {
      const match = /^icon-(\d+)\.png$/.exec(name);
      if (match) expectedSizes.add(Number(match[1]));
    }
    for (const size of [...expectedSizes].sort((a, b) => a - b)) {
      const path = join(assetsDir, `icon-${size}.png`);
      if (!existsSync(path)) {
        this.report("error", `icon-${size}.png`, undefined, M.iconMissing, {
          file: displayPath(path),
          expected: `${size}×${size}`,
        });
      } else this.checkIcon(undefined, path, size);
    }
  }
}

/**
 * Checks an add-in manifest offline: well-formed XML, the elements a TaskPaneApp for Excel needs,
 * resids, the requirement set of src/excel/requirements.ts, URLs against the build, icon sizes.
 */
export function checkManifest(options: CheckManifestOptions): Problem[] {
  return new ManifestChecker(options).run();
}

/** One line a problem, severity first, in both languages. */
export function formatProblem(problem: Problem): string {
  return `${bilingual(problem.severity === "error" ? M.error : M.warning)}: ${bilingual(problem.message)}`;
}

function argValue(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

/** Checks manifest.xml against dist/, then the production dist/manifest.xml; returns the exit status. */
export function main(argv: string[], write: (text: string) => void = (text) => process.stdout.write(text)): number {
  const manifestPath = resolve(argValue(argv, "--manifest", "manifest.xml"));
  const distDir = resolve(argValue(argv, "--dist", "dist"));
  const assetsDir = resolve(argValue(argv, "--assets", "assets"));
  const runs: CheckManifestOptions[] = [{ manifestPath, distDir, assetsDir }];
  const built = join(distDir, "manifest.xml");
  if (existsSync(distDir))
    runs.push({ manifestPath: built, distDir, assetsDir: join(distDir, "assets"), production: true });
  let errors = 0;
  for (const options of runs) {
    const file = displayPath(options.manifestPath);
    write(`${bilingual(formatMessage(M.checking, { file, dist: displayPath(distDir) }))}\n`);
    const problems = checkManifest(options);
    for (const problem of problems) write(`  ${formatProblem(problem)}\n`);
    const counts = {
      file,
      errors: problems.filter((p) => p.severity === "error").length,
      warnings: problems.filter((p) => p.severity === "warning").length,
    };
    errors += counts.errors;
    write(`${bilingual(formatMessage(counts.errors ? M.failed : M.passed, counts))}\n`);
  }
  return errors ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
