// The engine as a JavaScript module (scripts/build-js.sh target/js-module,
// run by scripts/test.sh), loaded in Node: every acceptance case and some
// bad inputs give exactly what `talent-check assess` prints for them. Then
// in Chromium: the complete page of docs/embedding.md, under its own policy.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serveDist } from './static-server.mjs';
import { CLI } from './session.mjs';

const MODULE = fileURLToPath(new URL('../target/js-module/', import.meta.url));
const CASES = fileURLToPath(new URL('../rules/tests/policy_cases/', import.meta.url));
const EMBEDDING = fileURLToPath(new URL('../docs/embedding.md', import.meta.url));

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

// The complete page of docs/embedding.md, between its markers, as written there.
function documentedPage() {
  const found = readFileSync(EMBEDDING, 'utf8').match(/<!-- engine-page -->\n```html\n([\s\S]*?)```\n<!-- \/engine-page -->/);
  assert.ok(found, 'docs/embedding.md: no ```html block between <!-- engine-page --> and <!-- /engine-page -->');
  return found[1];
}
const policyOf = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];

// Serves `html` as /engine.html beside the built module (/talent-rules/),
// its policy sent as a header too, and opens it in Chromium, recording the
// console and every violation the page reports.
async function openPage(browser, html) {
  const server = await serveDist({ '/engine.html': html }, 0, { 'content-security-policy': policyOf(html) }, MODULE, '/talent-rules/');
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
  await page.goto(`${server.url}engine.html`);
  const close = async () => { await context.close(); await server.close(); };
  return { page, messages, close, violations: () => page.evaluate(() => window.violations) };
}

test('the complete page of docs/embedding.md prints the result under its policy, with no violation', async () => {
  const html = documentedPage();
  const policy = policyOf(html);
  assert.ok(policy, 'the page names its Content Security Policy in a <meta>');
  assert.match(policy, /script-src [^;]*'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  const script = html.match(/<script type="module">([\s\S]*?)<\/script>/)[1];
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  assert.ok(policy.includes(hash), `the policy in docs/embedding.md allows its script by ${hash}`);
  const browser = await launch();
  try {
    const app = await openPage(browser, html);
    await app.page.waitForFunction(() => !document.getElementById('result').textContent.startsWith('计算中'));
    assert.equal(await app.page.textContent('#result'), 'B 类人才，最多 608800.00 元 · Category B, up to ¥608800.00');
    assert.equal(await app.page.textContent('#policy'), engine.policyVersion());
    assert.deepEqual(await app.violations(), []);
    assert.deepEqual(app.messages, [], 'console messages');
    await app.close();
  } finally {
    await browser.close();
  }
});

test('each source the documented policy names is needed: without it the page reports a violation and no result', async () => {
  const html = documentedPage();
  const policy = policyOf(html);
  const browser = await launch();
  try {
    for (const [source, narrowed, violated] of [
      ["'wasm-unsafe-eval'", policy.replace(" 'wasm-unsafe-eval'", ''), /^script-src(-elem)? wasm-eval$/],
      ["script-src 'self'", policy.replace("script-src 'self' ", 'script-src '), /^script-src(-elem)? http:\/\/127\.0\.0\.1:\d+\/talent-rules\/index\.js$/],
      ["connect-src 'self'", policy.replace("; connect-src 'self'", ''), /^connect-src http:\/\/127\.0\.0\.1:\d+\/talent-rules\/talent_rules_bg\.wasm$/],
    ]) {
      assert.notEqual(narrowed, policy, source);
      const app = await openPage(browser, html.replace(policy, narrowed));
      await app.page.waitForFunction(() => window.violations.length > 0);
      const violations = await app.violations();
      assert.ok(violations.some((v) => violated.test(v)), `without ${source}: ${violations.join(', ')}`);
      assert.doesNotMatch(await app.page.textContent('#result'), /Category/, source);
      await app.close();
    }
  } finally {
    await browser.close();
  }
});
