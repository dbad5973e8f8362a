// The engine of 师市党办发〔2025〕17号 for a page with its own UI: the JSON
// contract of docs/contract.md as JavaScript objects. Built into one folder
// with the wasm-bindgen module by scripts/build-js.sh.
import load, { assessJson, policyVersion as policy, contractVersion as contract, readNumber as read } from './talent_rules.js';

let loaded = false;

/** Loads the engine's wasm (by default talent_rules_bg.wasm beside this file); everything else needs it. */
export async function init(source) {
  const exports = await load(source);
  loaded = true;
  return exports;
}

// Without its wasm the glue fails with a TypeError about its own internals.
function assertLoaded() {
  if (!loaded) {
    throw new Error('talent-rules: call init() first and wait for it (await init()); it loads the engine, talent_rules_bg.wasm · 请先调用 init() 并等待其完成（await init()），它加载引擎 talent_rules_bg.wasm');
  }
}

/** The policy the results follow. */
export function policyVersion() {
  assertLoaded();
  return policy();
}

/** The version of the JSON contract. */
export function contractVersion() {
  assertLoaded();
  return contract();
}

/** The result of one input (an object or its JSON text), or `{ error }`. */
export function assess(input) {
  assertLoaded();
  return JSON.parse(assessJson(typeof input === 'string' ? input : JSON.stringify(input)));
}

/**
 * A number typed as people type it (30万, 3年, 36个月, 3.45 %, full-width digits,
 * thousands separators) in a unit, as the decimal text the contract takes; null when it is none.
 */
export function readNumber(text, unit) {
  assertLoaded();
  return read(String(text), unit) ?? null;
}
