// The batch page reads a recruiter's own sheet as Excel in China saves it
// (GBK): their headers (姓名, 学历, 合同年限, 入职时间), columns of their own
// (序号, 备注, 手机号) named and not read, numbers as they type them (30万,
// 3年, 36个月, 3.45%), every bad cell of a row named; the export says the
// results in the words of its headers' language. A header that could mean
// two columns is refused, naming both. And the engine module reads typed
// numbers as the page does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, switchToEnglish, expectText, expectHidden, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

const SHEET = fileURLToPath(new URL('fixtures/recruiter-gbk.csv', import.meta.url));
const MODULE = fileURLToPath(new URL('../target/js-module/', import.meta.url));

async function saved(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return readFileSync(await download.path()).toString('utf8');
}

test("a recruiter's own sheet: their headers and numbers read, their columns named, every bad cell named, the export in words", async () => {
  const app = await openApp(browser, `${server.url}batch.html`, { width: 820, height: 1180 }, null, '#batch-file');
  const { page } = app;
  await page.setInputFiles('#batch-file', SHEET);
  await page.waitForSelector('#batch-table');
  await expectText(page, '#batch-status', /共 3 行，其中 2 行有问题.*按 GBK\/GB18030 读取/);
  await expectText(page, '#batch-ignored', /^表格中这些列不是本页的列，没有读取：序号、备注、手机号。$/);
  // 30万 at 3.45% for 3年 is the loan of the template; 3年 of contract is long enough.
  await expectText(page, '#batch-row-2', /^2\s*张博士\s*B类人才\s*624,325\.00 元/);
  await expectText(page, '#batch-row-4', /“首次在师市参加社会保险”：.*也许.*；“出生日期”：日期无效.*；“最高全日制学历”：不是可选的值（填写的是“大学”）/);

  const zh = await saved(page, '#batch-export-csv');
  assert.ok(!zh.includes('13800000000'), 'their own columns are not copied');
  const phd = zh.split(/\r?\n/).find((l) => l.startsWith('张博士,'));
  assert.match(phd, /,"生活补助 180,000\.00；住房补助 28,800\.00；购房补助 400,000\.00；人才服务卡 非现金待遇；创业担保贷款贴息 15,525\.00",柔性引进劳务报酬补贴：仅适用于柔性引进,,师市人社局,$/);
  const master = zh.split(/\r?\n/).find((l) => l.startsWith('李硕士,'));
  assert.match(master, /,生活补助：须为首次在师市参加社会保险；/);

  await switchToEnglish(page);
  await expectText(page, '#batch-ignored', /^These columns of the sheet are not ours and were not read: 序号, 备注, 手机号\.$/);
  const en = await saved(page, '#batch-export-csv');
  assert.match(en, /,"Living allowance 180,000\.00; Housing allowance 28,800\.00; Home-purchase subsidy 400,000\.00; Talent service card in kind; Guaranteed start-up loan interest subsidy 15,525\.00",/);
  assert.match(en, /\n王某,.*first_social_insurance_in_city: .*birth_date: .*full_time_degree: /, 'each fault, in English');
  await finish(app, server.url);
});

test('typed on a phone: a header that could mean two columns is refused naming both; a sheet of ours shows no notice', async () => {
  const app = await openApp(browser, `${server.url}batch.html`, undefined, null, '#batch-file');
  const { page } = app;
  await page.click('#batch-text');
  await page.keyboard.type('姓名,期限\n张三,3年');
  await page.click('#batch-run');
  await expectText(page, '#batch-status', /表头“期限”既可能是“合同期限（年）”，也可能是“贷款期限（月）”，本页不猜/);
  assert.equal(await page.inputValue('#batch-text'), '姓名,期限\n张三,3年', 'what was typed stays');
  // Corrected by keys: the header says which it is, and the term is read in months.
  await page.click('#batch-text');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('姓名,出生日期,贷款金额,年利率,贷款期限,还款方式\n张三,2001/3/1,２０万,３．６％,２年,等额本息');
  await page.click('#batch-run');
  await page.waitForSelector('#batch-table');
  await expectText(page, '#batch-status', /共 1 行/);
  await expectHidden(page, '#batch-ignored');
  await finish(app, server.url);
});

test('the engine module reads typed numbers as the page and the batch file do', { skip: !existsSync(`${MODULE}index.js`) && `no ${MODULE}: run scripts/build-js.sh target/js-module` }, async () => {
  const engine = await import(`${MODULE}index.js`);
  await engine.init({ module_or_path: readFileSync(`${MODULE}talent_rules_bg.wasm`) });
  const read = engine.readNumber;
  assert.equal(read('30万', 'yuan'), '300000');
  assert.equal(read('３００，０００元', 'yuan'), '300000');
  assert.equal(read('3年', 'months'), '36');
  assert.equal(read('36个月', 'years'), '3');
  assert.equal(read('3.45 %', 'rate'), '0.0345');
  assert.equal(read('0.0345', 'rate'), '0.0345');
  assert.equal(read('３．４５％', 'percent'), '3.45');
  assert.equal(read('1,000天', 'days'), '1000');
  assert.equal(read('abc', 'yuan'), null);
  assert.equal(read('', 'yuan'), null);
  assert.throws(() => read('3', 'weeks'), /unknown unit "weeks"/);
  // Into the contract as it is: the same loan as the batch file's 30万, 3.45%, 3年.
  const r = engine.assess({
    assessment_date: '2026-11-23',
    person: { birth_date: '1992-04-15', full_time_degree: 'doctorate' },
    loan: { principal: read('30万', 'yuan'), annual_rate: read('3.45%', 'rate'), term_months: Number(read('3年', 'months')), repayment: 'interest_only' },
  });
  assert.equal(r.benefits.find((b) => b.id === 'startup_loan_interest').amount.exact, '15525.00');
});
