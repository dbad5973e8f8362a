// The batch page: a GBK file from Excel through to the exported files, whose
// bytes are checked; pasted text typed by keyboard on a phone; a bad row that
// leaves the others computed; a row that gets less than it could, and an age
// limit near its end, said in the table; a 320 px phone and a zoomed page;
// sorting and filtering; 100,000 rows with progress. Each journey also runs axe, and checks the console and that no
// request leaves the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, switchToEnglish, expectText, expectValue, expectAttribute, expectVisible, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

const GBK = fileURLToPath(new URL('fixtures/candidates-gbk.csv', import.meta.url));
const BOM = [0xef, 0xbb, 0xbf];

async function openBatch(viewport) {
  return openApp(browser, `${server.url}batch.html`, viewport, null, '#batch-file');
}

async function saved(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('a GBK file from Excel: read, a bad row named, sorted, filtered, and exported for Excel and as JSON lines', async () => {
  const app = await openBatch({ width: 1280, height: 900 });
  const { page } = app;
  await expectText(page, '#batch-private', /不会上传/);
  await page.setInputFiles('#batch-file', GBK);
  await page.waitForSelector('#batch-table');
  // The bad row, and the senior engineer who has paid social insurance in the city before.
  await expectText(page, '#batch-status', /共 4 行，其中 2 行有问题.*按 GBK\/GB18030 读取/);
  await expectText(page, '#batch-row-2', /^2\s*张博士\s*B类人才\s*608,800\.00 元/);
  await expectText(page, '#batch-row-3', /^3\s*李日期错\s*“出生日期”：日期无效（填写的是“1990-02-30”）/);
  await expectText(page, '#batch-row-5', /赵高工\s*暂不适用的政策及原因：.*（须为首次在师市参加社会保险）\s*B类人才\s*0\.00 元/);
  await expectText(page, '#batch-counts', /有问题的行 2/);

  // The talent's total, most first; the same column again turns it round.
  await page.click('button[data-sort="talent"]');
  await expectAttribute(page, 'th:has(button[data-sort="talent"])', 'aria-sort', 'descending');
  // The table is drawn anew; the keyboard stays on the same column's button.
  await page.waitForFunction(() => document.activeElement?.dataset?.sort === 'talent');
  assert.equal(await page.locator('#batch-table tbody tr').first().getAttribute('id'), 'batch-row-2');
  await page.keyboard.press('Enter');
  await expectAttribute(page, 'th:has(button[data-sort="talent"])', 'aria-sort', 'ascending');

  await page.selectOption('#batch-filter', 'problems');
  await expectText(page, '#batch-caption', /共 2 行/);
  await page.selectOption('#batch-filter', 'all');
  await page.fill('#batch-search', '高工');
  await expectText(page, '#batch-caption', /共 1 行/);
  await page.fill('#batch-search', '');

  const csv = await saved(page, '#batch-export-csv');
  assert.match(csv.name, /^人才自测结果-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], BOM, 'a BOM, so that Excel reads UTF-8');
  const lines = csv.bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
  assert.equal(lines.length, 5);
  assert.match(lines[0], /^姓名或标签,评估日期,出生日期,最高全日制学历,.*,人才类别,人才类别有效至,本人合计最低（元）,.*,错误$/);
  assert.match(lines[1], /^张博士,2026-11-24,1992-04-15,doctorate,.*,B,.*,608800\.00,608800\.00,/);
  // A bad row's fault in the page's words, as the table says it.
  assert.match(lines[2], /^李日期错,.*,"?“出生日期”：日期无效（填写的是“1990-02-30”）。日期可写成 1992-04-15、1992\/4\/15 或 1992年4月15日"?$/);
  assert.match(lines[4], /^赵高工,\d{4}-\d{2}-\d{2},1975-05-20,/, 'the day of the run where the file gave none');

  const jsonl = await saved(page, '#batch-export-jsonl');
  assert.match(jsonl.name, /^人才自测结果-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const results = jsonl.bytes.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(results.length, 4);
  assert.equal(results[0].category, 'B');
  assert.equal(results[0].totals.talent.max, '608800.00');
  assert.ok(results[0].benefits.some((b) => b.calculation), 'with the calculation, as the contract has it');
  assert.deepEqual(results[1].error.path, 'person.birth_date');
  assert.equal(results[1].row, 3);

  const template = await saved(page, '#batch-template');
  assert.deepEqual([...template.bytes.subarray(0, 3)], BOM);
  assert.match(template.bytes.toString('utf8'), /姓名或标签,评估日期,出生日期/);

  await switchToEnglish(page);
  await expectText(page, '#batch-row-3', /birth_date: not a valid date/);
  await expectText(page, '#batch-status', /4 rows, 2 with a problem/);
  const english = (await saved(page, '#batch-export-csv')).bytes.toString('utf8');
  assert.match(english, /\n李日期错,.*birth_date: not a valid date/, 'in English once the page is');
  await finish(app, server.url);
});

test('on a phone: CSV typed into the box, the table scrolls in its own box under a caption that fits, the page stays as wide as the screen', async () => {
  const app = await openBatch();
  const { page } = app;
  await page.click('#batch-run');
  await expectText(page, '#batch-status', /请先选择文件/);
  await page.click('#batch-text');
  await page.keyboard.type('label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n');
  await page.keyboard.type('甲,1992-04-15,doctorate,full_time,enterprise,yes,3\n乙,1994-06-01,master,full_time,enterprise,yes,x');
  await page.focus('#batch-run');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#batch-table');
  await expectText(page, '#batch-status', /共 2 行，其中 1 行有问题.*粘贴/);
  await expectText(page, '#batch-row-3', /合同期限（年）”：不是有效的数/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await expectVisible(page, '#batch-table-area .scroll-hint');
  // The row's error is read on the screen, without scrolling the table.
  const why = () => page.locator('#batch-row-3 .why').boundingBox();
  assert.ok((await why()).x + (await why()).width <= 390, 'the error ends on the screen');
  await page.evaluate(() => { document.getElementById('batch-table').closest('.table-wrap').scrollLeft = 300; });
  assert.ok((await why()).x >= 0, 'and stays in view with the table scrolled');
  // What was typed stays, to be corrected.
  assert.match(await page.inputValue('#batch-text'), /乙,1994-06-01/);
  // The longer English caption wraps on the screen, however far the table is scrolled.
  await switchToEnglish(page);
  await expectText(page, '#batch-caption', /Rows 1–2 of 2/);
  const caption = () => page.evaluate(() => document.getElementById('batch-caption').getBoundingClientRect().right);
  assert.ok(await caption() <= 390, 'the caption ends on the screen');
  await page.evaluate(() => { document.getElementById('batch-caption').closest('.table-wrap').scrollLeft = 300; });
  assert.ok(await caption() <= 390, 'and stays there with the table scrolled');
  assert.ok(await page.evaluate(() => document.getElementById('batch-caption').getBoundingClientRect().left) >= 0);
  await finish(app, server.url);
});

// An Excel sheet whose merged employer cell came out empty on the row below,
// and a doctor who turns 46 next month.
const RECRUITER_SHEET = [
  '姓名或标签,评估日期,出生日期,最高全日制学历,在师市的工作方式,用人单位类型,首次在师市参加社会保险,合同期限（年）',
  '合并单元格,2026-11-24,1994-01-01,硕士,全职,,是,3',
  '将满46岁,2026-11-24,1980-12-31,博士,全职,企业,是,3',
].join('\n');
const LONG_NAME = '候选人名单-2026年秋季招聘会-第一师阿拉尔市-第一批-人事部门汇总.csv';

test('a row with the employer type left empty says why it gets nothing and counts as a problem; an age limit ending within 90 days is flagged with its date', async () => {
  const app = await openBatch({ width: 1280, height: 900 });
  const { page } = app;
  await page.setInputFiles('#batch-file', { name: LONG_NAME, mimeType: 'text/csv', buffer: Buffer.from(RECRUITER_SHEET) });
  await page.waitForSelector('#batch-table');
  await expectText(page, '#batch-status', /共 2 行，其中 1 行有问题/);
  await expectText(page, '#batch-row-2', /合并单元格\s*暂不适用的政策及原因：.*生活补助.*（请选择用人单位类型）\s*C类人才\s*0\.00 元/);
  await expectAttribute(page, '#batch-row-2', 'class', 'short');
  await expectText(page, '#batch-counts', /有问题的行 1/);
  await expectText(page, '#batch-row-3', /将满46岁\s*年龄条件即将截止：按“45岁（含）以下全日制博士研究生”认定B类至 2026-12-31\s*B类人才/);
  await expectText(page, '#batch-row-3 .date', '2026-12-31');
  // The problem rows are the one without an employer type, not the doctor's.
  await page.focus('#batch-filter');
  await page.keyboard.press('End');
  await expectValue(page, '#batch-filter', 'problems');
  await expectText(page, '#batch-caption', /共 1 行/);
  assert.equal(await page.locator('#batch-table tbody tr').getAttribute('id'), 'batch-row-2');
  await switchToEnglish(page);
  await expectText(page, '#batch-status', /2 rows, 1 with a problem/);
  await expectText(page, '#batch-row-2', /What does not apply, and why: .*Living allowance.*\(Choose the type of employer\)/);
  await expectText(page, '#batch-counts', /Rows with a problem 1/);
  await page.selectOption('#batch-filter', 'all');
  await expectText(page, '#batch-row-3', /Age limit ends soon: Category B through “full-time doctorate, aged 45 or younger” until 2026-12-31/);
  await finish(app, server.url);
});

test('a 320 and a 360 px phone show the page without scrolling sideways once a file is in; at 130 % zoom no date breaks at its hyphens', async () => {
  for (const width of [320, 360]) {
    const app = await openBatch({ width, height: 740 });
    const { page } = app;
    await page.setInputFiles('#batch-file', { name: LONG_NAME, mimeType: 'text/csv', buffer: Buffer.from(RECRUITER_SHEET) });
    await page.waitForSelector('#batch-table');
    for (const lang of ['zh-CN', 'en']) {
      if (lang === 'en') await switchToEnglish(page);
      await page.locator('#batch-guide summary').click();
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${lang} at ${width} px: the page is ${scroll} px wide on a ${client} px screen`);
    }
    await finish(app, server.url);
  }
  // 130 % zoom on a 360 px phone and on a laptop: the page is laid out 1.3 times narrower.
  for (const width of [360, 1280]) {
    const viewport = { width: Math.round(width / 1.3), height: 700 };
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1.3 });
    const app = await openApp(browser, `${server.url}batch.html`, viewport, context, '#batch-file');
    const { page } = app;
    await page.setInputFiles('#batch-file', { name: 'zoom.csv', mimeType: 'text/csv', buffer: Buffer.from(RECRUITER_SHEET) });
    await page.waitForSelector('#batch-table .date');
    const dates = await page.locator('#batch-table .date').evaluateAll((els) => els.map((e) =>
      ({ text: e.textContent, lines: e.getClientRects().length, whiteSpace: getComputedStyle(e).whiteSpace })));
    assert.ok(dates.length > 0);
    for (const d of dates) {
      assert.equal(d.lines, 1, `${d.text} on one line at ${width} px, 130 %`);
      assert.equal(d.whiteSpace, 'nowrap');
    }
    await finish(app, server.url);
  }
});

test('a row with a stray comma is named and the others computed; a label that looks like a formula is exported as text', async () => {
  const app = await openBatch();
  const { page } = app;
  await page.fill('#batch-text', [
    'label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years',
    '=HYPERLINK("http://example.com"),1992-04-15,doctorate,full_time,enterprise,yes,3',
    'Wang, A.,1994-06-01,master,full_time,enterprise,yes,3',
  ].join('\n'));
  await page.click('#batch-run');
  await page.waitForSelector('#batch-table');
  await expectText(page, '#batch-status', /共 2 行，其中 1 行有问题/);
  await expectText(page, '#batch-row-2', /B类人才/);
  await expectText(page, '#batch-row-3', /这一行的单元格比表头多/);
  const csv = (await saved(page, '#batch-export-csv')).bytes.toString('utf8');
  assert.match(csv, /\n"'=HYPERLINK\(""http:\/\/example\.com""\)",/);
  assert.doesNotMatch(csv, /\n=/);
  await finish(app, server.url);
});

// As a recruiter fills it in: Chinese headers and words, Excel's dates, a value that is none of them.
const CHINESE_SHEET = [
  '姓名或标签,出生日期,最高全日制学历,在师市的工作方式,用人单位类型,首次在师市参加社会保险,合同期限（年）',
  '甲,1992/4/15,博士,全职,企业,是,3',
  '乙,1994年6月1日,博士后,全职,企业,是,3',
].join('\n');

test('a sheet filled in Chinese words with Excel\'s dates computes; the guide lists what each column takes; a workbook is told to be saved as CSV', async () => {
  const app = await openBatch();
  const { page } = app;
  // The guide, opened by keyboard: each column's two headers and its values.
  await page.focus('#batch-guide summary');
  await page.keyboard.press('Enter');
  await expectVisible(page, '#batch-guide-list');
  await expectText(page, '#batch-guide-list', /最高全日制学历\s*full_time_degree\s*可填其一：无（none）、专科（junior_college）、本科（bachelor）、硕士研究生（master）、博士研究生（doctorate）/);
  await expectText(page, '#batch-guide-list', /日期，如 1992-04-15、1992\/4\/15 或 1992年4月15日/);
  await expectText(page, '#batch-guide-list', /专业技术职称级别\s*title_level\s*可填其一：无职称（none）.*正高级（senior）；也可填职称名称，如高级工程师、主治医师、高工/);
  await page.click('#batch-text');
  await page.keyboard.type(CHINESE_SHEET);
  await page.click('#batch-run');
  await page.waitForSelector('#batch-table');
  await expectText(page, '#batch-row-2', /B类人才/);
  await expectText(page, '#batch-row-3', /“最高全日制学历”：不是可选的值（填写的是“博士后”）。可填：无（none）、专科/);
  // Cells copied out of Excel paste tab-separated.
  await page.fill('#batch-text', '姓名或标签\t出生日期\t最高全日制学历\n丙\t1990/1/1 0:00\t硕士\n');
  await page.click('#batch-run');
  await expectText(page, '#batch-status', /共 1 行，都已计算/);
  await expectText(page, '#batch-row-2', /丙\s*C类人才/);
  // Titles written out, as sheets list them, are read as their levels.
  await page.fill('#batch-text', '姓名或标签\t出生日期\t职称\n戊\t1970/1/1\t高级工程师\n己\t1970/1/1\t主治医师\n');
  await page.click('#batch-run');
  await expectText(page, '#batch-status', /共 2 行，都已计算/);
  await expectText(page, '#batch-row-2', /戊\s*C类人才/);
  await expectText(page, '#batch-row-3', /己\s*D类人才/);
  // Typed with the input method's full-width commas.
  await page.fill('#batch-text', '');
  await page.click('#batch-text');
  await page.keyboard.type('姓名或标签，出生日期，最高全日制学历\n丁，1992/4/15，博士');
  await page.click('#batch-run');
  await expectText(page, '#batch-row-2', /丁\s*B类人才/);
  await page.fill('#batch-text', CHINESE_SHEET);
  // An Excel workbook chosen instead of its CSV: what to do, and the table of the last run goes.
  await page.setInputFiles('#batch-file', { name: '候选人.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]) });
  await expectText(page, '#batch-status', /这是 Excel 工作簿（.xlsx 或 .xls），不是 CSV 文件。请在 Excel 中点“文件 → 另存为”/);
  assert.equal(await page.locator('#batch-table').count(), 0);
  assert.match(await page.inputValue('#batch-text'), /乙,1994年6月1日/, 'what was typed stays');
  await switchToEnglish(page);
  await expectText(page, '#batch-status', /This is an Excel workbook/);
  await expectText(page, '#batch-guide-list', /doctorate \(博士研究生\)/);
  await finish(app, server.url);
});

test('a header row with none of our columns is refused, the last table goes, and nothing typed is lost', async () => {
  const app = await openBatch();
  const { page } = app;
  await page.setInputFiles('#batch-file', GBK);
  await page.waitForSelector('#batch-table');
  await page.fill('#batch-text', '序号,手机号\n1,13800000000');
  await page.click('#batch-run');
  await expectText(page, '#batch-status', /表头中没有本页认识的列（第一列是“序号”）。请使用模板中的表头/);
  assert.equal(await page.inputValue('#batch-text'), '序号,手机号\n1,13800000000');
  assert.equal(await page.locator('#batch-table').count(), 0, 'no table of another file beside the error');
  await expectText(page, '#batch-status p.notice.warn', /没有本页认识的列/);
  await finish(app, server.url);
});

test('100,000 rows: progress is shown, the page answers meanwhile, every row ends in the table', async () => {
  const app = await openBatch({ width: 1280, height: 900 });
  const { page } = app;
  const header = 'label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n';
  const rows = Array.from({ length: 100000 }, (_, i) => `p${i},1992-04-15,doctorate,full_time,enterprise,yes,3`).join('\n');
  await page.setInputFiles('#batch-file', { name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(header + rows) });
  await page.waitForSelector('#batch-status progress');
  // The page still takes typed keys while the rows are assessed.
  await page.click('#batch-text');
  await page.keyboard.type('typed meanwhile');
  assert.ok(await page.locator('#batch-status progress').count(), 'typed while still assessing');
  await page.waitForSelector('#batch-table', { timeout: 60000 });
  assert.equal(await page.inputValue('#batch-text'), 'typed meanwhile');
  await expectText(page, '#batch-status', /共 100000 行，都已计算/);
  await expectText(page, '.pager', /第 1 \/ 1000 页/);
  await page.click('.pager button[data-page="1"]');
  await expectText(page, '#batch-caption', /^第 101–200 行/);
  await page.fill('#batch-search', 'p9999');
  await expectText(page, '#batch-caption', /^第 1–11 行，共 11 行/);
  await page.fill('#batch-search', 'nobody');
  await expectText(page, '#batch-no-match', '没有符合所选条件的行。');
  await finish(app, server.url);
});
