import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import type { Message } from "../plan";
import type { Language } from "./i18n";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  text: Message;
  title?: string;
}

/** The pane's messages, each a message bar in the language shown, its lines wrapping. */
export function Notices({
  notices,
  language,
  children,
}: {
  notices: readonly (Notice | undefined)[];
  language: Language;
  /** More of the first message (a list under its text). */
  children?: React.ReactNode;
}): React.JSX.Element | null {
  const shown = notices.filter((n): n is Notice => n !== undefined);
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((notice, i) => (
        <MessageBar key={i} intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.text[language]}
            {i === 0 && children}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
