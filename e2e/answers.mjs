// Typical answers, shared by the journeys, the screenshots and the report.

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
