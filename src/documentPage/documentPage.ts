import { roundDocxBlob } from "../docx/roundDocx";
import { decodeRoundDocument, roundDocxName } from "../docx/roundTransfer";
import { bilingual, PlanError } from "../plan/messages";
import { downloadBlob } from "../taskpane/saveFile";

/* global document, window, Blob, HTMLAnchorElement */

/**
 * document.html: opened by the pane in the user's browser on Excel for Windows and Mac, where the pane's webview
 * cannot download (saveFile.ts). It writes the .docx from the document the URL's fragment carries, with the
 * pane's own writer, downloads it, and keeps a link to save it again.
 */
export async function documentFromFragment(
  fragment: string
): Promise<{ name: string; blob: Blob }> {
  const round = await decodeRoundDocument(fragment);
  return { name: roundDocxName(round), blob: await roundDocxBlob(round) };
}

export async function startDocumentPage(): Promise<void> {
  const status = document.getElementById("status")!;
  const again = document.getElementById("save") as HTMLAnchorElement;
  try {
    const { name, blob } = await documentFromFragment(window.location.hash);
    downloadBlob(blob, name);
    // A browser may hold back a download the user did not click for: the link below is one they click.
    status.textContent = `บันทึก ${name} แล้ว ดูในโฟลเดอร์ดาวน์โหลด ถ้าไม่พบ กด บันทึกอีกครั้ง (${name} is saved: see your downloads; if it is not there, choose Save again)`;
    again.hidden = false;
    again.onclick = (event) => {
      event.preventDefault();
      downloadBlob(blob, name);
    };
  } catch (error) {
    status.textContent =
      error instanceof PlanError
        ? bilingual(error.detail)
        : `เกิดข้อผิดพลาด (An error): ${String(error)}`;
  }
}
