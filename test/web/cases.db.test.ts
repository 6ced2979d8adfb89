/**
 * Case files in real Chromium, against the real server with a clock the test
 * moves: a family with no account reports a missing man through the public
 * form in Russian and gets a reference; a caseworker signs in, finds the
 * report in the triage queue, opens it, takes it on, accepts one report the
 * match search suggested and rejects another (which searching again does not
 * bring back), records a status change and an appeal to the military
 * prosecutor's office (30 days for an answer), tasks, a call, the man's
 * brother and a note; opens a second case by hand, narrows the case list with
 * its filters and closes that case. Forty days later the appeal and the open
 * task are flagged overdue on the case and on the caseworker's home screen;
 * the prosecutor's late answer, once recorded, clears the appeal's flag.
 * Every screen is screenshotted (test-output/screenshots/cases-*.png) and
 * checked with axe-core.
 *
 * The family's report names a unit and a basement in Bryanka, which the
 * invented sample corpus (data/sample) reports on, so the match search has
 * something to suggest. The man, his mother and brother and the second man
 * are invented for this test.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

  /**
   * Sets the case list's filters through its form and submits it; resolves to the rows once the list
   * the API answered is shown. The filters must differ from the address's, or nothing is requested.
   */
  const filterList = async (filters: { state?: string; status?: string; mine?: boolean; q?: string }) => {
    const form = page.locator('form.filters');
    await form.locator('input[name=q]').fill(filters.q ?? '');
    await form.locator('select[name=state]').selectOption(filters.state ?? '');
    await form.locator('select[name=status]').selectOption(filters.status ?? '');
    await form.locator('input[name=mine]').setChecked(filters.mine ?? false);
    const answered = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/cases' && r.request().method() === 'GET',
    );
    await form.locator('button[type=submit]').click();
    const { items } = (await (await answered).json()) as { items: { id: string }[] };
    // Wait for these very cases, not only their number: the list before may have had as many.
    const rows = page.locator('#case-list tbody tr');
    const shown = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-case')));
    await expect.poll(shown, { timeout: 15_000 }).toEqual(items.map((c) => c.id));
    await page.locator('#case-count', { hasText: `Cases: ${items.length}` }).waitFor();
    return rows;
  };
  /** Opens a tab of the case file and waits for it. */
  const tab = async (name: string) => {
    await page.locator(`#tab-${name}`).click();
    await page.locator(`article.case-file[data-tab="${name}"]`).waitFor();
  };
  const titles = async (rows: Locator) => (await rows.locator('td:nth-child(2) a').allTextContents()).sort();

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
    // Dates as people write them.
    await p.fill('#intake-lastContactOn', '12.07.2024');
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
    // The family's view is dated by his last contact, not by the day of the form.
    expect(await page.locator('.case-state').textContent()).toContain('detained since 12 July 2024');
    expect(await page.locator('.case-facts').textContent()).toContain('12 July 2024');
    // The report arrived with the family as a contact, the form in the log and the basement as his whereabouts.
    expect(await page.locator('#sec-whereabouts').textContent()).toContain('подвал в Брянке');
    await check(page, 'detail-triage');
    // The file is one part at a time, each behind a tab kept in the address.
    await tab('people');
    expect(await page.locator('#sec-family').textContent()).toContain('+7 900 000-00-00');
    expect(await page.locator('#sec-whereabouts').count()).toBe(0);
    expect(page.url()).toContain('tab=people');
    await tab('overview');
    await page.locator('#accept-case').click();
    await page.locator('.case-state .badge', { hasText: 'open' }).waitFor();
    await page.locator('#take-case').click();
    await page.locator('.assignees li', { hasText: CASEWORKER.username }).waitFor();
  }, 120_000);

  it('accepts a suggested report, which enters the status history', async () => {
    await tab('reports');
    const suggestion = page.locator('.suggestion').first();
    await suggestion.waitFor();
    const before = await page.locator('.suggestion').count();
    expect(await suggestion.textContent()).toMatch(/Bryanka|Брянк/);
    // Why, in words a caseworker can use: no bits.
    expect(await suggestion.locator('.reasons').textContent()).toMatch(/his unit|place/);
    expect(await suggestion.textContent()).not.toMatch(/bits/);
    await check(page, 'suggestions');
    await suggestion.locator('select[name=status]').selectOption('detained');
    await suggestion.locator('input[name=onDate]').fill('12.07.2024');
    await suggestion.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('.suggestion').count(), { timeout: 15_000 }).toBe(before - 1);
    await tab('overview');
    // The same day as the family's report (dated by his last contact): the report's entry is the one with a report as evidence.
    const accepted = page
      .locator('#status-history tr', { hasText: '12 July 2024' })
      .filter({ hasText: /report/ });
    await accepted.waitFor();
    expect(await accepted.textContent()).toMatch(/detained.*(report|claim in a report)/);
  }, 120_000);

  it('rejects a suggested report, which a new search does not suggest again', async () => {
    const caseId = await page.locator('article.case-file').getAttribute('data-case');
    const historyRows = await page.locator('#status-history tbody tr').count();
    await tab('reports');
    const suggestions = page.locator('.suggestion');
    await suggestions.first().waitFor();
    const before = await suggestions.count();
    expect(before, 'the search should have suggested a second report').toBeGreaterThan(0);
    const rejected = suggestions.first();
    const linkId = await rejected.getAttribute('data-suggestion');
    const sourceHref = await rejected.locator('a').first().getAttribute('href');
    await rejected.locator('button', { hasText: 'Reject' }).click();
    await expect.poll(() => suggestions.count(), { timeout: 15_000 }).toBe(before - 1);
    expect(await page.locator(`.suggestion[data-suggestion="${linkId}"]`).count()).toBe(0);

    // "Search again" runs the match search (POST …/match); the page reloads the list after it.
    const searched = page.waitForResponse((r) => r.url().endsWith(`/api/cases/${caseId}/match`));
    const relisted = page.waitForResponse(
      (r) => r.url().endsWith(`/api/cases/${caseId}/suggestions`) && r.request().method() === 'GET',
    );
    await page.locator('#match-again').click();
    const { added } = (await (await searched).json()) as { added: number };
    await relisted;
    await page
      .locator('#sec-suggestions .toolbar [role=status]', {
        hasText: `Search done. New suggestions: ${added}.`,
      })
      .waitFor();
    expect(await page.locator(`#sec-suggestions a[href="${sourceHref}"]`).count()).toBe(0);
    expect(await suggestions.count()).toBe(before - 1 + added);
    const api = await page.request.get(`${server.url}/api/cases/${caseId}/suggestions`);
    const { items } = (await api.json()) as { items: { id: string; source: { id: string } }[] };
    expect(items.map((i) => i.id)).not.toContain(linkId);
    expect(items.map((i) => `#/sources/${encodeURIComponent(i.source.id)}`)).not.toContain(sourceHref);
    await check(page, 'suggestion-rejected');
    // A rejection is not evidence: the status history is as it was.
    await tab('overview');
    expect(await page.locator('#status-history tbody tr').count()).toBe(historyRows);
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

    await tab('appeals');
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
    // The family's last contact fills its line.
    expect(await letter.text()).toContain('12.07.2024');
    // And as a document to print and sign.
    const docxUrl = await appeal.locator('.letter-docx').getAttribute('href');
    const docx = await page.request.get(`${server.url}${docxUrl}`);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
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
    await tab('overview');
    await page.locator('#add-task > summary').click();
    await add('Позвонить в прокуратуру гарнизона', inDays(7));
    await add('Запросить копию рапорта', inDays(14));
    const first = page.locator('.tasks li', { hasText: 'Запросить копию рапорта' });
    await first.locator('button', { hasText: 'Mark done' }).click();
    await first.locator('.badge', { hasText: 'done' }).waitFor();
    expect(await page.locator('.tasks li.overdue').count()).toBe(0);
  }, 120_000);

  it('checks an identity answer and tells only match or no match', async () => {
    await tab('identity');
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

  it('logs a call, adds a family contact and writes a note, each in its own section', async () => {
    const caseId = await page.locator('article.case-file').getAttribute('data-case');
    const summary = 'Позвонили матери: новостей от него нет, передали номер адвоката.';
    await tab('people');
    await page.locator('#add-contact > summary').click();
    await page.selectOption('#contact-form-channel', 'call');
    await page.selectOption('#contact-form-direction', 'out');
    await page.fill('#contact-form-counterpart', 'Нина Заречная (мать)');
    // datetime-local has no zone: the page reads it as the computer's local time and sends an instant.
    await page.fill('#contact-form-at', '2024-07-20T10:00');
    await page.fill('#contact-form-summary', summary);
    await page.locator('#add-contact button[type=submit]').click();
    const call = page.locator('#sec-contacts tbody tr', { hasText: 'Позвонили матери' });
    await call.waitFor();
    expect(await call.textContent()).toContain('call · outgoing');
    expect(await call.textContent()).toContain('20 Jul 2024, 10:00');
    expect(await call.textContent()).toContain('Нина Заречная (мать)');
    expect(await call.textContent()).toContain(CASEWORKER.username);
    // Beside the family's form from the intake: two entries, the call (older) below it.
    expect(await page.locator('#sec-contacts tbody tr').count()).toBe(2);
    expect(await page.locator('#sec-contacts tbody tr').last().textContent()).toContain('Позвонили матери');
    expect(await page.inputValue('#contact-form-summary')).toBe('');

    // A family contact needs a name or a way to reach them: the server's objection shows by the name.
    await page.locator('#add-family > summary').click();
    await page.fill('#family-form-relation', 'брат');
    expected.push(/Failed to load resource.*\(Bad Request\)/);
    await page.locator('#add-family button[type=submit]').click();
    await page.locator('#family-form-name-error').waitFor();
    expect(await page.locator('#family-form-name-error').textContent()).toContain(
      'needs a name or a contact',
    );
    expect(await page.locator('#family-form-name').getAttribute('aria-invalid')).toBe('true');
    expected.pop();
    await page.fill('#family-form-name', 'Пётр Заречный');
    await page.fill('#family-form-contact', '+7 900 000-00-01');
    await page.locator('#add-family button[type=submit]').click();
    const brother = page.locator('#sec-family tbody tr', { hasText: 'Пётр Заречный' });
    await brother.waitFor();
    expect(await brother.textContent()).toContain('брат');
    expect(await brother.textContent()).toContain('+7 900 000-00-01');
    expect(await page.locator('#family-form-name-error').count()).toBe(0);
    // He can now sign the appeal's letter.
    await tab('appeals');
    expect(await page.locator('#appeal-list .letter select').last().textContent()).toContain(
      'Пётр Заречный, брат',
    );
    await tab('people');

    await page.locator('#add-note > summary').click();
    await page.fill('#note-form-body', 'Мать просит звонить только после 18:00.');
    await page.locator('#add-note button[type=submit]').click();
    const note = page.locator('#sec-notes .notes li', { hasText: 'только после 18:00' });
    await note.waitFor();
    expect(await note.locator('.meta').textContent()).toContain(CASEWORKER.username);
    expect(await page.locator('#sec-notes-h .count-pill').textContent()).toBe('1');
    await check(page, 'detail-log');

    // All three are stored, not only drawn: after a reload, and in the case file the API returns.
    await page.reload();
    await page.locator('#sec-contacts tbody tr', { hasText: 'Позвонили матери' }).waitFor();
    await page.locator('#sec-family tbody tr', { hasText: 'Пётр Заречный' }).waitFor();
    await page.locator('#sec-notes .notes li', { hasText: 'только после 18:00' }).waitFor();
    const file = (await (await page.request.get(`${server.url}/api/cases/${caseId}`)).json()) as {
      contacts: { summary: string; channel: string; direction: string; at: string }[];
      family: { name: string | null; relation: string | null }[];
    };
    const logged = file.contacts.find((c) => c.summary === summary);
    expect(logged).toMatchObject({ channel: 'call', direction: 'out' });
    const sentAt = await page.evaluate(() => new Date('2024-07-20T10:00').toISOString());
    expect(Date.parse(logged?.at ?? '')).toBe(Date.parse(sentAt));
    expect(file.family).toContainEqual(expect.objectContaining({ name: 'Пётр Заречный', relation: 'брат' }));
  }, 120_000);

  it('opens a case by hand from the case list, with the API’s objection shown next to its field', async () => {
    await page.locator('a', { hasText: 'Casework' }).first().click();
    await page.locator('a', { hasText: 'All cases' }).click();
    await page.locator('#case-list').waitFor();
    await page.locator('.new-case > summary').click();
    await page.fill('#new-case-personName', 'Григорий Ветлугин');
    await page.fill('#new-case-birthDate', '14.02.1998');
    await page.fill('#new-case-region', 'Atlantis');
    expected.push(/Failed to load resource.*\(Bad Request\)/);
    await page.locator('#new-case button[type=submit]').click();
    await page.locator('#new-case-region-error').waitFor();
    expect(await page.locator('#new-case-region-error').textContent()).toContain('No region by that name');
    await check(page, 'list-new-case');
    expected.pop();
    // A region by its name, in either language; not a code typed by hand.
    await page.fill('#new-case-region', 'Бурятия');
    await page.locator('#new-case button[type=submit]').click();
    await page.locator('h1', { hasText: 'Григорий Ветлугин' }).waitFor();
    expect(await page.locator('.case-state').textContent()).toContain('open');
    expect(await page.locator('.case-facts').textContent()).toContain('Buryatia (RU-BU)');
    expect(await page.locator('.case-facts').textContent()).toContain('14 February 1998');
  }, 120_000);

  it('narrows the case list by state, current status and "only mine", kept in the address', async () => {
    await page.locator('.crumbs a', { hasText: /^Cases$/ }).click();
    await page.locator('#case-count', { hasText: 'Cases: 2' }).waitFor();
    expect(await titles(page.locator('#case-list tbody tr'))).toEqual([MAN, 'Григорий Ветлугин'].sort());
    // Filing the appeal made the family's case "appealed"; the one opened by hand has no status yet.
    expect(await titles(await filterList({ status: 'appealed' }))).toEqual([MAN]);
    expect(page.url()).toMatch(/#\/case-list\?status=appealed$/);
    expect(await titles(await filterList({ status: 'unknown' }))).toEqual(['Григорий Ветлугин']);
    // Only the family's case is assigned to the caseworker (taken on in triage).
    expect(await titles(await filterList({ state: 'open', mine: true }))).toEqual([MAN]);
    expect(page.url()).toContain('mine=true');
    await check(page, 'list-filtered');
    expect(await (await filterList({ state: 'triage' })).count()).toBe(0);
    expect(await page.locator('.cases .empty').textContent()).toBe('Nothing here yet.');
    // The address keeps the filters: a reload shows the same list with the form set as it was.
    await filterList({ status: 'appealed', mine: true });
    await page.reload();
    await page.locator('#case-count', { hasText: 'Cases: 1' }).waitFor();
    expect(await page.locator('form.filters select[name=status]').inputValue()).toBe('appealed');
    expect(await page.locator('form.filters input[name=mine]').isChecked()).toBe(true);
    expect(await titles(await filterList({}))).toEqual([MAN, 'Григорий Ветлугин'].sort());
    // Found by his surname typed in Latin letters, or by the family's reference.
    expect(await titles(await filterList({ q: 'Zarechny' }))).toEqual([MAN]);
    expect(await titles(await filterList({ q: ref }))).toEqual([MAN]);
    expect(page.url()).toContain(`q=${ref}`);
    await filterList({});
  }, 120_000);

  it('closes a case from its header, after which it is in the closed list and not the open one', async () => {
    await page.locator('#case-list a', { hasText: 'Григорий Ветлугин' }).click();
    await page.locator('h1', { hasText: 'Григорий Ветлугин' }).waitFor();
    const caseId = await page.locator('article.case-file').getAttribute('data-case');
    await page.locator('#close-case').click();
    await page.locator('.case-state .badge', { hasText: 'closed' }).waitFor();
    expect(await page.locator('#close-case').count()).toBe(0);
    expect(await page.locator('#reopen-case').isVisible()).toBe(true);
    // A closed case offers no forms to add to it.
    await page.locator('#closed-note').waitFor();
    expect(await page.locator('details.add-form').count()).toBe(0);
    await tab('people');
    expect(await page.locator('details.add-form').count()).toBe(0);
    await check(page, 'detail-closed');
    const closed = (await (await page.request.get(`${server.url}/api/cases/${caseId}`)).json()) as {
      state: string;
    };
    expect(closed.state).toBe('closed');
    await page.locator('.crumbs a', { hasText: /^Cases$/ }).click();
    await page.locator('#case-list').waitFor();
    expect(await titles(await filterList({ state: 'open' }))).toEqual([MAN]);
    expect(await titles(await filterList({ state: 'closed' }))).toEqual(['Григорий Ветлугин']);
    const open = (await (await page.request.get(`${server.url}/api/cases?state=open`)).json()) as {
      items: { id: string }[];
    };
    expect(open.items.map((c) => c.id)).not.toContain(caseId);
  }, 120_000);

  it('flags the appeal overdue on the case and on the home screen once its due date has passed', async () => {
    clock.advanceDays(40);
    // Forty days on, the session has long expired: the caseworker signs in again.
    await signIn();
    await page.goto(caseUrl);
    await page.locator('article.case-file').waitFor();
    await tab('appeals');
    const appeal = page.locator('#appeal-list li[data-state=overdue]');
    await appeal.waitFor();
    expect(await appeal.textContent()).toContain('OVERDUE');
    expect(await appeal.textContent()).toContain('overdue by 10 d');
    expect(await page.locator('.alert-overdue').textContent()).toContain('Overdue appeals: 1');
    // The open task is past its date too; the one done is not flagged.
    await tab('overview');
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

  it('records the late answer to the appeal, which then shows as answered and no longer overdue', async () => {
    await page.locator('#overdue-appeals li a', { hasText: MAN }).click();
    await page.locator('article.case-file').waitFor();
    await tab('appeals');
    const overdue = page.locator('#appeal-list li[data-state=overdue]');
    await overdue.waitFor();
    const appealId = await overdue.getAttribute('data-appeal');
    // The answer came 35 days after the filing, five days ago by the server's clock.
    const answeredOn = new Date(clock.now().getTime() - 5 * 86_400_000);
    await overdue.locator('details.add-form > summary', { hasText: 'Record the answer' }).click();
    await overdue
      .locator('textarea[name=response]')
      .fill('Прокуратура сообщает: проводится проверка, о результатах сообщат.');
    // A date before the filing is refused, and the page says so next to the date.
    const respondedOn = overdue.locator('input[name=respondedOn]');
    await respondedOn.fill('2024-01-31');
    expected.push(/Failed to load resource.*\(Bad Request\)/);
    await overdue.locator('button[type=submit]', { hasText: 'Save the answer' }).click();
    const dateError = page.locator(`#response-${appealId}-respondedOn-error`);
    await dateError.waitFor();
    expect(await dateError.textContent()).toContain('must not be before the filing date');
    expect(await respondedOn.getAttribute('aria-invalid')).toBe('true');
    expected.pop();
    await respondedOn.fill(answeredOn.toISOString().slice(0, 10));
    // The answer says he was released: recording it moves the case's status, dated by the answer.
    await overdue.locator('select[name=status]').selectOption('released');
    await overdue.locator('button[type=submit]', { hasText: 'Save the answer' }).click();
    const answered = page.locator(`#appeal-list li[data-appeal="${appealId}"][data-state=answered]`);
    await answered.waitFor();
    const text = (await answered.textContent()) ?? '';
    const dateText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      answeredOn,
    );
    expect(text).toContain(`Answer of ${dateText}:`);
    expect(text).toContain('проводится проверка');
    expect(text).toContain('answered');
    expect(text).not.toContain('OVERDUE');
    // Answered once: no form to answer it again, and the section no longer warns.
    expect(await answered.locator('details.add-form').count()).toBe(0);
    expect(await page.locator('.alert-overdue').count()).toBe(0);
    expect(await page.locator('.case-state').textContent()).toContain(`released since ${dateText}`);
    await check(page, 'detail-answered');
    const due = (await (await page.request.get(`${server.url}/api/casework/due`)).json()) as {
      items: { appealId: string }[];
    };
    expect(due.items.map((a) => a.appealId)).not.toContain(appealId);
    // The home screen still flags the open task, but not the appeal.
    await page.locator('nav a', { hasText: 'Cases' }).click();
    await page.locator('#overdue-tasks').waitFor();
    expect(await page.locator('#overdue-appeals').count()).toBe(0);
    expect(await page.locator('#home-overdue .count-pill').textContent()).toBe('1');
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
    expect(errors.join('\n')).toBe('');
  });
});
