import fc from "fast-check";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { checkManifest, formatProblem, main, XML_SYNTAX, type Problem } from "../scripts/check-manifest";
import { DEV_SERVER_URL, publicUrl } from "../scripts/addin-urls";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";

const ROOT = resolve(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DIST = join(ROOT, "dist");
const ASSETS = join(ROOT, "assets");
const SOURCE = readFileSync(MANIFEST, "utf8");

let scratch: string;

beforeAll(() => {
  if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "manifest.xml"))) {
    throw new Error("dist/ has no build: run `npm run build` before these tests (npm test does).");
  }
  scratch = mkdtempSync(join(tmpdir(), "par-manifest-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Replaces `from` exactly once, and fails the test if the real manifest no longer contains it. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`manifest.xml no longer contains ${String(from)}: update the test case`);
  return xml.replace(from, to);
}

/** The 1-based line of the first occurrence of `needle`. */
function lineOf(xml: string, needle: string): number {
  const at = xml.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  return xml.slice(0, at).split("\n").length;
}

let counter = 0;
function writeTemp(xml: string): string {
  const path = join(scratch, `manifest-${++counter}.xml`);
  writeFileSync(path, xml);
  return path;
}

/** A private copy of dist/ that a case may break. */
function copyDist(): string {
  const dir = join(scratch, `dist-${++counter}`);
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

const errors = (problems: Problem[]): Problem[] => problems.filter((p) => p.severity === "error");

describe("the real manifest", () => {
  it("passes against the build, with no warnings", () => {
    const problems = checkManifest({ manifestPath: MANIFEST, distDir: DIST, assetsDir: ASSETS });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("names exactly the requirement set src/excel/requirements.ts defines", () => {
    expect(SOURCE).toContain(`<Set Name="${REQUIRED_EXCEL_API.name}" MinVersion="${REQUIRED_EXCEL_API.version}"/>`);
  });

  it("is in the build as a rewrite of every dev-server URL to the production base, with no localhost left", () => {
    const built = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(built).not.toMatch(/\/\/(localhost|127\.0\.0\.1)[:/]/);
    expect(built).toBe(SOURCE.split(DEV_SERVER_URL).join(publicUrl()));
    const problems = checkManifest({
      manifestPath: join(DIST, "manifest.xml"),
      distDir: DIST,
      assetsDir: join(DIST, "assets"),
      production: true,
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("would fail as a production manifest, because it points at localhost", () => {
    const problems = checkManifest({ manifestPath: MANIFEST, distDir: DIST, production: true });
    const urls = SOURCE.match(/https:\/\/localhost:3000\/[^"]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    expect(errors(problems).filter((p) => p.message.en.includes("still points at localhost"))).toHaveLength(
      urls.length,
    );
  });

  it("main() exits 0 and prints both languages", () => {
    const out: string[] = [];
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      expect(main([], (text) => out.push(text))).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(out.join("")).toContain("manifest.xml hợp lệ (cảnh báo: 0). / manifest.xml is valid (warnings: 0).");
    expect(out.join("")).toContain("dist/manifest.xml is valid");
  });
});

interface BrokenCase {
  name: string;
  xml?: (source: string) => string;
  /** Breaks a private copy of dist/ (the real one is never touched). */
  dist?: (dir: string) => void;
  /** Breaks a private copy of assets/. */
  assets?: (dir: string) => void;
  production?: boolean;
  severity?: "error" | "warning";
  element: string;
  /** Text on the line the problem must name, in the edited manifest; when absent, any line will do. */
  lineAt?: string;
  text: string;
}

const png = (dir: string, size: number): string => join(dir, "assets", `icon-${size}.png`);

const CASES: BrokenCase[] = [
  {
    name: "malformed XML: a closing tag is missing",
    xml: (s) => edit(s, "  </Hosts>\n  <Requirements>", "  <Requirements>"),
    element: XML_SYNTAX,
    text: "The XML is not well formed",
  },
  {
    name: "malformed XML that xmldom only warns about: an unquoted attribute",
    xml: (s) => edit(s, '<Host Name="Workbook"/>', "<Host Name=Workbook/>"),
    element: XML_SYNTAX,
    lineAt: "<Host Name=Workbook/>",
    text: "The XML is not well formed",
  },
  {
    name: "missing element: ProviderName",
    xml: (s) => edit(s, /\n {2}<ProviderName>[^<]*<\/ProviderName>/, ""),
    element: "OfficeApp",
    lineAt: "<OfficeApp",
    text: "Required element <ProviderName> is missing",
  },
  {
    name: "missing element: DefaultSettings/SourceLocation",
    xml: (s) => edit(s, /\n {4}<SourceLocation DefaultValue="[^"]*"\/>/, ""),
    element: "DefaultSettings",
    lineAt: "<DefaultSettings>",
    text: "Required element <SourceLocation> is missing",
  },
  {
    name: "missing element: the Workbook host",
    xml: (s) => edit(s, '<Host Name="Workbook"/>', '<Host Name="Document"/>'),
    element: "Hosts",
    lineAt: "<Hosts>",
    text: 'Required element <Host Name="Workbook"> is missing',
  },
  {
    name: "missing element: the ribbon button's ShowTaskpane action",
    xml: (s) => edit(s, 'xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'),
    element: "Group",
    lineAt: "<Group ",
    text: 'Required element <Control xsi:type="Button" + Action xsi:type="ShowTaskpane"> is missing',
  },
  {
    name: "out of schema order: Permissions before DefaultSettings",
    xml: (s) =>
      edit(
        edit(s, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
        "  <DefaultSettings>",
        "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
      ),
    element: "DefaultSettings",
    lineAt: "<DefaultSettings>",
    text: "<DefaultSettings> must come before <Permissions>",
  },
  {
    name: "not a task pane add-in",
    xml: (s) => edit(s, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
    element: "OfficeApp",
    lineAt: "<OfficeApp",
    text: 'The root element must be <OfficeApp xsi:type="TaskPaneApp">',
  },
  {
    name: "URL to a file the build does not produce",
    xml: (s) =>
      edit(
        s,
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="https://localhost:3000/taskpanel.html"/>',
      ),
    element: "SourceLocation",
    lineAt: "taskpanel.html",
    text: "points at dist",
  },
  {
    name: "URL that is not https",
    xml: (s) => edit(s, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
    element: "SupportUrl",
    lineAt: "<SupportUrl",
    text: "must use https",
  },
  {
    name: "URL on localhost but not the dev server",
    xml: (s) =>
      edit(s, '<IconUrl DefaultValue="https://localhost:3000/', '<IconUrl DefaultValue="https://localhost:3001/'),
    element: "IconUrl",
    lineAt: "<IconUrl",
    text: "points at localhost but not at the dev server https://localhost:3000/",
  },
  {
    name: "missing icon in the build",
    dist: (dir) => rmSync(png(dir, 80)),
    element: "bt:Image",
    lineAt: 'bt:Image id="Icon.80"',
    text: "icon-80.png, which the build does not produce",
  },
  {
    name: "wrong-size icon in the build (IconUrl)",
    dist: (dir) => cpSync(png(dir, 64), png(dir, 32)),
    element: "IconUrl",
    lineAt: "<IconUrl",
    text: "is 64×64, expected 32×32",
  },
  {
    name: "wrong-size icon in the build (ribbon image)",
    dist: (dir) => cpSync(png(dir, 16), png(dir, 80)),
    element: "bt:Image",
    lineAt: 'bt:Image id="Icon.80"',
    text: "is 16×16, expected 80×80",
  },
  {
    name: "an icon that is not a PNG",
    dist: (dir) => writeFileSync(png(dir, 64), "<svg/>"),
    element: "HighResolutionIconUrl",
    lineAt: "<HighResolutionIconUrl",
    text: "is not a PNG image",
  },
  {
    name: "missing 128 px icon in assets/",
    assets: (dir) => rmSync(join(dir, "icon-128.png")),
    element: "icon-128.png",
    text: "icon-128.png (128×128) is missing",
  },
  {
    name: "wrong-size icon in assets/",
    assets: (dir) => cpSync(join(dir, "icon-32.png"), join(dir, "icon-128.png")),
    element: "icon-128.png",
    text: "is 32×32, expected 128×128",
  },
  {
    name: "an image used at two sizes",
    xml: (s) => edit(s, '<bt:Image size="80" resid="Icon.80"/>', '<bt:Image size="80" resid="Icon.32"/>'),
    element: "bt:Image",
    lineAt: 'bt:Image id="Icon.32"',
    text: "is used at several sizes",
  },
  {
    name: "wrong permissions",
    xml: (s) => edit(s, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
    element: "Permissions",
    lineAt: "<Permissions>",
    text: "“ReadDocument”, which is not valid; expected ReadWriteDocument",
  },
  {
    name: "missing requirement set",
    xml: (s) => edit(s, /\n\s*<Set Name="ExcelApi"[^>]*\/>/, ""),
    element: "Sets",
    lineAt: "<Sets",
    text: `Missing <Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API.version}"/>`,
  },
  {
    name: "requirement set version that differs from src/excel/requirements.ts",
    xml: (s) => edit(s, `MinVersion="${REQUIRED_EXCEL_API.version}"`, 'MinVersion="1.3"'),
    element: "Set",
    lineAt: '<Set Name="ExcelApi"',
    text: `names minimum version “1.3”, but the code needs ${REQUIRED_EXCEL_API.version}`,
  },
  {
    name: "undefined resid",
    xml: (s) => edit(s, '<Description resid="OpenPane.Tooltip"/>', '<Description resid="OpenPane.Tip"/>'),
    element: "Description",
    lineAt: 'resid="OpenPane.Tip"',
    text: "resid “OpenPane.Tip” is not defined in <Resources><bt:LongStrings>",
  },
  {
    name: "resource left unused (a warning)",
    xml: (s) => edit(s, '<Description resid="OpenPane.Tooltip"/>', '<Description resid="GetStarted.Description"/>'),
    severity: "warning",
    element: "bt:String",
    lineAt: ' id="OpenPane.Tooltip"',
    text: "Resource “OpenPane.Tooltip” is defined but never used",
  },
  {
    name: "resid of the wrong kind",
    xml: (s) => edit(s, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
    element: "Label",
    lineAt: '<Label resid="Taskpane.Url"/>',
    text: "is defined in <bt:Urls>, but <Label> needs a resource in <bt:ShortStrings>",
  },
  {
    name: "duplicate resid",
    xml: (s) => edit(s, '<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"'),
    element: "bt:Url",
    lineAt: '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/support.html"',
    text: "resid “Taskpane.Url” is defined more than once",
  },
  {
    name: "missing English text (a warning)",
    xml: (s) => edit(s, /\n\s*<bt:Override Locale="en-US" Value="PAR plan"\/>/, ""),
    severity: "warning",
    element: "bt:String",
    lineAt: ' id="Group.Label"',
    text: 'The English text is missing (<Override Locale="en-US">)',
  },
];

describe("broken manifests", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const xml = c.xml ? c.xml(SOURCE) : SOURCE;
    const distDir = c.dist ? copyDist() : DIST;
    if (c.dist) c.dist(distDir);
    let assetsDir: string | undefined;
    if (c.assets) {
      assetsDir = join(scratch, `assets-${++counter}`);
      cpSync(ASSETS, assetsDir, { recursive: true });
      c.assets(assetsDir);
    }
    const problems = checkManifest({ manifestPath: writeTemp(xml), distDir, assetsDir, production: c.production });
    const wanted = problems.filter(
      (p) => p.severity === (c.severity ?? "error") && p.element === c.element && p.message.en.includes(c.text),
    );
    expect({ case: c.name, found: wanted.length, problems: problems.map(formatProblem) }).toMatchObject({ found: 1 });
    const [problem] = wanted;
    if (c.assets) expect(problem.line).toBeUndefined();
    else if (c.lineAt) expect(problem.line).toBe(lineOf(xml, c.lineAt));
    else expect(problem.line).toEqual(expect.any(Number));
    // Every problem speaks both languages and names where it is.
    expect(problem.message.vi).not.toBe(problem.message.en);
    if (problem.line !== undefined && problem.element !== XML_SYNTAX) {
      expect(problem.message.vi).toContain(`dòng ${problem.line}, <${problem.element}>`);
      expect(problem.message.en).toContain(`line ${problem.line}, <${problem.element}>`);
    }
  });

  it("reports a missing build clearly instead of one problem per URL", () => {
    const problems = checkManifest({ manifestPath: MANIFEST, distDir: join(scratch, "no-such-dist") });
    expect(problems.map((p) => p.message.en)).toEqual([expect.stringContaining("run npm run build first")]);
  });

  it("reports a manifest file that cannot be read", () => {
    const problems = checkManifest({ manifestPath: join(scratch, "nope.xml"), distDir: DIST });
    expect(problems).toHaveLength(1);
    expect(problems[0].message.en).toContain("Cannot read the file");
  });

  const required = [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ];
  it.each(required)("removing the top-level <%s> is reported as missing", (name) => {
    // Top-level elements are indented by two spaces: a self-closing one, or one with its closing tag.
    const pattern = new RegExp(`\\n {2}<${name}(?: [^>]*)?(?:/>|>[\\s\\S]*?\\n? *</${name}>)`);
    const xml = edit(SOURCE, pattern, "");
    const problems = checkManifest({ manifestPath: writeTemp(xml), distDir: DIST });
    expect(errors(problems).map((p) => p.message.en)).toContainEqual(
      expect.stringContaining(`Required element <${name}> is missing`),
    );
  });

  it("renaming any resource's definition makes each of its uses an undefined resid (property)", () => {
    const ids = [...SOURCE.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,20}$/), (id, fresh) => {
        fc.pre(!ids.includes(fresh));
        // The leading space keeps ` id="X"` (a definition) apart from ` resid="X"` (a use).
        const xml = edit(SOURCE, ` id="${id}"`, ` id="${fresh}"`);
        const uses = xml.split(`resid="${id}"`).length - 1;
        const problems = checkManifest({ manifestPath: writeTemp(xml), distDir: DIST });
        const undefinedUses = problems.filter((p) => p.message.en.includes(`resid “${id}” is not defined`));
        const unused = problems.filter((p) => p.message.en.includes(`Resource “${fresh}” is defined but never used`));
        return uses > 0 && undefinedUses.length === uses && unused.length === 1;
      }),
      { numRuns: 25 },
    );
  });
});
