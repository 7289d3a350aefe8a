/**
 * Writes src/emulator/officejs/apiSets.generated.json: for every class of the Excel namespace in
 * @types/office-js, the requirement set of each of its members, read from the `[Api set: ExcelApi 1.x]` tags of
 * their doc comments (a member with no tag of its own is in its class's set). The emulator refuses, as Excel does,
 * any member above the host level it was given. A test keeps the file in sync: `npm run api-sets` after updating
 * @types/office-js.
 */
import { readFileSync, writeFileSync } from "fs";

export const TYPES_FILE = "node_modules/@types/office-js/index.d.ts";
export const API_SETS_FILE = "src/emulator/officejs/apiSets.generated.json";

/** "1.9" (ExcelApi), "ExcelApiOnline 1.1", or a property read in one set and written from a later one. */
export type MemberSet = string | { get: string; set: string };

/** The set a tag names: `ExcelApi 1.1 for reading visibility; 1.2 for setting it.` reads in 1.1, writes in 1.2. */
export function parseTag(tag: string): MemberSet | undefined {
  const match = /^(Excel\w*) (\d+\.\d+)/.exec(tag.trim());
  if (!match) return undefined;
  const [, set, first] = match;
  const named = (version: string) => (set === "ExcelApi" ? version : `${set} ${version}`);
  const later = /; (\d+\.\d+) for setting|, (\d+\.\d+) for set\b/.exec(tag);
  return later ? { get: named(first), set: named(later[1] ?? later[2]) } : named(first);
}

function tagOf(doc: string[]): MemberSet | undefined {
  const line = doc.find((l) => l.includes("[Api set: "));
  const tag = line && /\[Api set: ([^\]]+)\]/.exec(line)?.[1];
  return tag ? parseTag(tag) : undefined;
}

/** The lower of two sets (an overloaded member takes the first set any of its forms is in). */
function lower(a: MemberSet, b: MemberSet): MemberSet {
  const version = (s: MemberSet) => (typeof s === "string" ? s : s.get);
  const key = (s: MemberSet) => version(s).split(/[ .]/).map(Number);
  const [x, y] = [key(a), key(b)];
  return x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]) ? a : b;
}

export function generateApiSets(source = readFileSync(TYPES_FILE, "utf8")): string {
  const lines = source.split("\n");
  const start = lines.indexOf("declare namespace Excel {");
  const end = lines.indexOf("    namespace Interfaces {", start);
  if (start < 0 || end < 0) throw new Error(`no Excel namespace in ${TYPES_FILE}`);
  const classes: Record<string, Record<string, MemberSet>> = {};
  let doc: string[] = [];
  let inDoc = false;
  let current: { members: Record<string, MemberSet>; set?: MemberSet } | undefined;
  for (const line of lines.slice(start + 1, end)) {
    if (/^\s*\/\*\*/.test(line)) {
      inDoc = true;
      doc = [];
    }
    if (inDoc) {
      doc.push(line);
      if (line.includes("*/")) inDoc = false;
      continue;
    }
    const declared =
      /^ {4}(?:abstract )?(class|interface|enum|function|const|type|namespace) (\w+)/.exec(line);
    if (declared) {
      current = declared[1] === "class" ? { members: {}, set: tagOf(doc) } : undefined;
      if (current) classes[declared[2]] = current.members;
      doc = [];
      continue;
    }
    const member = /^ {8}(?:readonly )?([A-Za-z_$][\w$]*)\??\s*[(:<]/.exec(line);
    if (member && current) {
      const set = tagOf(doc) ?? current.set;
      const name = member[1];
      if (set)
        current.members[name] = current.members[name] ? lower(current.members[name], set) : set;
      doc = [];
    }
  }
  const body = Object.keys(classes)
    .sort()
    .filter((name) => Object.keys(classes[name]).length > 0)
    .map((name) => `  ${JSON.stringify(name)}: ${JSON.stringify(classes[name])}`)
    .join(",\n");
  return `{\n${body}\n}\n`;
}

if (require.main === module) writeFileSync(API_SETS_FILE, generateApiSets());
