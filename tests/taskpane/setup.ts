import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "util";

// jsdom lacks what Fluent UI and the emulator use from a real browser.
Object.assign(globalThis, { TextEncoder, TextDecoder });
