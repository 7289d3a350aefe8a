/** Every message a user can see, in Thai first with English beside it. */
export interface Message {
  th: string;
  en: string;
}

export function message(th: string, en: string): Message {
  return { th, en };
}

/** One line for places that show a single string (Excel error tooltips, the command line). */
export function bilingual(m: Message): string {
  return `${m.th} (${m.en})`;
}

/**
 * An error the user caused and can fix: a bad cell, a year outside the plan, a project not found.
 * Hosts turn it into an Excel error, a pane message or exit code 2; it is never a crash.
 */
export class PlanError extends Error {
  readonly detail: Message;
  constructor(detail: Message) {
    super(bilingual(detail));
    this.name = "PlanError";
    this.detail = detail;
  }
}

export function planError(th: string, en: string): PlanError {
  return new PlanError(message(th, en));
}
