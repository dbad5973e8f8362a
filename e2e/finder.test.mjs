// Journeys for the title finder's order of suggestions, the result's
// age-limit hint, and a founder's result: typed keys and taps on a phone
// against the release build, each also checked with axe-core, for console
// errors and for requests leaving the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, expectText, expectValue, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

const PHONE = { width: 390, height: 844 };

// A phone that reports touch, so page.tap works.
async function touchPhone() {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  return openApp(browser, server.url, undefined, context);
}

// Types into the finder key by key, as a phone's keyboard does.
async function typeTitle(page, typed) {
  await page.tap('#title-finder');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(typed);
}

test('the first suggestion of the title finder is the title typed, never a level above it', async () => {
  const app = await touchPhone();
  const { page } = app;
  await page.tap('#birth-date');
  await page.keyboard.type('04151985');
  await expectValue(page, '#birth-date', '1985-04-15');
  for (const [typed, first, level, category] of [
    ['高级工', '高级工程师 → 副高级', 'associate_senior', 'C类人才'],
    ['主治', '主治医师 → 中级', 'intermediate', 'D类人才'],
    ['高', '高级教师 → 副高级', 'associate_senior', 'C类人才'],
    ['高级工程师', '高级工程师 → 副高级', 'associate_senior', 'C类人才'],
    ['高工', '高级工程师 → 副高级', 'associate_senior', 'C类人才'],
    ['副教授', '副教授 → 副高级', 'associate_senior', 'C类人才'],
    ['正高', '正高级教师 → 正高级', 'senior', 'B类人才'],
  ]) {
    await typeTitle(page, typed);
    await expectText(page, '#title-matches li:first-child button', first);
    await page.tap('#title-matches li:first-child button');
    await expectValue(page, '#title', level);
    await expectValue(page, '#title-finder', '');
    await expectText(page, '#category', category);
  }
  await finish(app, server.url);
});

// Types a date into a focused date box as a phone's keyboard does: mm dd yyyy.
async function typeDate(page, selector, iso) {
  const [y, m, d] = iso.split('-');
  await page.tap(selector);
  await page.keyboard.type(`${m}${d}${y}`);
  await expectValue(page, selector, iso);
}

test('an age limit that passed is said once above what does not apply, not on every card', async () => {
  const app = await touchPhone();
  const { page } = app;
  await typeDate(page, '#birth-date', '1979-01-01');
  await page.selectOption('#degree', 'doctorate');
  await page.tap('#mode-full_time');
  await page.selectOption('#employer-type', 'university_city_college');
  await page.waitForSelector('#not-applicable article');
  const once = page.locator('#not-applicable > ul.age-limits li');
  await expectText(page, '#not-applicable > ul.age-limits', /45岁（含）以下全日制博士研究生[\s\S]*2025-01-01/);
  assert.equal(await once.count(), 2, "the doctorate's and the master's limits");
  const cards = await page.locator('#not-applicable article').allTextContents();
  assert.ok(cards.length > 1);
  for (const card of cards) assert.ok(!card.includes('年龄条件'), card);
  await page.click('#lang-switch');
  await expectText(page, '#not-applicable > ul.age-limits', /aged 45 or younger[\s\S]*when its age limit passed/);
  assert.equal(await once.count(), 2);
  await finish(app, server.url);
});

// A graduate's business, registered on `registration`, typed in.
async function founder(page, { birth, graduation, registration }) {
  await typeDate(page, '#birth-date', birth);
  await page.selectOption('#degree', 'bachelor');
  await page.tap('#has-startup');
  await typeDate(page, '#graduation-date', graduation);
  await page.tap('#startup-in-city');
  await page.tap('#legal-representative');
  await typeDate(page, '#registration-date', registration);
  await page.tap('#insured-employees');
  await page.keyboard.type('3');
}

const SECTION16 = '由用人单位报行业主管部门把关审核';

test('a founder without a job applies in person; a hire through the employer', async () => {
  const app = await touchPhone();
  const { page } = app;
  await founder(page, { birth: '2000-03-01', graduation: '2023-06-30', registration: '2024-09-01' });
  await expectText(page, '#benefit-startup_grant', /20,000\.00 元/);
  await expectText(page, '#apply-to', /师市人社局/);
  assert.ok(!(await page.locator('#apply-to').textContent()).includes(SECTION16));
  await page.tap('#mode-full_time');
  await page.selectOption('#employer-type', 'enterprise');
  await expectText(page, '#apply-to', new RegExp(SECTION16));
  await page.click('#lang-switch');
  await expectText(page, '#apply-to', /the employer submits the application/);
  await page.tap('#mode-none');
  await expectText(page, '#apply-to', /Human Resources and Social Security Bureau/);
  assert.ok(!(await page.locator('#apply-to').textContent()).includes('employer submits'));
  await finish(app, server.url);
});

test('a student who plans a business gives the planned date and reads the result as of then', async () => {
  const app = await touchPhone();
  const { page } = app;
  // Dates ahead of the day the test runs, as a student's plans are.
  const year = new Date().getFullYear() + 1;
  const registration = `${year}-09-01`;
  await founder(page, { birth: '2004-05-01', graduation: `${year}-06-30`, registration });
  await expectText(page, '#as-of', `以下按计划注册登记日期 ${registration} 计算。`);
  await expectText(page, '#ineligible-startup_grant', new RegExp(`正常经营12个月以上[\\s\\S]*自 ${year + 1}-09-02 起`));
  assert.equal((await page.locator('#registration-date-error').textContent()).trim(), '', 'no error');
  await expectValue(page, '#registration-date', registration);
  await page.click('#lang-switch');
  await expectText(page, '#as-of', `As of the planned registration date ${registration}.`);
  await expectText(page, 'label[for=has-startup]', /plan to start/);
  await finish(app, server.url);
});
