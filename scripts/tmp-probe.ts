import { launchBrowser, newPage, startSeededApp } from '@/tests/browser/harness';
const app = await startSeededApp();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${app.url}/review`);
  await page.waitForTimeout(1500);
  await page.keyboard.press('Space');
  await page.waitForTimeout(500);
  console.log('answer count', await page.getByTestId('card-answer').count());
} finally { await browser.close(); await app.destroy(); }
