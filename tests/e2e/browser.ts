import { existsSync, readFileSync } from "fs";
import { createServer, type Server } from "http";
import { extname, join, normalize } from "path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium; the e2e tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH). ` +
        `ไม่พบ Chromium: ติดตั้งด้วยคำสั่ง apt-get install -y chromium`
    );
  }
}

export function launch(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves the built dist/ folder on a free loopback port; office.js from Microsoft's CDN answers 404 here. */
export function serveDist(root = "dist"): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)
    ).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path === "/" ? "workbench.html" : path);
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}`, server });
    })
  );
}

/** The task pane's frame in the workbench. */
export const PANE_FRAME = 'iframe[title="บานหน้าต่าง (task pane)"]';

/**
 * The built workbench in Chromium, in a page of the size given. No internet here: Microsoft's office.js is not
 * reachable, and the workbench does not need it. `close` ends the browser and the server.
 */
export async function openWorkbench(
  viewport: { width: number; height: number },
  options: { acceptDownloads?: boolean } = {}
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { url, server } = await serveDist();
  const browser = await launch();
  const page = await browser.newPage({ viewport, ...options });
  await page.route("**/appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(`${url}/workbench.html`);
  return {
    page,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
