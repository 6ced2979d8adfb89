/**
 * The application shell: session, language, navigation bar and the screen
 * for the current route. Screens a role cannot use are not offered.
 */
import { html, render, useEffect, useState } from '/vendor/htm-preact.js';
import { api, setCsrf } from './lib/api.js';
import { currentLanguage, initialLanguage, LANGUAGES, t, useLanguage } from './lib/i18n.js';
import { allowed, publicOnly } from './lib/roles.js';
import { currentRoute, href } from './lib/router.js';
import { Admin } from './screens/admin/users.js';
import { vocabularyReady } from './screens/cases/common.js';
import { CaseDetail } from './screens/cases/detail.js';
import { CaseHome } from './screens/cases/home.js';
import { CaseList } from './screens/cases/list.js';
import { Dashboard } from './screens/dashboard/dashboard.js';
import { Ingest } from './screens/ingest/ingest.js';
import { Intake } from './screens/intake/intake.js';
import { NumberPage } from './screens/number/number.js';
import { RecordList } from './screens/records/list.js';
import { RecordPage } from './screens/records/record.js';
import { Review } from './screens/review/review.js';
import { Search } from './screens/search/search.js';
import { SignIn } from './screens/signin/signin.js';
import { SourceList } from './screens/sources/list.js';
import { Reader } from './screens/sources/reader.js';

const NAV = ['dashboard', 'cases', 'sources', 'records', 'search', 'review', 'ingest', 'report', 'admin'];

/** Who is signed in: the public probe answers a visitor with no user, never a 401 in the console. */
async function loadSession() {
  try {
    const s = await api('/api/public/session');
    setCsrf(s.csrfToken);
    return s.user;
  } catch {
    return null;
  }
}

function Screen({ route, user, onSession }) {
  const role = user && !user.mustChangePassword ? user.role : null;
  if (route.screen === 'signin' || user?.mustChangePassword)
    return html`<${SignIn} user=${user} onSession=${onSession} />`;
  const screens = {
    dashboard: () => html`<${Dashboard} role=${role} />`,
    sources: () =>
      route.id
        ? html`<${Reader} id=${route.id} role=${role} route=${route} />`
        : html`<${SourceList} route=${route} />`,
    search: () => html`<${Search} route=${route} role=${role} />`,
    review: () => html`<${Review} />`,
    ingest: () => html`<${Ingest} />`,
    records: () =>
      route.id
        ? html`<${RecordPage} key=${route.id} id=${route.id} />`
        : html`<${RecordList} route=${route} />`,
    cases: () =>
      route.id
        ? html`<${CaseDetail} key=${route.id} id=${route.id} user=${user} />`
        : html`<${CaseHome} user=${user} />`,
    'case-list': () => html`<${CaseList} route=${route} />`,
    report: () => html`<${Intake} />`,
    admin: () => html`<${Admin} user=${user} />`,
    number: () => html`<${NumberPage} key=${route.id} id=${route.id} />`,
  };
  const show = screens[route.screen];
  if (!show) return html`<p>${t('error.notFound')}</p>`;
  if (!allowed(role, route.screen))
    return html`<p class="notice">${t(role ? 'error.forbidden' : 'error.signIn')}</p>`;
  return show();
}

/** The navigation entry a screen belongs to (the case list is part of "Cases"). */
const section = (screen) => (screen === 'case-list' ? 'cases' : screen);

function Nav({ user, route, onLanguage, onSignOut }) {
  const role = user && !user.mustChangePassword ? user.role : null;
  return html`<header class="top">
    <a class="brand" href=${href('dashboard')}>objector</a>
    <nav aria-label=${t('nav.label')}>
      <ul>
        ${NAV.filter((s) => allowed(role, s) && !(role && publicOnly(s))).map(
          (s) =>
            html`<li><a href=${href(s)} aria-current=${section(route.screen) === s ? 'page' : undefined}>${t(`nav.${s}`)}</a></li>`,
        )}
      </ul>
    </nav>
    <div class="account">
      <label class="lang">
        <span class="visually-hidden">${t('nav.language')}</span>
        <select value=${currentLanguage()} onChange=${(e) => onLanguage(e.target.value)}>
          ${LANGUAGES.map((l) => html`<option value=${l}>${t(`lang.${l}`)}</option>`)}
        </select>
      </label>
      ${
        user
          ? html`<span class="who">${user.username} · ${t(`role.${user.role}`)}</span>
            <button type="button" onClick=${onSignOut}>${t('nav.signOut')}</button>`
          : html`<a class="button" href=${href('signin')}>${t('nav.signIn')}</a>`
      }
    </div>
  </header>`;
}

function App({ initialUser }) {
  const [route, setRoute] = useState(currentRoute());
  const [user, setUser] = useState(initialUser);
  const [, setLang] = useState(currentLanguage());
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${t(`nav.${route.screen}`)} · objector`;
  });
  const onSession = async () => {
    const u = await loadSession();
    setUser(u);
    if (u && !u.mustChangePassword && route.screen === 'signin') location.hash = href('dashboard');
  };
  const onLanguage = async (code) => {
    await useLanguage(code, true);
    setLang(code);
  };
  const onSignOut = async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => {});
    setUser(null);
    location.hash = href('dashboard');
  };
  return html`<${Nav} user=${user} route=${route} onLanguage=${onLanguage} onSignOut=${onSignOut} />
    <main id="main" key=${currentLanguage()}>
      <${Screen} route=${route} user=${user} onSession=${onSession} />
    </main>`;
}

/**
 * Starts the app once the session and the language are known. Not a
 * top-level await: a failure here (the language file unreachable) must still
 * leave a working app, signed out, in the language it has.
 */
async function start() {
  // The case vocabularies are awaited too (they never reject), so a case screen opens with its lists.
  const [user] = await Promise.all([loadSession(), useLanguage(initialLanguage()), vocabularyReady]).catch(
    () => [null],
  );
  const root = document.getElementById('app');
  root.replaceChildren(); // drop the "loading" text: Preact appends to what it finds
  render(html`<${App} initialUser=${user} />`, root);
}

start();
