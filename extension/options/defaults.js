// Global defaults: what every site does unless it has its own mode. Each control saves on change;
// the threshold is checked here first so a typo gets a message next to the field.
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { modeSegments } from '../shared/mode-controls.js';

/** A whole number 0..100 from the field, or null. */
export function parseThreshold(text) {
  const trimmed = String(text ?? '').trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= 100 ? n : null;
}

/**
 * @param {object} defaults settings.defaults
 * @param {(patch: object) => void} save sends {type:'set_defaults', ...patch}
 */
export function renderDefaults(defaults, save) {
  const d = { mode: 'pause', suggest_below: 60, read_first: true, badge: false, ...(defaults ?? {}) };
  return h('div', { class: 'defaults', 'data-testid': 'defaults' }, renderMode(d, save), renderThreshold(d, save), renderToggles(d, save));
}

function renderMode(d, save) {
  return modeSegments({ idPrefix: 'default-mode', legend: t('options_default_mode'), current: d.mode, keyPrefix: 'default-mode', onPick: (mode) => save({ mode }) });
}

function renderThreshold(d, save) {
  const id = uniqueId('threshold');
  const hintId = uniqueId('threshold-hint');
  const messageId = uniqueId('threshold-message');
  const input = h('input', {
    id,
    type: 'number',
    min: 0,
    max: 100,
    step: 1,
    inputmode: 'numeric',
    value: String(d.suggest_below),
    'aria-describedby': `${hintId} ${messageId}`,
    'data-key': 'threshold',
    'data-testid': 'threshold',
  });
  const message = h('p', { id: messageId, class: 'field-message error', role: 'status' });
  input.addEventListener('change', () => {
    const n = parseThreshold(input.value);
    if (n == null) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = t('options_threshold_error');
      return;
    }
    input.removeAttribute('aria-invalid');
    message.textContent = '';
    save({ suggest_below: n });
  });
  return h(
    'div',
    { class: 'field' },
    h('label', { htmlFor: id, class: 'field-label', text: t('options_threshold_label') }),
    h('p', { id: hintId, class: 'muted small', text: t('options_threshold_hint') }),
    input,
    message,
  );
}

function renderToggles(d, save) {
  return [
    checkbox('read_first', d.read_first, 'options_read_first_label', 'options_read_first_hint', save),
    checkbox('badge', d.badge, 'options_badge_label', 'options_badge_hint', save),
  ];
}

function checkbox(field, value, labelKey, hintKey, save) {
  const id = uniqueId(field);
  const hintId = uniqueId(`${field}-hint`);
  return h(
    'div',
    { class: 'check' },
    h('input', {
      id,
      type: 'checkbox',
      checked: Boolean(value),
      'aria-describedby': hintId,
      'data-key': `default-${field}`,
      'data-testid': `default-${field}`,
      on: { change: (e) => save({ [field]: e.target.checked }) },
    }),
    h('label', { htmlFor: id, text: t(labelKey) }),
    h('p', { id: hintId, class: 'muted small', text: t(hintKey) }),
  );
}
