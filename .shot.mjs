import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(process.argv[4] ?? 1280), height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 200)));
await page.goto(process.argv[2]);
await page.waitForTimeout(Number(process.argv[5] ?? 3000));
await page.screenshot({ path: process.argv[3], fullPage: true });
await browser.close();
