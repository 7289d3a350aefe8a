/**
 * Writes src/functions/functions.json, the custom-function metadata that the workbook emulator registers in
 * HyperFormula. The build makes the same file for Excel (custom-functions-metadata-plugin); a test keeps the
 * two equal, so run this after changing a function's JSDoc: `npm run metadata`.
 */
import { writeFileSync } from "fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

export const FUNCTIONS_SOURCE = "src/functions/functions.ts";
export const METADATA_FILE = "src/functions/functions.json";

export async function generateMetadata(): Promise<string> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  return result.metadataJson;
}

if (require.main === module) {
  generateMetadata().then((json) => writeFileSync(METADATA_FILE, json + "\n"));
}
