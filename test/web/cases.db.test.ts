/**
 * Case files in real Chromium, against the real server with a clock the test
 * moves: a family with no account reports a missing man through the public
 * form in Russian and gets a reference; a caseworker signs in, finds the
 * report in the triage queue, opens it, takes it on, accepts a report the
 * match search suggested, records a status change and an appeal to the
 * military prosecutor's office (30 days for an answer) and tasks; forty days
 * later the appeal and the open task are flagged overdue on the case and on
 * the caseworker's home screen.
 * Every screen is screenshotted (test-output/screenshots/cases-*.png) and
 * checked with axe-core.
 *
 * The family's report names a unit and a basement in Bryanka, which the
 * invented sample corpus (data/sample) reports on, so the match search has
 * something to suggest. The man and his mother are invented for this test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/security/accounts/users.ts';
import {
  createTestClock,
  launchChromium,
  screenshot,
  seriousViolations,
  startWebServer,
  type TestClock,
  type WebServer,
} from './support.ts';

const CASEWORKER = { username: 'caseworker', password: 'a long passphrase for the test caseworker' };
const MAN = 'Тимофей Заречный';

describe('case files in Chromium', () => {
  let server: WebServer;
  let clock: TestClock;
  let browser: Browser;
  let family: BrowserContext;
  let staff: BrowserContext;
  let page: Page;
  let ref = '';
  let caseUrl = '';
  const errors: string[] = [];
  // 401 answers are how the page learns that nobody (or nobody any more) is signed in.
  const expected = [/Failed to load resource.*\(Unauthorized\)/];

  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error' && !expected.some((e) => e.test(m.text()))) errors.push(m.text());
    });
    return p;
  };

  beforeAll(async () => {
    clock = createTestClock(new Date());
    server = await startWebServer({ clock });
    await createUser(server.store.db, server.security, {
      ...CASEWORKER,
      role: 'caseworker',
      actor: 'system',
    });
    browser = await launchChromium();
    family = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1100, height: 900 } });
    staff = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Today by the server's clock. */
  const today = () => clock.now().toISOString().slice(0, 10);
  const check = async (p: Page, name: string) => {
    await screenshot(p, `cases-${name}`);
    expect(await seriousViolations(p), name).toEqual([]);
  };
  const signIn = async () => {
    await page.goto(`${server.url}/#/signin`);
    await page.fill('input[name=username]', CASEWORKER.username);
    await page.fill('input[name=password]', CASEWORKER.password);
    await page.locator('button[type=submit]').click();
    await page.locator('nav a', { hasText: 'Cases' }).waitFor();
    // Signing in ends on the dashboard: wait for that navigation, or it may overtake the next goto.
    await page.waitForURL(/#\/dashboard$/);
  };

  it('lets a family without an account report a missing man in Russian, and answers with a reference only', async () => {
    const p = watch(await family.newPage());
    await p.goto(`${server.url}/?lang=ru#/report`);
    await p.locator('h1', { hasText: 'Сообщить о пропавшем' }).waitFor();
    expect(await p.locator('.intake-notice').textContent()).toContain('зашифрованном');
    await check(p, 'intake-ru');
    await p.fill('#intake-name', MAN);
    await p.fill('#intake-birthDate', '1996');
    await p.selectOption('#intake-region', 'RU-BU');
    await p.fill('#intake-unit', 'в/ч 12345');
    await p.selectOption('#intake-situation', 'detained');
    await p.fill('#intake-lastContactOn', '2024-07-12');
    await p.fill('#intake-lastWords', 'Сказал, что их держат в подвале и телефон отбирают.');
    await p.fill('#intake-lastPlace', 'подвал в Брянке');
    await p.fill('#intake-reporterName', 'Нина Заречная');
    await p.fill('#intake-relation', 'мать');
    await p.fill('#intake-contact', '+7 900 000-00-00');
    // The form is in English too; switching keeps what was typed.
    await p.selectOption('.lang select', 'en');
    await p.locator('h1', { hasText: 'Report a missing or detained man' }).waitFor();
    expect(await p.inputValue('#intake-name')).toBe(MAN);
    expect(await p.inputValue('#intake-region')).toBe('RU-BU');
    await check(p, 'intake-en');
    await p.selectOption('.lang select', 'ru');
    await p.locator('h1', { hasText: 'Сообщить о пропавшем' }).waitFor();
    // Without the consent the server refuses (400, which the browser logs), and the page says why next to the box.
    expected.push(/Failed to load resource.*\(Bad Request\)/);
    await p.locator('button[type=submit]').click();
    await p.locator('#intake-consent-error').waitFor();
    expect(await p.locator('#intake-consent-error').textContent()).toContain('поставьте отметку');
    expect(await p.locator('#intake-consent').getAttribute('aria-invalid')).toBe('true');
    await check(p, 'intake-consent-missing');
    expected.pop();
    await p.check('#intake-consent');
    await p.locator('button[type=submit]').click();
    await p.locator('#intake-ref').waitFor();
    ref = ((await p.locator('#intake-ref').textContent()) ?? '').trim();
    expect(ref).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // The answer says what happens next and nothing about the case or anyone else.
    const receipt = (await p.locator('.intake-receipt').textContent()) ?? '';
    expect(receipt).toContain('Что будет дальше');
    expect(receipt).not.toContain('Bryanka');
    await check(p, 'intake-done');
    await p.close();
  }, 120_000);

  it('shows the report to a caseworker in the triage queue and opens it', async () => {
    page = watch(await staff.newPage());
    await signIn();
    await page.locator('nav a', { hasText: 'Cases' }).click();
    await page.locator('#home-overdue').waitFor();
    expect(await page.locator('#home-triage').textContent()).toContain(ref);
    await check(page, 'home');
    await page.locator('a', { hasText: 'Triage queue' }).click();
    const row = page.locator('#case-list tr', { hasText: ref });
    await row.waitFor();
    expect(await row.textContent()).toContain('in triage');
    await check(page, 'triage');
    await row.locator('a').click();
    await page.locator('#case-ref', { hasText: ref }).waitFor();
    caseUrl = page.url();
    expect(await page.locator('h1').textContent()).toContain(MAN);
    // The report arrived with the family as a contact, the form in the log and the basement as his whereabouts.
    expect(await page.locator('#sec-family').textContent()).toContain('+7 900 000-00-00');
    expect(await page.locator('#sec-whereabouts').textContent()).toContain('подвал в Брянке');
    await check(page, 'detail-triage');
    await page.locator('#accept-case').click();
    await page.locator('.case-state .badge', { hasText: 'open' }).waitFor();
    await page.locator('#take-case').click();
    await page.locator('.assignees li', { hasText: CASEWORKER.username }).waitFor();
  }, 120_000);

  it('accepts a suggested report, which enters the status history', async () => {
    const suggestion = page.locator('.suggestion').first();
    await suggestion.waitFor();
    const before = await page.locator('.suggestion').count();
    expect(await suggestion.textContent()).toMatch(/Bryanka|Брянк/);
    await check(page, 'suggestions');
    await suggestion.locator('select[name=status]').selectOption('detained');
    await suggestion.locator('input[name=onDate]').fill('2024-07-12');
    await suggestion.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('.suggestion').count(), { timeout: 15_000 }).toBe(before - 1);
    const accepted = page.locator('#status-history tr', { hasText: '12 July 2024' });
    await accepted.waitFor();
    expect(await accepted.textContent()).toMatch(/detained.*(report|claim in a report)/);
  }, 120_000);

  it('records a status change and an appeal with its legal due date', async () => {
    await page.locator('#add-status > summary').click();
    await page.selectOption('#status-form-status', 'transferred');
    // Called today: later than the family's report, so it becomes the current status.
    await page.fill('#status-form-onDate', today());
    await page.selectOption('#status-form-evidenceKind', 'call');
    await page.fill('#status-form-note', 'A fellow soldier called: the men were moved to another site.');
    await page.locator('#add-status button[type=submit]').click();
    await page.locator('#status-history tr', { hasText: 'transferred' }).waitFor();
    expect(await page.locator('.case-state').textContent()).toContain('transferred');

    await page.locator('#add-appeal > summary').click();
    await page.selectOption('#appeal-form-addresseeType', 'military_prosecutor');
    expect(await page.locator('#appeal-form-addresseeType-hint').textContent()).toContain('30 days');
    await page.fill('#appeal-form-addressee', 'Военному прокурору гарнизона (вымышленный адресат)');
    await page.fill('#appeal-form-subject', 'Установить местонахождение и проверить законность содержания.');
    // Filed today by the server's clock, so the 30 days count from the same day the server counts from.
    await page.fill('#appeal-form-filedOn', today());
    await page.locator('#add-appeal button[type=submit]').click();
    const appeal = page.locator('#appeal-list li[data-state=pending]');
    await appeal.waitFor();
    expect(await appeal.textContent()).toContain('waiting for an answer: 30 d left');
    const due = new Date(clock.now().getTime() + 30 * 86_400_000);
    const dueText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(due);
    expect(await appeal.textContent()).toContain(`answer due ${dueText}`);
    // The letter is a download of plain Russian text, from a template kept as data. After a reload,
    // so the page has to offer a template even when the appeal is shown before the templates arrive.
    await page.reload();
    await appeal.waitFor();
    const letterUrl = await appeal.locator('.letter-link').getAttribute('href');
    const letter = await page.request.get(`${server.url}${letterUrl}`);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-disposition']).toContain('attachment');
    expect(letterUrl).toMatch(/template=[a-z-]+/);
    expect(await letter.text()).toContain(MAN);
    await check(page, 'detail-appeal');
  }, 120_000);

  it('adds tasks with an assignee and a due date, and marks one done', async () => {
    const inDays = (n: number) => new Date(clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const add = async (title: string, due: string) => {
      await page.fill('#task-form-title', title);
      await page.selectOption('#task-form-assignee', { label: CASEWORKER.username });
      await page.fill('#task-form-dueOn', due);
      await page.locator('#add-task button[type=submit]').click();
      await page.locator('.tasks li', { hasText: title }).waitFor();
    };
    await page.locator('#add-task > summary').click();
    await add('Позвонить в прокуратуру гарнизона', inDays(7));
    await add('Запросить копию рапорта', inDays(14));
    const first = page.locator('.tasks li', { hasText: 'Запросить копию рапорта' });
    await first.locator('button', { hasText: 'Mark done' }).click();
    await first.locator('.badge', { hasText: 'done' }).waitFor();
    expect(await page.locator('.tasks li.overdue').count()).toBe(0);
  }, 120_000);

  it('checks an identity answer and tells only match or no match', async () => {
    await page.locator('#add-challenge > summary').click();
    await page.fill('#challenge-form-question', 'Как звали его кота в детстве?');
    await page.fill('#challenge-form-answer', 'Рыжик');
    await page.locator('#add-challenge button[type=submit]').click();
    const challenge = page.locator('.challenge').first();
    await challenge.waitFor();
    await challenge.locator('input[name=answer]').fill('  рыжик ');
    await challenge.locator('button[type=submit]').click();
    await challenge.locator('.check-result', { hasText: 'Match' }).waitFor();
    await challenge.locator('input[name=answer]').fill('Барсик');
    await challenge.locator('button[type=submit]').click();
    await challenge.locator('.check-result', { hasText: 'No match' }).waitFor();
    expect(await challenge.textContent()).not.toContain('Рыжик');
  }, 120_000);

  it('opens a case by hand from the case list, with the API’s objection shown next to its field', async () => {
    await page.locator('a', { hasText: 'Casework' }).first().click();
    await page.locator('a', { hasText: 'All cases' }).click();
    await page.locator('#case-list').waitFor();
    await page.locator('.new-case > summary').click();
    await page.fill('#new-case-personName', 'Григорий Ветлугин');
    await page.fill('#new-case-region', 'Buryatia');
    expected.push(/Failed to load resource.*\(Bad Request\)/);
    await page.locator('#new-case button[type=submit]').click();
    await page.locator('#new-case-region-error').waitFor();
    expect(await page.locator('#new-case-region-error').textContent()).toContain('ISO 3166-2');
    await check(page, 'list-new-case');
    expected.pop();
    await page.fill('#new-case-region', 'RU-BU');
    await page.locator('#new-case button[type=submit]').click();
    await page.locator('h1', { hasText: 'Григорий Ветлугин' }).waitFor();
    expect(await page.locator('.case-state').textContent()).toContain('open');
  }, 120_000);

  it('flags the appeal overdue on the case and on the home screen once its due date has passed', async () => {
    clock.advanceDays(40);
    // Forty days on, the session has long expired: the caseworker signs in again.
    await signIn();
    await page.goto(caseUrl);
    const appeal = page.locator('#appeal-list li[data-state=overdue]');
    await appeal.waitFor();
    expect(await appeal.textContent()).toContain('OVERDUE');
    expect(await appeal.textContent()).toContain('overdue by 10 d');
    expect(await page.locator('.alert-overdue').textContent()).toContain('Overdue appeals: 1');
    // The open task is past its date too; the one done is not flagged.
    expect(await page.locator('.tasks li.overdue').textContent()).toContain(
      'Позвонить в прокуратуру гарнизона',
    );
    expect(await page.locator('.tasks li.overdue').count()).toBe(1);
    await check(page, 'detail-overdue');
    await page.locator('nav a', { hasText: 'Cases' }).click();
    const flagged = page.locator('#overdue-appeals li', { hasText: MAN });
    await flagged.waitFor();
    expect(await flagged.textContent()).toContain('OVERDUE');
    expect(await page.locator('#overdue-tasks').textContent()).toContain('Позвонить в прокуратуру гарнизона');
    await check(page, 'home-overdue');
  }, 120_000);

  it('shows everyone the casework in numbers, with the one case hidden as a small count', async () => {
    const p = watch(await family.newPage());
    await p.goto(`${server.url}/?lang=ru#/dashboard`);
    await p.locator('#casework-h').waitFor();
    // A month later the family's case (taken on last month) counts, but one is under 5: hidden, not shown.
    expect(await p.locator('[data-stat="casework-cases"] .stat-value').textContent()).toBe('скрыто');
    expect(await p.locator('.casework-stats').textContent()).not.toContain(MAN);
    expect(await p.locator('.report-callout a').getAttribute('href')).toBe('#/report');
    await check(p, 'dashboard-public-ru');
    await p.close();
  }, 120_000);

  it('raised no script error and no CSP violation on any screen', () => {
    expect(errors).toEqual([]);
  });
});
