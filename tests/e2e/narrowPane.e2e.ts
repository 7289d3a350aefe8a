import { mkdirSync } from "fs";
import { join } from "path";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { PROJECT_NAMES } from "../fixtures/seed";
import { openWorkbench, PANE_FRAME } from "./browser";

/**
 * The pane at the width of Excel's task pane (320 px): on every tab and step, nothing wider than the pane (so
 * nothing is reached by scrolling sideways), no element whose content spills out of it, and no short label broken
 * but at a space (Thai has none between words). Screenshots of each step
 * go to artifacts/e2e/narrow-*.png.
 */
const ARTIFACTS = "artifacts/e2e";
const WIDTH = 320;
let page: Page;
let pane: FrameLocator;
let frame: Frame;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ page, close } = await openWorkbench({ width: 1100, height: 2600 }));
  const iframe = page.locator(PANE_FRAME);
  await iframe.evaluate(
    (el, width) => ((el as HTMLIFrameElement).style.width = `${width}px`),
    WIDTH
  );
  pane = page.frameLocator(PANE_FRAME);
  await pane.getByText("องค์การบริหารส่วนตำบลคลองวาฬ").waitFor();
  frame = (await (await iframe.elementHandle())!.contentFrame())!;
});

afterAll(() => close?.());

/** What does not fit, in the pane's own document: each problem a line naming the element. */
function misfits(): Promise<string[]> {
  return frame.evaluate(() => {
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute("role") ? ` role=${el.getAttribute("role")}` : ""}> "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the pane scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      // An input scrolls its own value; a popup list is placed by Fluent, not the layout.
      if (el.matches("input, textarea, svg, svg *") || el.closest("[role=listbox]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > root.clientWidth + 0.5)
        problems.push(`past the pane's edge (${Math.round(box.right)}): ${name(el)}`);
      // (An icon's box may be narrower than its glyph; what matters is text cut off or spilling.)
      const hasText = (el.textContent ?? "").trim() !== "";
      if (hasText && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        problems.push(
          `content wider than its box (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}; reaching furthest: ${[
            ...el.querySelectorAll("*"),
          ]
            .map((c) => [c, c.getBoundingClientRect().right] as const)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 2)
            .map(
              ([c, right]) => `${name(c)} to ${Math.round(right)} (box to ${Math.round(box.right)})`
            )
            .join(", ")}`
        );
    }
    // A short label, button, tab or heading breaks only at a space: Thai has none between words, so a break
    // elsewhere splits a term (งบ/ประมาณ, เพิ่ม/เติม). Its visible text only (a Fluent tab keeps a hidden bold copy).
    for (const el of document.querySelectorAll("label, button, [role=tab], th, legend, h2, h3")) {
      const text = (el.textContent ?? "").trim();
      if (!text || text.length > 24 || el.closest("[role=listbox]")) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let top: number | undefined;
      let previous = " ";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (
          parent.closest("[aria-hidden=true]") ||
          getComputedStyle(parent).visibility === "hidden"
        )
          continue;
        const chars = node.textContent ?? "";
        for (let i = 0; i < chars.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          // A space at a line's end takes no room; it is still where the line broke.
          if (!rect || rect.width === 0) {
            previous = chars[i];
            continue;
          }
          const at = Math.round(rect.top);
          if (top !== undefined && at > top + 2 && !/\s/.test(previous) && !/\s/.test(chars[i]))
            problems.push(`a word broken inside, before "${chars.slice(i, i + 6)}": ${name(el)}`);
          top = at;
          previous = chars[i];
        }
      }
    }
    return problems;
  });
}

async function fits(step: string) {
  await page.waitForTimeout(150);
  await page.locator(PANE_FRAME).screenshot({ path: join(ARTIFACTS, `narrow-${step}.png`) });
  expect({ step, misfits: await misfits() }).toEqual({ step, misfits: [] });
}

async function chooseProject(name: string) {
  const box = pane.getByRole("combobox", { name: /โครงการ/ });
  await box.click();
  await box.pressSequentially(name.slice(0, 14));
  await pane.getByRole("option", { name: new RegExp(name.slice(0, 14)) }).click();
}

describe("the pane in 320 px", () => {
  it("fits on every tab and step", async () => {
    await fits("overview");

    await pane.getByRole("tab", { name: "บันทึกการแก้ไข" }).click();
    await fits("amend");
    await chooseProject(PROJECT_NAMES[1]);
    await pane.getByRole("textbox", { name: /เอกสาร/ }).fill("เพิ่มเติม ครั้งที่ ๑/๒๕๖๖");
    await pane.getByRole("textbox", { name: "หน้า" }).first().fill("11");
    await pane.getByRole("textbox", { name: "หน้า" }).last().fill("6");
    await pane.getByRole("textbox", { name: /จำนวนเงิน/ }).fill("300,000");
    await fits("amend-move");
    await pane.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }).click();
    await pane.getByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }).waitFor();
    await fits("amend-preview");

    await pane.getByRole("radio", { name: /เปลี่ยนรายละเอียด/ }).check();
    await fits("amend-change");
    await pane.getByRole("radio", { name: /เพิ่มโครงการใหม่/ }).check();
    await pane.getByRole("combobox", { name: /กลยุทธ์และแผนงาน/ }).click();
    await pane.getByRole("option", { name: "๖.๒ แผนงานอุตสาหกรรมและการโยธา" }).click();
    await fits("amend-add");
    await pane.getByRole("radio", { name: /ย้ายไปแผนงานอื่น/ }).check();
    await fits("amend-relocate");

    await pane.getByRole("radio", { name: /ย้ายงบประมาณข้ามปี/ }).check();
    await pane.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }).click();
    await pane.getByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }).waitFor();
    await pane.getByRole("button", { name: "บันทึกการแก้ไข", exact: true }).click();
    await pane.getByText("บันทึกการแก้ไขแล้ว").waitFor();
    await fits("amend-applied");

    await pane.getByRole("tab", { name: "ประวัติ/ยกเลิก" }).click();
    await fits("history");
    await pane.getByRole("button", { name: "ยกเลิกรายการล่าสุด" }).click();
    await pane.getByRole("dialog").waitFor();
    await fits("history-undo");
    await pane.getByRole("button", { name: "ไม่ยกเลิก" }).click();

    await pane.getByRole("tab", { name: "ผ.01" }).click();
    await fits("summary");

    await pane.getByRole("tab", { name: "จัดทำเอกสาร" }).click();
    await fits("document");

    await pane.getByRole("button", { name: "English" }).click();
    await pane.getByRole("tab", { name: "Record amendment" }).click();
    await fits("amend-english");
  });
});
