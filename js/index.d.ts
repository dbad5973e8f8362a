// Types of the engine module (js/index.js). The JSON contract of
// docs/contract.md, Input and Assessment with every id, amount and step, is
// contract.d.ts, generated from the engine's Rust types.
import type { Assessment, ErrorKind, Input } from './contract.js';
export type * from './contract.js';

/**
 * Loads the wasm: a URL, a Response, the bytes, or a compiled module; by default the file beside the module.
 * Await it once before anything else: the other functions throw an Error saying so until it has finished.
 */
export function init(source?: { module_or_path: RequestInfo | URL | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;

/** The policy the results follow: "师市党办发〔2025〕17号". Throws before init(). */
export function policyVersion(): string;

/** The version of the JSON contract ("1"). Throws before init(). */
export function contractVersion(): string;

/** The rejected input: a JSON path and a kind (docs/contract.md lists the kinds). */
export interface AssessError {
  error: { path: string; kind: ErrorKind; message: string; expected?: string[]; limit?: string };
}

/** The result of one input (an object or its JSON text), or `{ error }`. Throws before init(). */
export function assess(input: Input | string): Assessment | AssessError;

/** The unit a typed number is read in: `rate` is a fraction (0.0345, or "3.45 %"), `percent` a percentage (3.45). */
export type NumberUnit = 'yuan' | 'years' | 'months' | 'days' | 'people' | 'percent' | 'rate' | 'count';

/**
 * A number as people type it ("30万", "3年", "36个月", "3.45 %", full-width digits, thousands
 * separators) in `unit`, as the decimal text the contract takes ("300000"; "3年" in months is "36");
 * null when it is no number. Throws for an unknown unit, and before init().
 */
export function readNumber(text: string, unit: NumberUnit): string | null;
