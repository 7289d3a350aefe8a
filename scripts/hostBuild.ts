/**
 * The build for an office's own web server, as pure functions (scripts/package-host.ts runs them on dist/ after
 * webpack): the host read from ADDIN_HOST, the manifest rewritten to name only that host, the files the server
 * must carry (zipped), and the .reg file that trusts a shared-folder catalog on Windows.
 */
import { createHash } from "crypto";
import JSZip from "jszip";
import { checkManifest, checkProductionManifest, manifestFileUrls } from "./manifestChecks";

/** The dev server the repository's manifest names (webpack.config.js serves it for sideloading). */
export const DEV_HOST = "https://localhost:3000/";

/**
 * Where the workbench page's HyperFormula licence is kept in dist/ and the zip: HyperFormula's own notice (it is
 * used under GPL-3.0) and the GPL's full text, which that notice only points at.
 */
export const HYPERFORMULA_LICENCE = "licenses/hyperformula-LICENSE.txt";
export const GPL_TEXT = "licenses/GPL-3.0.txt";

/**
 * The GPL-3.0 terms as the Free Software Foundation publishes them, cut from JSZip's LICENSE.markdown (JSZip, a
 * dependency, is dual MIT/GPLv3 and ships the full text; HyperFormula's package does not).
 */
export function gplTerms(jszipLicence: string): string {
  const start = jszipLicence.search(/^ *GNU GENERAL PUBLIC LICENSE\s*\n *Version 3, 29 June 2007/m);
  const end = jszipLicence.indexOf("END OF TERMS AND CONDITIONS");
  if (start < 0 || end < start)
    throw new Error("JSZip's LICENSE.markdown no longer holds the GPL-3.0 text");
  return `${jszipLicence.slice(start, end + "END OF TERMS AND CONDITIONS".length)}\n`;
}

/** What the build writes for installing, beside the hosted files; never itself hosted. */
export const INSTALL_FOLDER = "install";
export const WEB_ZIP = `${INSTALL_FOLDER}/local-plan-addin-web.zip`;
export const CATALOG_REG = `${INSTALL_FOLDER}/trust-local-plan-catalog.reg`;

/** The UNC path written into the .reg when none is given: the guide says to replace it. */
export const CATALOG_PLACEHOLDER = "\\\\SERVER\\addin-catalog";

/** A bad ADDIN_HOST or ADDIN_CATALOG: its message is Thai, then English. */
export class HostBuildError extends Error {}

const refuse = (th: string, en: string): never => {
  throw new HostBuildError(`${th}\n${en}`);
};

/**
 * ADDIN_HOST as the build takes it: an https URL of a folder (ending in `/`) on a real server. Undefined when it
 * is not set (the build then keeps the dev server's manifest); anything else is refused with the reason.
 */
export function parseAddinHost(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(
      `ADDIN_HOST "${text}" ไม่ใช่ URL: ใส่ที่อยู่โฟลเดอร์บนเว็บเซิร์ฟเวอร์ เช่น https://plan.example.go.th/addin/`,
      `ADDIN_HOST "${text}" is not a URL: give the folder on the web server, e.g. https://plan.example.go.th/addin/`
    );
  }
  if (url.protocol !== "https:")
    refuse(
      `ADDIN_HOST ต้องขึ้นต้นด้วย https:// (Office โหลดโปรแกรมเสริมผ่าน https เท่านั้น): ${text}`,
      `ADDIN_HOST must start with https:// (Office loads add-ins over https only): ${text}`
    );
  if (!text.endsWith("/") || url.search || url.hash)
    refuse(
      `ADDIN_HOST ต้องเป็นโฟลเดอร์ ลงท้ายด้วย / และไม่มี ? หรือ #: ${text}`,
      `ADDIN_HOST must be a folder, ending in / with no ? or #: ${text}`
    );
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname) || /contoso/i.test(url.hostname))
    refuse(
      `ADDIN_HOST ต้องเป็นเซิร์ฟเวอร์จริงของหน่วยงาน ไม่ใช่ ${url.hostname}: ${text}`,
      `ADDIN_HOST must be the office's real server, not ${url.hostname}: ${text}`
    );
  return url.href;
}

/** The manifest naming only `host`: every file URL under it and the AppDomain its origin. */
export function manifestForHost(xml: string, host: string): string {
  const devOrigin = new URL(DEV_HOST).origin;
  return xml
    .split(DEV_HOST)
    .join(host)
    .replace(
      new RegExp(`<AppDomain>${devOrigin}</AppDomain>`, "g"),
      `<AppDomain>${new URL(host).origin}</AppDomain>`
    );
}

/** Every problem with a manifest to deploy from `host`, given the files dist/ holds. */
export function hostManifestProblems(
  xml: string,
  host: string,
  files: readonly string[]
): string[] {
  const problems = [...checkManifest(xml), ...checkProductionManifest(xml)];
  for (const url of manifestFileUrls(xml)) {
    if (!url.startsWith(host)) problems.push(`${url} is not under ${host}`);
    else if (!files.includes(url.slice(host.length)))
      problems.push(`${url} names ${url.slice(host.length)}, which dist/ does not hold`);
  }
  return problems;
}

/**
 * Problems that would stop a built page working from a plain static server: a script, stylesheet or frame it
 * loads by an absolute address (other than office.js from Microsoft's CDN) or a file dist/ does not hold.
 */
export function staticPageProblems(page: string, html: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [, , target] of html.matchAll(
    /<(?:script|link|iframe)\b[^>]*?\b(src|href)="?([^"\s>]+)/g
  )) {
    if (target.startsWith("https://appsforoffice.microsoft.com/")) continue;
    if (/^([a-z]+:|\/)/i.test(target))
      problems.push(`${page} loads ${target} by an absolute address`);
    else if (!files.includes(target))
      problems.push(`${page} loads ${target}, which dist/ does not hold`);
  }
  return problems;
}

/** The files an office's web server must carry: dist/ without source maps and without the install folder. */
export function hostedFiles(files: readonly string[]): string[] {
  return files
    .filter((f) => !f.endsWith(".map") && !f.startsWith(`${INSTALL_FOLDER}/`))
    .sort((a, b) => a.localeCompare(b));
}

/**
 * For IIS: the MIME types of what the add-in serves (IIS answers 404 for an extension it has no type for);
 * each is removed first, since adding a type IIS already has is an error. Other servers ignore the file.
 */
export const IIS_WEB_CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.webServer>
    <staticContent>
${[
  [".json", "application/json"],
  [".js", "text/javascript"],
  [".xml", "application/xml"],
  [".txt", "text/plain; charset=utf-8"],
  [".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
]
  .map(
    ([ext, type]) =>
      `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${type}" />`
  )
  .join("\n")}
    </staticContent>
  </system.webServer>
</configuration>
`;

/** The zip of the hosted files, each at its path in dist/. */
export function webZip(
  read: (file: string) => Uint8Array,
  files: readonly string[]
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file, read(file));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A catalog's key name: a GUID made from the host, so a rebuild for the same host trusts the same catalog. */
export function catalogGuid(host: string): string {
  const hex = createHash("sha1").update(`local-plan-addin catalog ${host}`).digest("hex");
  const parts = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ];
  return `{${parts.join("-").toUpperCase()}}`;
}

/** A shared folder as Windows names it on the network, `\\server\share[\folder…]`; anything else is refused. */
export function parseCatalogPath(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return CATALOG_PLACEHOLDER;
  const path = value.trim().replace(/\\+$/, "");
  if (!/^\\\\[^\\/:*?"<>|]+\\[^\\/:*?"<>|]+(\\[^\\/:*?"<>|]+)*$/.test(path))
    refuse(
      `ADDIN_CATALOG ต้องเป็นโฟลเดอร์ที่แชร์ในเครือข่าย เช่น \\\\server\\addin-catalog: ${value}`,
      `ADDIN_CATALOG must be a network shared folder, e.g. \\\\server\\addin-catalog: ${value}`
    );
  return path;
}

/**
 * The .reg that trusts a shared folder as an add-in catalog, as Microsoft documents it ("Configure the trust with
 * a Registry script", learn.microsoft.com/office/dev/add-ins/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins):
 * key TrustedCatalogs\{GUID} under HKCU\Software\Microsoft\Office\16.0\WEF, Id the same GUID, Url the UNC path
 * with each backslash doubled, Flags 1 (Show in Menu). CRLF lines, as regedit writes them.
 */
export function trustedCatalogReg(guid: string, uncPath: string): string {
  return [
    "Windows Registry Editor Version 5.00",
    "",
    `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}]`,
    `"Id"="${guid}"`,
    `"Url"="${uncPath.replace(/\\/g, "\\\\")}"`,
    `"Flags"=dword:00000001`,
    "",
  ].join("\r\n");
}
