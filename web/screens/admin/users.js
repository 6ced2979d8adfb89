/**
 * Accounts, for admins: add one (its one-time password is shown once, here
 * only), change a role, disable or enable, reset a password, remove a lost
 * second factor. The server enforces who may do this, keeps the last admin,
 * ends the sessions a change should end, and audits every change.
 */
import { html, useState } from '/vendor/htm-preact.js';
import { api } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { ErrorBox, Loading, useApi } from '../../lib/ui.js';

const ROLES = ['admin', 'researcher', 'caseworker', 'viewer'];

/** A one-time password, shown once with what to do with it. */
function OneTime({ shown }) {
  if (!shown) return null;
  return html`<div class="notice one-time" role="status">
    <p>${t('admin.oneTime', { username: shown.username })}</p>
    <p><code id="one-time-password">${shown.password}</code></p>
    <p class="hint">${t('admin.oneTimeHint')}</p>
  </div>`;
}

function AddUser({ onAdded, onError }) {
  const [username, setUsername] = useState('');
  const [role, setRole] = useState('viewer');
  const submit = async (e) => {
    e.preventDefault();
    try {
      const r = await api('/api/users', { method: 'POST', body: { username, role } });
      setUsername('');
      onAdded(r.user, r.oneTimePassword);
    } catch (error) {
      onError(error);
    }
  };
  return html`<form class="filters" id="add-user" onSubmit=${submit}>
    <label>${t('admin.username')} <input name="username" required autocomplete="off" value=${username} onInput=${(e) => setUsername(e.target.value)} /></label>
    <label>${t('admin.role')}
      <select name="role" value=${role} onChange=${(e) => setRole(e.target.value)}>
        ${ROLES.map((r) => html`<option value=${r}>${t(`role.${r}`)}</option>`)}
      </select>
    </label>
    <button type="submit">${t('admin.add')}</button>
  </form>`;
}

function Row({ user, me, act }) {
  return html`<tr data-user=${user.username}>
    <th scope="row">${user.username}${user.id === me ? html` <span class="badge">${t('admin.you')}</span>` : null}</th>
    <td>
      <select aria-label=${t('admin.roleOf', { username: user.username })} value=${user.role}
        onChange=${(e) => act(`/api/users/${user.id}`, 'PATCH', { role: e.target.value })}>
        ${ROLES.map((r) => html`<option value=${r}>${t(`role.${r}`)}</option>`)}
      </select>
    </td>
    <td>${user.disabled ? t('admin.disabled') : user.mustChangePassword ? t('admin.mustChange') : t('admin.active')}${user.totp ? ` · ${t('admin.totp')}` : ''}</td>
    <td class="actions">
      <button type="button" class="secondary" onClick=${() => act(`/api/users/${user.id}`, 'PATCH', { disabled: !user.disabled })}>
        ${user.disabled ? t('admin.enable') : t('admin.disable')}</button>
      <button type="button" class="secondary" onClick=${() => act(`/api/users/${user.id}/password`, 'POST', undefined, user)}>${t('admin.reset')}</button>
      ${user.totp ? html`<button type="button" class="secondary" onClick=${() => act(`/api/users/${user.id}/totp`, 'DELETE')}>${t('admin.totpOff')}</button>` : null}
    </td>
  </tr>`;
}

export function Admin({ user }) {
  const { data, error, reload } = useApi('/api/users');
  const [problem, setProblem] = useState(null);
  const [shown, setShown] = useState(null);
  // Every change: the call, then the list as the server now has it; a password reset shows its password once.
  const act = async (path, method, body, forUser) => {
    setProblem(null);
    setShown(null);
    try {
      const r = await api(path, { method, body });
      if (forUser && r?.oneTimePassword)
        setShown({ username: forUser.username, password: r.oneTimePassword });
    } catch (e) {
      setProblem(e);
    }
    reload();
  };
  if (error) return html`<${ErrorBox} error=${error} />`;
  if (!data) return html`<${Loading} />`;
  return html`<div class="admin">
    <h1>${t('admin.title')}</h1>
    <p class="hint">${t('admin.note')}</p>
    <${ErrorBox} error=${problem} />
    <${OneTime} shown=${shown} />
    <h2>${t('admin.addTitle')}</h2>
    <${AddUser}
      onAdded=${(u, password) => {
        setProblem(null);
        setShown({ username: u.username, password });
        reload();
      }}
      onError=${setProblem} />
    <h2>${t('admin.accounts')}</h2>
    <table class="list" id="users">
      <thead><tr><th scope="col">${t('admin.username')}</th><th scope="col">${t('admin.role')}</th><th scope="col">${t('admin.state')}</th><th scope="col">${t('admin.actions')}</th></tr></thead>
      <tbody>${data.items.map((u) => html`<${Row} key=${u.id} user=${u} me=${user?.id} act=${act} />`)}</tbody>
    </table>
  </div>`;
}
