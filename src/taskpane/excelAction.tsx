import * as React from "react";
import { errorMessage } from "./errors";
import { Notices } from "./Notices";
import { say, type Language, type WordKey } from "./i18n";

/* global Excel */

export type Status = { intent: "success" | "error"; text: { th: string; en: string } } | undefined;

/**
 * Runs one piece of Excel work from a button: says so in Thai and English only once it is done (then `onDone`, to
 * read the workbook again), or what went wrong; tells the caller which.
 */
export function useExcelAction(
  done: WordKey,
  onDone: () => void
): [Status, (work: (context: Excel.RequestContext) => Promise<unknown>) => Promise<boolean>] {
  const [status, setStatus] = React.useState<Status>();
  const run = async (work: (context: Excel.RequestContext) => Promise<unknown>) => {
    try {
      await Excel.run(work);
      setStatus({ intent: "success", text: { th: say(done, "th"), en: say(done, "en") } });
      onDone();
      return true;
    } catch (error) {
      setStatus({ intent: "error", text: errorMessage(error) });
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
