// Typical answers, shared by the journeys, the screenshots and the report.
import { expectText } from './browser.mjs';

// A newly recruited full-time talent with a 3-year contract.
export async function fullTime(page, { birth, degree, employer = 'enterprise', contract = '3' }) {
  await page.fill('#birth-date', birth);
  await page.selectOption('#degree', degree);
  await page.check('#mode-full_time');
  await page.selectOption('#employer-type', employer);
  await page.check('#first-social-insurance');
  await page.fill('#contract-years', contract);
}

// The PhD of the acceptance case phd-enterprise-b: category B, 608,800 yuan.
export async function phdAtEnterprise(page) {
  await fullTime(page, { birth: '1992-04-15', degree: 'doctorate' });
  await page.waitForSelector('#total-talent');
}

// The enterprise page in a portal's frame, on a touch screen: a little giant
// that already received 50,000 yuan, the amount typed as a person types it.
export async function littleGiantInFrame(page, frame) {
  await frame.waitForSelector('#registered-in-city');
  await frame.tap('#registered-in-city');
  await frame.selectOption('#specialized', 'little_giant');
  await frame.tap('#specialized-awards-received');
  await page.keyboard.type('5万');
  await expectText(frame, '#e-total', '150,000.00 元');
}
