// Opens each report (index.html) in headless Chromium through the DevTools protocol (puppeteer-core
// against the system's Chromium) and fails when an image does not load, the page is wider than a
// 1280-pixel window, or the console shows an error. Keeps a full-page screenshot of each.
// Usage: node scripts/browser-check.mjs SCREENSHOT_DIR REPORT_DIR...
import puppeteer from 'puppeteer-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const [shots, ...reports] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'truce-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
let failed = 0;
try {
  for (const dir of reports) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems = [];
    page.on('console', m => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
    page.on('pageerror', e => problems.push('page error: ' + e.message));
    page.on('requestfailed', r => problems.push('request failed: ' + r.url() + ' (' + r.failure()?.errorText + ')'));
    const url = pathToFileURL(resolve(dir, 'index.html')).href;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) problems.push('could not open ' + url);
    const images = await page.$$eval('img', imgs => imgs.map(i => ({ src: i.getAttribute('src'),
      ok: i.complete && i.naturalWidth > 0 })));
    for (const i of images) if (!i.ok) problems.push('image did not load: ' + i.src);
    if (images.length === 0) problems.push('no images on the page');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 1280) problems.push('page is ' + width + ' px wide in a 1280 px window (horizontal scrolling)');
    const shot = join(shots, basename(resolve(dir)) + '.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${dir}: ${images.length} images, ${width} px wide; screenshot ${shot}`);
    for (const p of problems) console.log('     ' + p);
    failed += problems.length ? 1 : 0;
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
