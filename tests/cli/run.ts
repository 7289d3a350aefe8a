import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from "child_process";
import { chmodSync, chownSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { PROJECT_NAMES } from "../fixtures/seed";

/** What the command-line tests share: the command run as a subprocess, and files written for it. */

/** A fresh folder that every user may enter, so a test can also run the command as an unprivileged user. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  return dir;
}

const BIN = resolve(__dirname, "../../bin/local-plan.js");

export const run = (args: string[], options: Partial<SpawnSyncOptionsWithStringEncoding> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", ...options });

/** The uid that root drops to, so that permissions are enforced (root reads and writes anything). */
export const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Runs the command as a user without the file's permissions (nobody, when the tests run as root). */
export const runUnprivileged = (args: string[]) =>
  run(args, asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {});

/** A file only its owner may touch, owned by the test's user (root's, when running as root). */
export function privateFile(file: string, data: string | Uint8Array): string {
  writeFileSync(file, data);
  if (asRoot) chownSync(file, 0, 0);
  chmodSync(file, 0o600);
  return file;
}

export function writeJson(dir: string, data: unknown): string {
  const file = join(dir, `data-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

/** The seed's two changes (แก้ไข ครั้งที่ ๒/๒๕๖๖) as a changes file. */
export const SEED_CHANGES = {
  round: "2/2566",
  approvedOn: "17/7/2566",
  changes: [
    {
      project: PROJECT_NAMES[0],
      move: { from: 2566, to: 2567 },
      was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 8, order: 1 },
      now: { page: 5, order: 1 },
    },
    {
      project: PROJECT_NAMES[1],
      move: { from: 2566, to: 2567, amount: 300000 },
      was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 11, order: 1 },
      now: { page: 6, order: 1 },
    },
  ],
};
