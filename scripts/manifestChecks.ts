/**
 * Offline validation of manifest.xml: Microsoft's validator calls a web service, so these checks stand in for
 * it here. Well-formed XML, the elements Office requires in the order its schema sets, unique ids, every resid
 * defined, and every URL pointing at a file the build writes, all under one base URL (the dev server's, or the
 * office's own host); a manifest to deploy (`checkProductionManifest`) names no localhost, contoso or plain http.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** The build's outputs and copied assets, as webpack.config.js names them. */
export const BUILD_OUTPUTS = [
  "taskpane.html",
  "functions.js",
  "functions.json",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
];

/** The files the manifest names: its DefaultValue attributes that are web addresses. */
export function manifestFileUrls(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]);
}

/** Every URL the manifest names: its files and its AppDomains. */
export function manifestUrls(xml: string): string[] {
  return [
    ...manifestFileUrls(xml),
    ...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim()),
  ];
}

/** The folder every file of the manifest lies under: the dev server's root or the office's host. */
export function manifestBase(xml: string): string {
  const folders = manifestFileUrls(xml).map((url) => url.slice(0, url.lastIndexOf("/") + 1));
  return folders.reduce((base, folder) => {
    while (!folder.startsWith(base))
      base = base.slice(0, base.lastIndexOf("/", base.length - 2) + 1);
    return base;
  }, folders[0] ?? "");
}

/** What a manifest to deploy must not name: the dev server, Microsoft's sample host, or an unencrypted URL. */
export function checkProductionManifest(xml: string): string[] {
  const problems: string[] = [];
  for (const url of manifestUrls(xml)) {
    if (/^http:/i.test(url))
      problems.push(`${url} is plain http; Office loads add-ins over https only`);
    if (/\/\/(localhost|127\.0\.0\.1)\b/i.test(url))
      problems.push(`${url} names localhost (the dev server); build with ADDIN_HOST=https://…/`);
    if (/contoso/i.test(url)) problems.push(`${url} names contoso, Microsoft's placeholder host`);
  }
  return problems;
}

/** The children of OfficeApp (a task-pane add-in) in the schema's order, and whether the schema requires each. */
const OFFICE_APP_CHILDREN: [name: string, required: boolean][] = [
  ["Id", true],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", true],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["VersionOverrides", false],
];
const OFFICE_APP_ORDER = OFFICE_APP_CHILDREN.map(([name]) => name);

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (name: string, attributes: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (typeof node !== "object" || node === null) return;
  const attributes = ((node as Node)[":@"] ?? {}) as Node;
  for (const [name, children] of Object.entries(node)) {
    if (name === ":@" || name === "#text") continue;
    visit(name, attributes);
    walk(children, visit);
  }
}

export function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed: ${valid.err.msg} (line ${valid.err.line})`];
  const tree = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
  }).parse(xml);
  const officeApp = (tree as Node[]).find((n) => "OfficeApp" in n);
  if (!officeApp) return ["no OfficeApp element"];

  const top = (officeApp.OfficeApp as Node[])
    .map((n) => Object.keys(n).find((k) => k !== ":@")!)
    .filter((k) => k !== "#text");
  const order = top.filter((name) => OFFICE_APP_ORDER.includes(name));
  const expected = OFFICE_APP_ORDER.filter((name) => order.includes(name));
  if (order.join() !== expected.join())
    problems.push(`OfficeApp children out of schema order: ${order.join(", ")}`);
  for (const [name, required] of OFFICE_APP_CHILDREN)
    if (required && !top.includes(name)) problems.push(`missing ${name}`);

  const ids = new Map<string, number>();
  const resids: string[] = [];
  const urls: string[] = [];
  const overrides = new Set<string>();
  walk(officeApp.OfficeApp, (name, attributes) => {
    if (typeof attributes.id === "string" && name !== "Host")
      ids.set(attributes.id, (ids.get(attributes.id) ?? 0) + 1);
    if (typeof attributes.resid === "string") resids.push(attributes.resid);
    if (typeof attributes.DefaultValue === "string" && /^https:/.test(attributes.DefaultValue))
      urls.push(attributes.DefaultValue);
    if (name === "Override" || name === "bt:Override") overrides.add(String(attributes.Locale));
  });
  for (const [id, n] of ids) if (n > 1) problems.push(`id ${id} is used ${n} times`);
  for (const resid of resids)
    if (!ids.has(resid)) problems.push(`resid ${resid} is not defined in Resources`);
  const base = manifestBase(xml);
  for (const url of urls) {
    if (!url.startsWith(base)) {
      problems.push(`${url} is not under ${base}, where the other files are`);
      continue;
    }
    const path = url.slice(base.length);
    if (path && !BUILD_OUTPUTS.includes(path))
      problems.push(`${url} points at ${path}, which the build does not write`);
  }
  const origins = new Set(manifestUrls(xml).map((u) => new URL(u).origin));
  if (origins.size !== 1)
    problems.push(`URLs use more than one origin: ${[...origins].join(", ")}`);
  if (!overrides.has("th-TH")) problems.push("no th-TH overrides for the display strings");
  return problems;
}
