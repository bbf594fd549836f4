// "Add an instance": validate what was typed, ask for the host permission while the click still
// counts as a user gesture (so nothing async may run before permissions.request), then add it.
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { ask } from '../shared/messages.js';
import { normalizeInstance } from './origin.js';

/** @param {() => object} currentSettings the latest settings, to refuse duplicates */
export function renderAddSite(currentSettings) {
  const inputId = uniqueId('instance');
  const hintId = uniqueId('instance-hint');
  const messageId = uniqueId('instance-message');
  const input = h('input', {
    id: inputId,
    type: 'text',
    name: 'instance',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'mastodon.example',
    'aria-describedby': `${hintId} ${messageId}`,
    'data-testid': 'instance-input',
  });
  const message = h('p', { id: messageId, class: 'field-message', role: 'status', 'data-testid': 'instance-message' });
  const button = h('button', { type: 'submit', class: 'button primary', text: t('options_add_button') });

  function report(text, isError) {
    message.textContent = text;
    message.classList.toggle('error', isError);
    if (isError) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  async function onSubmit(event) {
    event.preventDefault();
    report('', false);
    const result = normalizeInstance(input.value, currentSettings()?.sites);
    if (result.error) {
      report(t(result.error, result.detail ? [result.detail] : undefined), true);
      input.focus();
      return;
    }
    const { origin } = result;
    input.value = origin;
    let granted = false;
    try {
      granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
    } catch (e) {
      report(t('add_error_permission_failed', [e.message]), true);
      return;
    }
    if (!granted) {
      report(t('add_error_denied', [origin]), true);
      return;
    }
    button.disabled = true;
    try {
      await ask('add-origin', { origin, kind: 'mastodon' });
      input.value = '';
      report(t('add_done', [new URL(origin).host]), false);
    } catch (e) {
      report(t('add_error_save', [e.message]), true);
    } finally {
      button.disabled = false;
    }
  }

  return h(
    'form',
    { class: 'add-site', novalidate: true, 'data-testid': 'add-site', on: { submit: onSubmit } },
    h('label', { htmlFor: inputId, class: 'field-label', text: t('options_add_label') }),
    h('p', { id: hintId, class: 'muted small', text: t('options_add_hint') }),
    h('div', { class: 'field-row' }, input, button),
    message,
  );
}
