// What to do next after the talent result (src/next_steps/), written by a
// worker once there is a result: the checklist of documents, the way to each
// office (with the deployer's contacts.json or without), the person's dates
// as an iCalendar file, and the review code a help desk opens in the app.
// The journeys by keys and taps run in Chromium, Firefox and WebKit; printing,
// the deployer's contacts, the kiosk and the screenshots at phone and
// tablet widths in Chromium.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { launch, eventually, expectText, expectHidden } from './browser.mjs';
import { serveDist } from './static-server.mjs';
import { ENGINES, launchEngine } from './engines.mjs';
import { phdAtEnterprise } from './answers.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const SHOTS = new URL('results/next-steps/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });
const shot = (name) => new URL(name, SHOTS).pathname;

// No accessibility violations by axe-core (WCAG 2.0–2.2 A and AA rules) in
// what this file tests: the next steps and the help desk's review.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function assertAccessible(page, include) {
  await page.evaluate(AXE);
  const result = await page.evaluate((within) => window.axe.run({ include: [within] }, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }), include);
  const problems = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(problems, [], 'axe-core violations');
}

let server;
before(async () => { server = await serveDist(); });
after(async () => { await server?.close(); });

// An iCalendar file read as RFC 5545 says: lines end in CRLF, none longer
// than 75 octets, continuations start with a space and are joined first;
// each content line is NAME[;PARAM=…]:VALUE; BEGIN and END nest. The
// result is the outermost component, with its properties and components.
export function parseICalendar(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `a bare line break in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line) <= 75, `longer than 75 octets: ${line}`);
  }
  const lines = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack = [{ name: '', props: [], children: [] }];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    assert.ok(m, `not a content line: ${line}`);
    const [, name, params, value] = m;
    const top = stack[stack.length - 1];
    if (name === 'BEGIN') {
      const child = { name: value, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      assert.equal(value, top.name, `END:${value} closes ${top.name}`);
      stack.pop();
    } else {
      top.props.push({ name, params: params.slice(1), value });
    }
  }
  assert.equal(stack.length, 1, 'every BEGIN has its END');
  assert.equal(stack[0].children.length, 1, 'one calendar');
  return stack[0].children[0];
}

const prop = (component, name) => component.props.find((p) => p.name === name);
// A TEXT value unescaped (RFC 5545 §3.3.11).
const unescape = (v) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

// The PhD's calendar holds the last day of the age condition (2038-04-15), with a reminder.
function checkCalendar(text, summary) {
  const cal = parseICalendar(text);
  assert.equal(cal.name, 'VCALENDAR');
  assert.equal(prop(cal, 'VERSION').value, '2.0');
  assert.ok(prop(cal, 'PRODID'));
  const events = cal.children.filter((c) => c.name === 'VEVENT');
  assert.ok(events.length > 1, `${events.length} events`);
  for (const e of events) for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) assert.ok(prop(e, name), `${name} in every event`);
  const age = events.find((e) => prop(e, 'DTSTART').value === '20380415');
  assert.ok(age, 'the age condition\'s last day');
  assert.equal(prop(age, 'DTSTART').params, 'VALUE=DATE');
  assert.match(unescape(prop(age, 'SUMMARY').value), summary);
  const alarm = age.children.find((c) => c.name === 'VALARM');
  assert.equal(prop(alarm, 'TRIGGER').value, '-P14D');
}

test('the iCalendar reader refuses what RFC 5545 does not allow', () => {
  const ok = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-A:one\r\n  two\r\nEND:VCALENDAR\r\n';
  assert.equal(prop(parseICalendar(ok), 'X-A').value, 'one two');
  assert.throws(() => parseICalendar('BEGIN:VCALENDAR\nEND:VCALENDAR\n'));
  assert.throws(() => parseICalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n'));
  assert.throws(() => parseICalendar(`BEGIN:VCALENDAR\r\nX-A:${'x'.repeat(80)}\r\nEND:VCALENDAR\r\n`));
  assert.throws(() => parseICalendar('BEGIN:VCALENDAR\r\nno colon\r\nEND:VCALENDAR\r\n'));
});

const fits = (expected) => (seen) => (expected instanceof RegExp ? typeof seen === 'string' && expected.test(seen) : seen === expected);
const property = (page, selector, name) => page.evaluate(([s, n]) => document.querySelector(s)?.[n] ?? null, [selector, name]);
const text = (page, selector, expected, timeout = 30000) => eventually(`${page.name}: text of ${selector}`,
  () => property(page, selector, 'textContent'), fits(expected), expected, timeout);
const waitFor = (page, selector, timeout = 30000) => eventually(`${page.name}: ${selector} shown`,
  () => page.evaluate((s) => document.querySelector(s) !== null, selector), fits(true), true, timeout);

// Opens `path` with nothing saved from an earlier journey, once the app runs.
async function open(page, path = '') {
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.goto('about:blank');
  await page.goto(server.url + path);
  await waitFor(page, 'main form');
  await eventually(`${page.name}: the app runs`, () => page.evaluate(() => document.getElementById('prepaint') === null),
    fits(true), true, 15000);
}

// The PhD of the acceptance case phd-enterprise-b, by keys and clicks; the
// date with "/" between its parts, which every engine's date box takes.
async function typePhd(page) {
  await page.type('#birth-date', '04/15/1992');
  await page.select('#degree', 'doctorate');
  await page.click('#mode-full_time');
  await page.select('#employer-type', 'enterprise');
  await page.click('#first-social-insurance');
  await page.type('#contract-years', '3');
  await text(page, '#total-talent', '608,800.00 元');
}

// The calendar file the page offers, read as the download would be.
const calendarFile = (page) => page.evaluate(() => fetch(document.getElementById('next-ics').href).then((r) => r.text()));

for (const engine of ENGINES) {
  describe(engine, () => {
    let page;
    let code;
    before(async () => { page = await launchEngine(engine); });
    after(async () => { await page?.close(); });

    test(`${engine}: a PhD's result offers the checklist, the offices and the calendar`, async () => {
      await open(page);
      await typePhd(page);
      await waitFor(page, '#next-ics[href^="blob:"]');
      checkCalendar(await calendarFile(page), /^年龄条件最后一天：B类人才$/);
      assert.equal(await page.evaluate(() => document.querySelectorAll('#checklist input[type=checkbox]').length), 7);
      await text(page, '#checklist li:first-child .for', '用于：生活补助、住房补助、购房补助、人才服务卡');
      await text(page, '#offices h4', '第1步：师市人社局');
      // No contacts.json from the deployer: where to ask, and no address or number made up.
      await text(page, '#hotline', /12345 政务服务便民热线/);
      assert.equal(await page.evaluate(() => document.querySelector('#offices a[href^="tel:"]')), null);
      // A box ticked by keys.
      await page.evaluate(() => document.getElementById('doc-id_card').focus());
      await page.press('Space');
      await eventually(`${engine}: ticked`, () => property(page, '#doc-id_card', 'checked'), fits(true), true);
      await page.evaluate(() => document.getElementById('next-steps').scrollIntoView());
      await page.screenshot(shot(`${engine}-zh.png`));
      await page.click('#lang-switch');
      await text(page, '#next-heading', 'What to do next');
      await waitFor(page, '#next-ics[href^="blob:"]');
      checkCalendar(await calendarFile(page), /^Last day of the age condition: Category B talent$/);
      await page.evaluate(() => document.getElementById('next-steps').scrollIntoView());
      await page.screenshot(shot(`${engine}-en.png`));
      code = await property(page, '#next-code', 'value');
      assert.match(code, /^r1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
      await page.click('#lang-switch');
      await text(page, '#next-heading', '下一步');
    });

    test(`${engine}: a help desk opens the review code and sees the result reproduced`, async () => {
      assert.ok(code, 'the previous journey gave a code');
      await open(page, `#${code}`);
      await text(page, '#desk-verdict', /^已重现/);
      await text(page, '[data-field="totals.talent"] td:last-child', '608,800.00 元');
      await text(page, '[data-field="benefits.talent_service_card"] td', '非现金待遇');
      assert.equal(await page.evaluate(() => document.querySelectorAll('#desk-table tr.differs').length), 0);
      // A code with a few letters lost on the way, pasted into the box.
      await page.type('#desk-code', code.slice(0, 40) + code.slice(46));
      await page.click('#desk-open');
      await text(page, '#desk-error', /校验不符/);
      await page.type('#desk-code', code);
      await page.click('#desk-open');
      await text(page, '#desk-verdict', /^已重现/);
      await page.screenshot(shot(`${engine}-desk.png`));
      await page.click('#desk-close');
      await eventually(`${engine}: the review closed`, () => page.evaluate(() => document.getElementById('help-desk')), fits(null), null);
    });
  });
}

describe('chromium', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  // A fresh page without the service worker, so that a file served here is the one read.
  async function phdPage(url, viewport = { width: 390, height: 844 }) {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    const warnings = [];
    page.on('worker', (w) => w.on('console', (m) => warnings.push(m.text())));
    await page.goto(url);
    await page.waitForSelector('#prepaint', { state: 'detached' });
    await phdAtEnterprise(page);
    await page.waitForSelector('#checklist');
    return { page, context, warnings };
  }

  test('the checklist prints with the result, each box to tick by pen', async () => {
    const { page, context } = await phdPage(server.url, { width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    for (const shown of ['#checklist', '#offices', '#dates', '#total-talent']) {
      assert.ok(await page.isVisible(shown), `${shown} printed`);
    }
    for (const hidden of ['#looks-wrong', '#next-ics']) assert.ok(await page.isHidden(hidden), `${hidden} not printed`);
    const box = await page.$eval('#doc-id_card', (b) => { const s = getComputedStyle(b); return [s.borderTopStyle, s.width]; });
    assert.equal(box[0], 'solid', 'a printed box has its border');
    const pdf = join(tmpdir(), `next-steps-${process.pid}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    rmSync(pdf);
    for (const part of ['608,800.00', '材料清单', '身份证', '购房合同', '师市人社局', '2038-04-15']) {
      assert.ok(printed.includes(part), `${part} in the printout:\n${printed}`);
    }
    assert.ok(!printed.includes('r1.'), 'no review code on paper');
    await context.close();
  });

  test('a deployer\'s contacts.json gives the offices their addresses and numbers; a bad one is named and left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dist-contacts-'));
    try {
      cpSync(DIST, root, { recursive: true });
      cpSync(fileURLToPath(new URL('../deploy/contacts.example.json', import.meta.url)), join(root, 'contacts.json'));
      const deployed = await serveDist({}, 0, {}, `${root}/`);
      try {
        const { page, context } = await phdPage(deployed.url);
        await expectText(page, '#offices a[href^="tel:"]', '0000-0000000', 15000);
        await expectText(page, '#offices .contact dd', /示例/);
        await expectText(page, '#offices > p', /2026-12-01更新/);
        await expectHidden(page, '#hotline');
        await page.evaluate(() => document.getElementById('offices').scrollIntoView());
        await page.screenshot({ path: shot('contacts-phone-zh.png') });
        await context.close();
        writeFileSync(join(root, 'contacts.json'), '{"format": "talent-contacts/9", "updated": "2026-12-01"}');
        const bad = await phdPage(deployed.url);
        await expectText(bad.page, '#hotline', /12345/, 15000);
        assert.ok(bad.warnings.some((w) => /contacts\.json: format/.test(w)), `named in the console: ${bad.warnings}`);
        await bad.context.close();
      } finally {
        await deployed.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('on a fair\'s tablet the calendar goes with the QR hand-off, not onto the tablet', async () => {
    const { page, context } = await phdPage(`${server.url}?kiosk`, { width: 820, height: 1180 });
    await page.waitForSelector('#next-take');
    assert.equal(await page.$('#next-ics'), null, 'nothing to download on a shared device');
    await page.click('#next-take');
    await page.waitForSelector('.qr-code svg');
    assert.match(await page.inputValue('#share-link'), /#t\d\./);
    await context.close();
  });

  test('phone and tablet, Chinese and English: the next steps and the help desk pass axe', async () => {
    for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['tablet', { width: 820, height: 1180 }]]) {
      const { page, context } = await phdPage(server.url, viewport);
      await page.click('#looks-wrong summary');
      await page.waitForSelector('.review-qr svg');
      await assertAccessible(page, '#next-steps');
      await page.evaluate(() => document.getElementById('next-steps').scrollIntoView());
      await page.screenshot({ path: shot(`${name}-zh.png`), fullPage: false });
      await page.click('#lang-switch');
      await page.waitForSelector('html[lang=en]');
      await expectText(page, '#next-heading', 'What to do next', 15000);
      await page.evaluate(() => document.getElementById('checklist').scrollIntoView());
      await page.screenshot({ path: shot(`${name}-en.png`) });
      const code = await page.inputValue('#next-code');
      await page.goto('about:blank');
      await page.goto(`${server.url}?lang=en#${code}`);
      await expectText(page, '#desk-verdict', /^Reproduced/, 15000);
      await assertAccessible(page, '#help-desk');
      await page.screenshot({ path: shot(`${name}-desk-en.png`) });
      await context.close();
    }
  });
});
