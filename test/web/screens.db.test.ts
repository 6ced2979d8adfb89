/**
 * The web application in real Chromium, against the real server: sign in
 * (with the forced change of the first admin's one-time password), ingest a
 * file through the page, accept a claim in the review queue and see the
 * dashboard count change, read a source, search, open a record, switch to
 * Russian. Every screen is screenshotted and checked with axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../src/claims/review.ts';
import { launchChromium, screenshot, seriousViolations, startWebServer, type WebServer } from './support.ts';

const NEW_PASSWORD = 'a long new passphrase for the test admin';
// Invented for this test; no real event or person.
const REPORT = `Invented report for the objector browser test.
On 3 April 2024 at least 12 soldiers of the 1st Guards Tank Army refused to return to the front near Belgorod, relatives said.`;

describe('web screens in Chromium', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const unauthorised: string[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    // A 401 later on (a wrong password) is an answer, not a fault; the public page must cause none (unauthorised).
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (/Failed to load resource.*\(Unauthorized\)/.test(m.text())) unauthorised.push(m.text());
      else errors.push(m.text());
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const check = async (name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page), name).toEqual([]);
  };
  const stat = async (id: string) =>
    Number(((await page.locator(`[data-stat="${id}"] .stat-value`).textContent()) ?? '').replace(/\D/g, ''));

  it('publishes nothing unreviewed; once claims are reviewed, shows their counts, each opening its facts and sources', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#pub-none').waitFor();
    // Point 20: an anonymous visit makes no request that fails.
    expect(unauthorised).toEqual([]);
    expect(await stat('sources')).toBe(0);
    expect(await page.locator('nav a', { hasText: 'Review' }).count()).toBe(0);
    await check('dashboard-public-empty');
    // A reviewer accepts the sample's figures, events and places (the use case the review route calls); people stay private.
    const db = server.store.db;
    const rows = await db
      .selectFrom('claims')
      .select('id')
      .where('state', '=', 'suggested')
      .where('kind', 'in', ['figure', 'event', 'place'])
      .execute();
    for (const r of rows)
      await reviewClaim(db, { id: r.id, action: 'accept', actor: 'test', version: 'current' });
    await page.reload();
    // The server recounts after the change and the page asks again until it has.
    await page.locator('#pub-totals a.number').first().waitFor({ timeout: 30_000 });
    expect(await stat('sources')).toBeGreaterThan(0);
    await page.locator('.map .land path').first().waitFor();
    expect(await page.locator('.chart rect.bar').count()).toBeGreaterThan(0);
    await check('dashboard-public');
    await page.locator('#pub-totals a.number').first().click();
    await page.locator('#number-facts .source').first().waitFor();
    expect(await page.locator('#number-why p').count()).toBeGreaterThan(0);
    await check('number-page');
    await page.goto(`${server.url}/#/dashboard`);
  });

  it('signs in with the one-time password and makes the admin choose a new one', async () => {
    await page.locator('a.button', { hasText: 'Sign in' }).click();
    await page.fill('input[name=username]', server.admin.username);
    await page.fill('input[name=password]', server.admin.password);
    await check('signin');
    await page.locator('button[type=submit]').click();
    await page.locator('input[name=new-password]').waitFor();
    await check('signin-change-password');
    await page.fill('input[name=current]', server.admin.password);
    await page.fill('input[name=new-password]', NEW_PASSWORD);
    await page.fill('input[name=confirm]', NEW_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-stat="pending"]').waitFor();
    expect(await page.locator('nav a', { hasText: 'Review' }).count()).toBe(1);
    await check('dashboard-member');
  });

  it('ingests a file through the page and shows its result', async () => {
    await page.locator('nav a', { hasText: 'Ingest' }).click();
    await page.setInputFiles('input[type=file]', [
      { name: 'invented-report.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT) },
      { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from('not a report') },
    ]);
    await page.locator('button[type=submit]').click();
    await page.locator('#ingest-summary').waitFor();
    const rows = page.locator('#ingest-results tbody tr');
    expect(await rows.nth(0).textContent()).toContain('added');
    expect(await rows.nth(1).textContent()).toContain('failed');
    // The refused file's upload is answered 422 (the browser logs it); that answer is what this test asks for.
    const refused = errors.findIndex((e) => /status of 422 \(Unprocessable Entity\)/.test(e));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);
    await check('ingest');
  });

  it('accepts a claim in the review queue, and the dashboard count changes', async () => {
    await page.goto(`${server.url}/#/dashboard`);
    await page.locator('[data-stat="reviewed"]').waitFor();
    const before = await stat('reviewed');
    const pendingBefore = await stat('pending');
    await page.locator('nav a', { hasText: 'Review' }).click();
    await page.locator('.queue li').first().waitFor();
    await check('review');
    const first = await page.locator('.queue li').first().getAttribute('data-claim');
    await page.keyboard.press('a');
    await page.locator('[role=status]', { hasText: 'decided' }).waitFor();
    // The queue reloads after the decision: the accepted claim leaves it.
    await expect
      .poll(() => page.locator(`.queue li[data-claim="${first}"]`).count(), { timeout: 15_000 })
      .toBe(0);
    await page.locator('.tabs button', { hasText: 'Person merges' }).click();
    await page.locator('.queue, main p').first().waitFor();
    await check('review-merges');
    await page.locator('nav a', { hasText: 'Dashboard' }).click();
    await page.locator('[data-stat="reviewed"]').waitFor();
    // The tiles may show the previous figures until the fresh ones arrive: wait for them.
    await expect.poll(() => stat('reviewed'), { timeout: 15_000 }).toBe(before + 1);
    await expect.poll(() => stat('pending'), { timeout: 15_000 }).toBe(pendingBefore - 1);
  });

  it('says so when another reviewer decided the claim first, and shows it as it is now', async () => {
    await page.locator('nav a', { hasText: 'Review' }).click();
    await page.locator('.queue li').first().waitFor();
    const first = await page.locator('.queue li').first().getAttribute('data-claim');
    // Another reviewer decides the same claim meanwhile, through the page's own API module (with its CSRF
    // token). A string, so the test runner does not rewrite the dynamic import.
    const status = await page.evaluate(`(async () => {
      const { api } = await import('/web/lib/api.js');
      const id = ${JSON.stringify(first)};
      const queue = await api('/api/review/queue?limit=200');
      const version = queue.items.find((i) => i.id === id).version;
      const res = await api('/api/claims/' + encodeURIComponent(id) + '/review', {
        method: 'POST',
        body: { action: 'reject', version },
      });
      return res.state;
    })()`);
    expect(status).toBe('rejected');
    await page.keyboard.press('a');
    await page.locator('[role=alert]', { hasText: 'Someone else decided' }).waitFor();
    // The browser logs the refused request (409); that answer is what this test asks for, not a fault.
    const refused = errors.findIndex((e) => /status of 409 \(Conflict\)/.test(e));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);
    await expect
      .poll(() => page.locator(`.queue li[data-claim="${first}"]`).count(), { timeout: 15_000 })
      .toBe(0);
  });

  it('lists sources and reads one with its claims highlighted; a click shows evidence and rule', async () => {
    await page.locator('nav a', { hasText: 'Sources' }).click();
    await page.locator('table.list tbody tr').first().waitFor();
    await check('sources');
    await page.locator('table.list tbody a').first().click();
    await page.locator('.reader .hl').first().waitFor();
    await page.locator('.reader .hl-event, .reader .hl').first().click();
    // The rule and extractor sit behind the "Why?" toggle (issue #14, point 13).
    await page.locator('.claim-panel details.why summary').first().waitFor();
    expect(await page.locator('.claim-panel blockquote').textContent()).not.toBe('');
    // The keyboard reaches the highlights too: focus another one and press Enter.
    const highlights = page.locator('.reader .hl');
    expect(await highlights.count()).toBeGreaterThan(1);
    const second = highlights.nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => second.getAttribute('aria-pressed')).toBe('true');
    await check('reader');
  });

  it('searches with stemming and facets, and opens a record page with its timeline', async () => {
    await page.goto(`${server.url}/#/search?q=refused`);
    await page.locator('#search-total').waitFor();
    expect(await page.locator('.hits li').count()).toBeGreaterThan(0);
    expect(await page.locator('.hits mark').count()).toBeGreaterThan(0);
    await check('search');
    const units = (await page.evaluate(() =>
      fetch('/api/records?kind=unit&limit=1').then((r) => r.json()),
    )) as { items: { id: string }[] };
    expect(units.items.length).toBe(1);
    await page.goto(`${server.url}/#/records/${encodeURIComponent(units.items[0]!.id)}`);
    await page.locator('.timeline li').first().waitFor();
    await check('record-unit');
  });

  it('switches to Russian with the language menu and with ?lang=ru, formatting numbers and dates for it', async () => {
    await page.goto(`${server.url}/#/dashboard`);
    await page.locator('[data-stat="sources"]').waitFor();
    await page.selectOption('.lang select', 'ru');
    await page.locator('nav a', { hasText: 'Обзор' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await check('dashboard-ru');
    await page.selectOption('.lang select', 'en');
    await page.locator('nav a', { hasText: 'Dashboard' }).waitFor();
    await page.goto(`${server.url}/?lang=ru#/sources`);
    await page.locator('h1', { hasText: 'Источники' }).waitFor();
    const dates = await page.locator('table.list tbody td:nth-child(3)').allInnerTexts();
    expect(dates.some((d) => /\d{4}\s*г\./.test(d))).toBe(true);
    await check('sources-ru');
  });

  it('raised no script error and no CSP violation on any screen', () => {
    // Joined, so a failure prints the messages themselves.
    expect(errors.join('\n')).toBe('');
  });
});
