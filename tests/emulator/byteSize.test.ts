import { byteSize } from "../../src/emulator/officejs/context";

const asJson = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? "").length;

describe("the emulator's payload size", () => {
  it.each([
    [[["ก", 2, null, true, false, "", 'a"b\\c\n\t\u0001', -0, 1e21, 0.1, NaN]]],
    [["😀", "\ud800", "x\udc00", "\u2028", "€", "é", undefined]],
    [{ a: [1, "ข"], b: null }],
    ["๑,๔๐๐,๐๐๐"],
    [undefined],
    [[]],
    [[[]]],
    // Rows repeating the texts above them, column by column, some shorter, with holes, numbers and lists among them.
    [
      [
        ["เดิม", 'a"b', "x", 1],
        ["เดิม", 'a"b', "y", 1, "ยาว"],
        ["เดิม"],
        ["เดิม", "\ud800", "y", "1", "ยาว"],
        [, "\ud800", "y", "1"], // eslint-disable-line no-sparse-arrays
        [["เดิม"], [["เดิม"]], "y"],
        ["เดิม", undefined, "y"],
      ],
    ],
    [[["ก"], "ก", ["ก"]]],
  ])("of %j is the UTF-8 length of its JSON, counted without making it", (value) => {
    expect(byteSize(value)).toBe(asJson(value));
  });
});
