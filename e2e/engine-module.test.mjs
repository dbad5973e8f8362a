// The engine as a JavaScript module (scripts/build-js.sh target/js-module,
// run by scripts/test.sh), loaded in Node: every acceptance case and some
// bad inputs give exactly what `talent-check assess` prints for them.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('../target/js-module/', import.meta.url));
const CASES = fileURLToPath(new URL('../rules/tests/policy_cases/', import.meta.url));
const CLI = fileURLToPath(new URL('../target/debug/talent-check', import.meta.url));

let engine;
before(async () => {
  assert.ok(existsSync(`${MODULE}index.js`), `no ${MODULE}: run scripts/build-js.sh target/js-module`);
  assert.ok(existsSync(CLI), `no ${CLI}: run cargo build -p talent-rules`);
  engine = await import(`${MODULE}index.js`);
  await engine.init({ module_or_path: readFileSync(`${MODULE}talent_rules_bg.wasm`) });
});

const cli = (input) => {
  try {
    return execFileSync(CLI, ['assess'], { input, encoding: 'utf8' });
  } catch (e) {
    return e.stderr; // bad input: the error JSON on stderr, exit 2
  }
};

test('before init, every function throws an error that says to call init first', () => {
  // A process of its own: this one's copy of the module is loaded in before().
  const script = `const m = await import(${JSON.stringify(`${MODULE}index.js`)});
    for (const f of [() => m.assess({}), () => m.assess('{}'), m.policyVersion, m.contractVersion]) {
      try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.message); }
    }
    await m.init({ module_or_path: (await import('node:fs')).readFileSync(${JSON.stringify(`${MODULE}talent_rules_bg.wasm`)}) });
    console.log(m.assess({}).error.path);`;
  const lines = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim().split('\n');
  assert.equal(lines.length, 5, lines.join('\n'));
  for (const line of lines.slice(0, 4)) {
    assert.match(line, /^Error talent-rules: call init\(\) first and wait for it \(await init\(\)\); it loads the engine, talent_rules_bg\.wasm · 请先调用 init\(\) 并等待其完成/);
  }
  assert.equal(lines[4], 'assessment_date', 'after init the same call answers');
});

test('the versions of the policy and of the contract', () => {
  assert.equal(engine.policyVersion(), '师市党办发〔2025〕17号');
  assert.equal(engine.contractVersion(), '1');
});

test('every acceptance case: the same result as talent-check, and the expected category', () => {
  const inputs = readdirSync(CASES).filter((n) => n.endsWith('.input.json'));
  assert.ok(inputs.length >= 20, `${inputs.length} cases`);
  for (const name of inputs) {
    const text = readFileSync(CASES + name, 'utf8');
    const result = engine.assess(JSON.parse(text));
    assert.deepEqual(result, JSON.parse(cli(text)), name);
    const expected = JSON.parse(readFileSync(CASES + name.replace('.input.', '.expected.'), 'utf8'));
    if ('category' in expected) assert.equal(result.category, expected.category, name);
    if (expected.error) assert.equal(result.error?.path, expected.error.path, name);
  }
});

test('bad input: the same error object, never an exception', () => {
  for (const text of ['not json', '{}', '{"assessment_date": "2026-02-30", "person": {"birth_date": "1990-01-01"}}',
    '{"assessment_date": "2026-11-24", "person": {"birth_date": "1990-01-01", "full_time_degree": "phd"}}']) {
    const result = engine.assess(text);
    assert.ok(result.error, text);
    assert.deepEqual(result, JSON.parse(cli(text)), text);
  }
});
