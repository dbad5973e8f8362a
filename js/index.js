// The engine of 师市党办发〔2025〕17号 for a page with its own UI: the JSON
// contract of docs/contract.md as JavaScript objects. Built into one folder
// with the wasm-bindgen module by scripts/build-js.sh.
import init, { assessJson, policyVersion, contractVersion } from './talent_rules.js';

export { init, policyVersion, contractVersion };

/** The result of one input (an object or its JSON text), or `{ error }`. */
export function assess(input) {
  return JSON.parse(assessJson(typeof input === 'string' ? input : JSON.stringify(input)));
}
