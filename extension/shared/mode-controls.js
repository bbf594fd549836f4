// The controls that set how a site behaves, shared by the popup and the options page so both say
// and do the same: the on/off switch, the off / gentle / pause choice, and the intents they send.
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';
import { recallMode, rememberMode } from './last-mode.js';

export const MODES = ['off', 'gentle', 'pause'];
const LABELS = { off: 'mode_off', gentle: 'mode_gentle', pause: 'mode_pause' };
export const modeLabel = (mode) => t(LABELS[mode]);

/**
 * The switch's intent. While snoozed the effective mode reads "off", so a switch that shows off
 * ends the snooze; otherwise it turns the site off, or back on in the mode it had before.
 */
export function switchIntent(site, effective) {
  if (effective.snoozed) return { type: 'snooze', site, until_ms: 0 };
  if (effective.mode !== 'off') {
    rememberMode(site, effective.mode);
    return { type: 'set_mode', site, mode: 'off' };
  }
  return { type: 'set_mode', site, mode: recallMode(site) };
}

/** The intents for choosing `mode`: choosing one while snoozed means "use this now" and ends the snooze too. */
export function modeIntents(site, effective, mode) {
  if (mode === 'off') rememberMode(site, effective.mode);
  const resume = effective.snoozed && mode !== 'off' ? [{ type: 'snooze', site, until_ms: 0 }] : [];
  return [...resume, { type: 'set_mode', site, mode }];
}

/** A role="switch" button for a site, labelled with its name; its state also shows as text. */
export function siteSwitch({ name, on, dataKey, onClick }) {
  return h(
    'button',
    { type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(on), 'aria-label': t('popup_switch_label', [name]), 'data-key': dataKey, on: { click: onClick } },
    h('span', { class: 'switch-track', 'aria-hidden': 'true' }, h('span', { class: 'switch-thumb' })),
    h('span', { class: 'switch-text', 'aria-hidden': 'true', text: t(on ? 'state_on' : 'state_off') }),
  );
}

/**
 * Off / gentle / pause as a fieldset of radio segments (native radios: arrow keys move the choice).
 * `keyPrefix` makes each radio's data-key; `after` goes under the segments.
 */
export function modeSegments({ idPrefix, legend, current, keyPrefix, onPick }, ...after) {
  const name = uniqueId(idPrefix);
  const segment = (mode) => {
    const id = `${name}-${mode}`;
    return h(
      'span',
      { class: 'segment' },
      h('input', { type: 'radio', name, id, value: mode, checked: current === mode, 'data-key': `${keyPrefix}-${mode}`, on: { change: () => onPick(mode) } }),
      h('label', { htmlFor: id, text: modeLabel(mode) }),
    );
  };
  return h('fieldset', { class: 'modes' }, h('legend', { text: legend }), h('div', { class: 'segments' }, MODES.map(segment)), ...after);
}
