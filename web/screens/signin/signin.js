/** Sign-in, with the second factor when the account has one, and the forced change of a one-time password. */
import { html, useState } from '/vendor/htm-preact.js';
import { api, setCsrf } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { ErrorBox } from '../../lib/ui.js';

function Field({ name, label, type = 'text', value, onInput, autocomplete, required = true }) {
  return html`<label>${label}<input name=${name} type=${type} value=${value} autocomplete=${autocomplete} required=${required} onInput=${(e) => onInput(e.target.value)} /></label>`;
}

function Login({ onSession }) {
  const [form, setForm] = useState({ username: '', password: '', totp: '' });
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    try {
      const body = {
        username: form.username,
        password: form.password,
        ...(needTotp && form.totp ? { totp: form.totp } : {}),
      };
      const s = await api('/api/auth/login', { method: 'POST', body });
      setCsrf(s.csrfToken);
      await onSession();
    } catch (err) {
      // The server never says that a password was right but the code missing (that would confirm a
      // guessed password): after any refusal, offer the code field, for accounts that have one.
      if (err.status === 401) setNeedTotp(true);
      setError(err);
    }
  };
  const field = (name) => (v) => setForm({ ...form, [name]: v });
  return html`<form class="card" onSubmit=${submit}>
    <h1>${t('signin.title')}</h1>
    <${Field} name="username" label=${t('signin.username')} value=${form.username} onInput=${field('username')} autocomplete="username" />
    <${Field} name="password" type="password" label=${t('signin.password')} value=${form.password} onInput=${field('password')} autocomplete="current-password" />
    ${needTotp ? html`<${Field} name="totp" label=${t('signin.totp')} value=${form.totp} onInput=${field('totp')} autocomplete="one-time-code" required=${false} />` : null}
    <${ErrorBox} error=${error} />
    <button type="submit">${t('signin.submit')}</button>
  </form>`;
}

function ChangePassword({ onSession }) {
  const [form, setForm] = useState({ current: '', password: '', confirm: '' });
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    if (form.password !== form.confirm) return setError({ title: t('signin.mismatch') });
    try {
      await api('/api/auth/password', {
        method: 'POST',
        body: { current: form.current, password: form.password },
      });
      await onSession();
    } catch (err) {
      setError(err);
    }
  };
  const field = (name) => (v) => setForm({ ...form, [name]: v });
  return html`<form class="card" onSubmit=${submit}>
    <h1>${t('signin.changeTitle')}</h1>
    <p>${t('signin.changeNote')}</p>
    <${Field} name="current" type="password" label=${t('signin.current')} value=${form.current} onInput=${field('current')} autocomplete="current-password" />
    <${Field} name="new-password" type="password" label=${t('signin.new')} value=${form.password} onInput=${field('password')} autocomplete="new-password" />
    <${Field} name="confirm" type="password" label=${t('signin.confirm')} value=${form.confirm} onInput=${field('confirm')} autocomplete="new-password" />
    <${ErrorBox} error=${error} />
    <button type="submit">${t('signin.change')}</button>
  </form>`;
}

export function SignIn({ user, onSession }) {
  return user?.mustChangePassword
    ? html`<${ChangePassword} onSession=${onSession} />`
    : html`<${Login} onSession=${onSession} />`;
}
