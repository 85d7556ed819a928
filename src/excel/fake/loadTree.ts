import { officeError } from "./fakeOfficeError";

/** What a load() asks for: every scalar property (`all`), and named properties or navigation paths below. */
export interface LoadTree {
  all: boolean;
  children: Map<string, LoadTree>;
  /** Collection paging ($top / $skip, or LoadOption top / skip). */
  top?: number;
  skip?: number;
}

export function emptyTree(all = false): LoadTree {
  return { all, children: new Map() };
}

/** Adds "format/font/bold"; the last part is marked `all` so that a navigation leaf loads its scalars. */
function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  let node = tree;
  for (const part of parts) {
    let child = node.children.get(part);
    if (!child) {
      child = emptyTree();
      node.children.set(part, child);
    }
    node = child;
  }
  if (parts.length > 0) node.all = true;
}

function addPaths(tree: LoadTree, paths: unknown, location: string): void {
  const list = typeof paths === "string" ? paths.split(",") : paths;
  if (!Array.isArray(list)) throw officeError("InvalidArgument", location, "load paths must be a string or an array");
  for (const path of list) {
    if (typeof path !== "string") throw officeError("InvalidArgument", location, "load paths must be strings");
    addPath(tree, path);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fromObject(options: Record<string, unknown>, location: string): LoadTree {
  const tree = emptyTree();
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") tree.all = value === true;
    else if (key === "$top" && typeof value === "number") tree.top = value;
    else if (key === "$skip" && typeof value === "number") tree.skip = value;
    else if (value === true) tree.children.set(key, emptyTree(true));
    else if (isRecord(value)) tree.children.set(key, fromObject(value, location));
    else if (value !== false) throw officeError("InvalidArgument", location, `bad load option '${key}'`);
  }
  return tree;
}

/**
 * Normalises every form load() accepts: nothing (all scalar properties), "values, format/font/bold",
 * ["values", "address"], { select: "…", expand: "…", top, skip }, and the typed option objects
 * { values: true, format: { font: { bold: true } }, $all: true }.
 * A leaf that names a navigation property ("format") loads all of that object's scalar properties.
 */
export function parseLoadOption(option: unknown, location: string): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  if (typeof option === "string" || Array.isArray(option)) {
    const tree = emptyTree();
    addPaths(tree, option, location);
    return tree;
  }
  if (!isRecord(option)) throw officeError("InvalidArgument", location, "load() takes a string, array or object");
  const keys = Object.keys(option);
  const isLoadOption = keys.length > 0 && keys.every((key) => ["select", "expand", "top", "skip"].includes(key));
  if (!isLoadOption) return fromObject(option, location);
  const tree = emptyTree(option.select === undefined);
  if (option.select !== undefined) addPaths(tree, option.select, location);
  if (option.expand !== undefined) addPaths(tree, option.expand, location);
  if (typeof option.top === "number") tree.top = option.top;
  if (typeof option.skip === "number") tree.skip = option.skip;
  return tree;
}

/** A compact rendering of a tree for the operation log ("values,format/font/bold"). */
export function describeTree(tree: LoadTree): string {
  const parts: string[] = [];
  const walk = (node: LoadTree, prefix: string): void => {
    if (node.children.size === 0) {
      parts.push(prefix === "" ? "*" : prefix);
      return;
    }
    if (node.all) parts.push(prefix === "" ? "*" : `${prefix}/*`);
    for (const [name, child] of node.children) walk(child, prefix === "" ? name : `${prefix}/${name}`);
  };
  walk(tree, "");
  return parts.join(",");
}
