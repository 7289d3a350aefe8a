import API_SETS from "./apiSets.generated.json";
import { apiNotFound } from "./errors";

/**
 * The host level: the Excel the emulator stands in for. ExcelApi 1.14 is Excel 2021 (LTSC), 1.17 Excel 2024
 * (LTSC), "latest" Microsoft 365; any member of a later set fails as Excel fails it, with ApiNotFound.
 */
export type ExcelApiLevel = `1.${number}` | "latest";

/** Microsoft 365 on Windows and Mac, or Excel on the web (ExcelApiOnline instead of ExcelApiDesktop). */
export type Platform = "desktop" | "web";

type MemberSet = string | { get: string; set: string };
const TABLE = API_SETS as Record<string, Record<string, MemberSet>>;

function versionParts(version: string): number[] {
  return version.split(".").map(Number);
}

/** a ≥ b, version by version ("1.10" is above "1.9"). */
function atLeast(a: string, b: string): boolean {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  }
  return true;
}

/** The highest ExcelApi version @types/office-js tags a member with: what "latest" means. */
export const LATEST_EXCEL_API = Object.values(TABLE)
  .flatMap((members) => Object.values(members))
  .flatMap((set) => (typeof set === "string" ? [set] : [set.get, set.set]))
  .filter((set) => /^\d+\.\d+$/.test(set))
  .reduce((a, b) => (atLeast(a, b) ? a : b));

/**
 * The sets besides ExcelApi that hosts report, by the ExcelApi version they come with (Microsoft's requirement-set
 * pages: SharedRuntime 1.1 from Version 2002, 1.2 in Excel 2024 but not 2021; CustomFunctionsRuntime 1.3 in Excel
 * 2021 and 2024, 1.4 and 1.5 in Microsoft 365 only; ExcelApiDesktop 1.1 in Microsoft 365 on Windows and Mac;
 * ExcelApiOnline on the web only).
 */
function otherSets(excelApi: string, latest: boolean, platform: Platform): Record<string, string> {
  return {
    SharedRuntime: latest || atLeast(excelApi, "1.17") ? "1.2" : "1.1",
    CustomFunctionsRuntime: latest ? "1.5" : atLeast(excelApi, "1.12") ? "1.3" : "1.2",
    ...(latest ? { [platform === "web" ? "ExcelApiOnline" : "ExcelApiDesktop"]: "1.1" } : {}),
  };
}

/** What a host of this level answers to Office.context.requirements.isSetSupported. */
export function requirementSets(
  level: ExcelApiLevel = "latest",
  platform: Platform = "desktop"
): (name: string, minVersion?: string) => boolean {
  const latest = level === "latest";
  const excelApi = latest ? LATEST_EXCEL_API : level;
  const sets: Record<string, string> = {
    ExcelApi: excelApi,
    ...otherSets(excelApi, latest, platform),
  };
  return (name, minVersion = "1.1") => {
    const has = sets[name];
    return has !== undefined && atLeast(has, minVersion);
  };
}

/** The set a member of an Excel class is in ("1.9", "ExcelApiOnline 1.1"), for reading or for writing it. */
export function memberSet(
  excelClass: string,
  member: string,
  access: "get" | "set"
): string | undefined {
  // Own entries only: "constructor" or "toString" asked of a proxy are no Excel members.
  const members = Object.hasOwn(TABLE, excelClass) ? TABLE[excelClass] : undefined;
  const set = members && Object.hasOwn(members, member) ? members[member] : undefined;
  return typeof set === "object" ? set[access] : set;
}

/** What the gate needs of the request context: the host's sets, and the member whose call is being queued. */
export interface GateContext {
  host: { supports: (name: string, minVersion?: string) => boolean };
  /** The first member on the way to what is being queued that the host lacks ("Worksheet.notes"). */
  blocked?: string;
}

interface Gated {
  excelClass: string;
  /** The first member the host lacks on the path that made this object (worksheet.notes → every note). */
  blocked?: string;
}
const gates = new WeakMap<object, Gated>();

/** Each host's answer for each set, worked out once: the gate asks on every use of a member. */
const answers = new WeakMap<GateContext["host"], Map<string, boolean>>();

function supported(context: GateContext, set: string): boolean {
  let known = answers.get(context.host);
  if (!known) answers.set(context.host, (known = new Map()));
  let answer = known.get(set);
  if (answer === undefined) {
    const [name, version] = set.includes(" ") ? set.split(" ") : ["ExcelApi", set];
    known.set(set, (answer = context.host.supports(name, version)));
  }
  return answer;
}

/**
 * Runs `act` (a call, a read or a write of a member) with the member noted as blocked when the host lacks it or
 * the object was reached through a member it lacks. Every operation queued meanwhile, and every object made,
 * carries that note: the operation fails with ApiNotFound at sync, as Excel fails it.
 */
export function underMember<T>(
  context: GateContext,
  target: object,
  member: string,
  access: "get" | "set",
  act: () => T
): T {
  const gate = gates.get(target);
  const set = gate && memberSet(gate.excelClass, member, access);
  if (!gate || !set) return act();
  const outer = context.blocked;
  context.blocked =
    outer ?? gate.blocked ?? (supported(context, set) ? undefined : `${gate.excelClass}.${member}`);
  try {
    return act();
  } finally {
    context.blocked = outer;
  }
}

/** Throws ApiNotFound for an operation queued through a member the host lacks; called at sync. */
export function refuseBlocked(blocked: string | undefined): void {
  if (blocked) throw apiNotFound(blocked);
}

/**
 * Wraps a proxy object so that every use of a member of its Excel class goes through underMember. The table is
 * generated from @types/office-js (npm run api-sets), so a member the add-in starts to use is checked the day it
 * is written, with no change here.
 */
export function gated<T extends object>(target: T, excelClass: string, context: GateContext): T {
  const gate = { excelClass, blocked: context.blocked };
  gates.set(target, gate);
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      // The context is every proxy's own link, used by the emulator on every step: no request of its own.
      if (
        property === "context" ||
        typeof property !== "string" ||
        !memberSet(excelClass, property, "get")
      )
        return Reflect.get(object, property, receiver);
      const value = underMember(context, object, property, "get", () =>
        Reflect.get(object, property, receiver)
      );
      if (typeof value !== "function") return value;
      return function (this: unknown, ...args: unknown[]) {
        return underMember(context, object, property, "get", () => value.apply(this, args));
      };
    },
    set(object, property, value, receiver) {
      if (typeof property !== "string") return Reflect.set(object, property, value, receiver);
      return underMember(context, object, property, "set", () =>
        Reflect.set(object, property, value, receiver)
      );
    },
  });
  gates.set(proxy, gate);
  return proxy;
}
