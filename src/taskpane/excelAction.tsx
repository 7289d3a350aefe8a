import * as React from "react";
import { WriteStopped } from "../excel/revert";
import type { Message } from "../plan";
import { errorMessage } from "./errors";
import { Notices } from "./Notices";
import { say, type Language, type WordKey } from "./i18n";

/* global Excel */

export type Status =
  { intent: "success" | "warning" | "error"; text: { th: string; en: string } } | undefined;

/**
 * Runs one piece of Excel work from a button: says so in Thai and English only once it is done, with what it could
 * not do in this Excel (the work's `notices`), then `onDone`, to read the workbook again; or what went wrong.
 * Tells the caller which.
 */
export function useExcelAction(
  done: WordKey,
  onDone: () => void
): [Status, (work: (context: Excel.RequestContext) => Promise<unknown>) => Promise<boolean>] {
  const [status, setStatus] = React.useState<Status>();
  const run = async (work: (context: Excel.RequestContext) => Promise<unknown>) => {
    try {
      const result = await Excel.run(work);
      const notices = (result as { notices?: Message[] } | undefined)?.notices ?? [];
      const text = (language: Language) =>
        [say(done, language), ...notices.map((n) => n[language])].join(" · ");
      setStatus({
        intent: notices.length > 0 ? "warning" : "success",
        text: { th: text("th"), en: text("en") },
      });
      onDone();
      return true;
    } catch (error) {
      setStatus({ intent: "error", text: errorMessage(error) });
      // Excel stopped the work half-way and it is logged as unfinished: what the pane shows is read again.
      if (error instanceof WriteStopped) onDone();
      return false;
    }
  };
  return [status, run];
}

export function StatusBar({
  status,
  language,
}: {
  status: Status;
  language: Language;
}): React.JSX.Element | null {
  return <Notices notices={[status]} language={language} />;
}
