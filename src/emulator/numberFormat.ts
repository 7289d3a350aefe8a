import { toThaiDigits } from "../common/thaiDigits";

/**
 * Cell text as Excel displays it for the number formats plan books use: General, 0, 0.00, #,##0, #,##0.00,
 * text (@), and Thai digits through a locale prefix such as [$-D000041E] or [$-th-TH,D000].
 */
export function formatCellText(value: unknown, numberFormat = "General"): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  const thai = /\[\$-[^\]]*D0{3}/i.test(numberFormat) || /\[\$-D07/i.test(numberFormat);
  const format = numberFormat
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0]
    .trim();
  let text: string;
  if (format === "" || /^general$/i.test(format) || format === "@") {
    text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(11)));
  } else {
    const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
    text = value.toLocaleString("en-US", {
      useGrouping: format.includes(","),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  }
  return thai ? toThaiDigits(text) : text;
}
