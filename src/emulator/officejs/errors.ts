/** Errors with the codes and messages Office.js gives, so the add-in's error handling is tested for real. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const notLoaded = (property: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

export const itemNotFound = (what: string) =>
  new OfficeError("ItemNotFound", "The requested resource doesn't exist.", what);

export const invalidArgument = (
  message = "The argument is invalid or missing or has an incorrect format."
) => new OfficeError("InvalidArgument", message);

export const sizeMismatch = () =>
  invalidArgument(
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
  );

export const protectedSheet = (sheet: string) =>
  new OfficeError(
    "AccessDenied",
    "The cell or chart you're trying to change is protected and therefore read-only.",
    `Worksheet '${sheet}'`
  );

/** Excel on the web's refusal of a batch whose request, or whose response, is larger than its limit. */
export const payloadTooLarge = (bytes: number, limit: number, part: "request" | "response") =>
  new OfficeError(
    part === "request" ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded",
    `The ${part} payload size has exceeded the limit (${bytes} bytes over ${limit}).`
  );

/** What Excel says when a command fails for a reason of its own (another workbook took focus, the host is busy). */
export const generalException = () =>
  new OfficeError("GeneralException", "There was an internal error while processing the request.");

export const alreadyExists = (name: string) =>
  new OfficeError(
    "ItemAlreadyExists",
    "A resource with the same name or identifier already exists.",
    name
  );

/** A member of a requirement set the host does not have (Excel's words; the location names the member). */
export const apiNotFound = (member: string) =>
  new OfficeError(
    "ApiNotFound",
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
    member
  );
