import { spawnSync } from "child_process";
import * as fs from "fs";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
} from "fs";
import { basename, join, relative } from "path";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { main } from "../../src/cli/main";
import { run, runUnprivileged, SEED_CHANGES, tempFolder, writeJson } from "./run";

const dir = tempFolder("local-plan-output-");
const CHANGES = writeJson(dir, SEED_CHANGES);
const copyOfSample = (name = `book-${Math.random().toString(36).slice(2)}.xlsx`) => {
  const file = join(dir, name);
  copyFileSync(SAMPLE_FILE, file);
  return file;
};
/** No Node stack trace: no "at f (file:line)" frames, no internal error names. */
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |node:internal|TypeError/);

describe("local-plan never destroys its input", () => {
  jest.setTimeout(60000);

  it("refuses an --out that is the input, by path, relative path, symlink or hard link, before reading anything", () => {
    const book = copyOfSample();
    const before = readFileSync(book);
    const sub = join(dir, "sub");
    mkdirSync(sub, { recursive: true });
    const symlink = join(dir, "link.xlsx");
    symlinkSync(book, symlink);
    const hardLink = join(sub, "hard.xlsx");
    linkSync(book, hardLink);
    for (const out of [
      book,
      `${relative(process.cwd(), sub)}/../${basename(book)}`,
      symlink,
      hardLink,
    ]) {
      // The changes file does not exist: the refusal comes first.
      const result = run(["amend", book, "--changes", join(dir, "absent.json"), "--out", out]);
      expect([out, result.status]).toEqual([out, 2]);
      expect(result.stderr).toMatch(/ทับไฟล์ต้นฉบับ.*never overwrites the input/);
      noStack(result.stderr);
      expect(readFileSync(book).equals(before)).toBe(true);
    }
  });

  it("refuses an output of the wrong kind, a missing folder, an unwritable folder and a device", () => {
    const book = copyOfSample();
    const wrongKind = run([
      "document",
      book,
      "--round",
      "2/2566",
      "--out",
      join(dir, "round.xlsx"),
    ]);
    expect(wrongKind.status).toBe(2);
    expect(wrongKind.stderr).toMatch(/ต้องเป็นไฟล์ \.docx.*must be a \.docx/);
    expect(existsSync(join(dir, "round.xlsx"))).toBe(false);
    const amendToWord = run(["amend", book, "--changes", CHANGES, "--out", join(dir, "x.docx")]);
    expect([amendToWord.status, amendToWord.stderr]).toEqual([2, expect.stringMatching(/\.xlsx/)]);

    const missing = run([
      "amend",
      book,
      "--changes",
      CHANGES,
      "--out",
      join(dir, "no-such", "out.xlsx"),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/ไม่พบโฟลเดอร์.*folder not found/i);
    noStack(missing.stderr);

    const locked = join(dir, "locked");
    mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    const unwritable = runUnprivileged([
      "amend",
      book,
      "--changes",
      CHANGES,
      "--out",
      join(locked, "out.xlsx"),
    ]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/ไม่มีสิทธิ์เขียน.*permission to write/);
    expect(readdirSync(locked)).toEqual([]);

    const full = run(["amend", book, "--changes", CHANGES, "--out", "/dev/full"]);
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(/ไม่ใช่ไฟล์ธรรมดา.*not a regular file/);
    noStack(full.stderr);
    expect(fs.statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("writes through a temporary file beside the target: a write failing half way (a full disk) leaves the target as it was", async () => {
    const book = copyOfSample();
    const target = join(dir, "kept", "out.xlsx");
    mkdirSync(join(dir, "kept"));
    fs.writeFileSync(target, "the office's earlier file");
    let written = 0;
    const fullDisk = ((fd: number, data: Uint8Array, offset: number, length: number) => {
      if (written > 4096) {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
        });
      }
      const n = fs.writeSync(fd, data, offset, Math.min(length, 1000));
      written += n;
      return n;
    }) as typeof fs.writeSync;
    const err: string[] = [];
    const code = await main(["amend", book, "--changes", CHANGES, "--out", target], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => err.push(s) },
      files: { ...fs, writeSync: fullDisk },
    });
    expect(code).toBe(2);
    expect(err.join("")).toMatch(/พื้นที่ดิสก์เต็ม.*disk is full/);
    expect(written).toBeGreaterThan(4096);
    expect(readFileSync(target, "utf8")).toBe("the office's earlier file");
    expect(readdirSync(join(dir, "kept"))).toEqual(["out.xlsx"]);

    // The same command with room on the disk replaces the target whole, and leaves no temporary file.
    expect(run(["amend", book, "--changes", CHANGES, "--out", target]).status).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(join(dir, "kept"))).toEqual(["out.xlsx"]);
  });

  it("an unexpected error is one Thai and English line naming the command, exit 1", async () => {
    const err: string[] = [];
    const code = await main(["check", SAMPLE_FILE], {
      stdout: {
        write: () => {
          throw new Error("the terminal went away");
        },
      },
      stderr: { write: (s: string) => err.push(s) },
    });
    expect(code).toBe(1);
    const text = err.join("");
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).toMatch(
      /ข้อผิดพลาดที่ไม่คาดคิด.*local-plan check.*Unexpected error.*the terminal went away/
    );
  });

  it("ends quietly when the reader of its output goes away (| head -1)", () => {
    for (const args of [`check ${SAMPLE_FILE} --json`, `summary ${SAMPLE_FILE}`, "--help"]) {
      const result = spawnSync("sh", ["-c", `node bin/local-plan.js ${args} | true`], {
        encoding: "utf8",
      });
      expect([args, result.stderr]).toEqual([args, ""]);
    }
    const head = spawnSync(
      "sh",
      ["-c", `node bin/local-plan.js summary ${SAMPLE_FILE} | head -1`],
      {
        encoding: "utf8",
      }
    );
    expect([head.stderr, head.stdout.split("\n").length]).toEqual(["", 2]);
  });
});
