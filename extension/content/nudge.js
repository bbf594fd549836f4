// The prompt at a reshare control. It lives in its own shadow root at the end of <html> (so a body
// with pointer-events:none cannot disable it), or inside the modal dialog the control is in, and
// handles its own clicks and keys at window capture, before any page listener (a menu that closes
// on outside clicks never sees them).
import { createHost, el } from './host.js';


const CSS = `
:host { position: fixed !important; z-index: 2147483647 !important; pointer-events: auto !important; display: block !important; }
.box { width: max-content; max-width: min(340px, calc(100vw - 16px));
  padding: 12px 14px; border: 1px solid var(--line); border-radius: 12px; background: var(--bg); color: var(--fg);
  box-shadow: 0 8px 24px rgba(0,0,0,.22); font-size: 13px; }
h2 { margin: 0 0 4px; font-size: 14px; font-weight: 650; }
p { margin: 0 0 8px; color: var(--muted); }
p.why { color: var(--fg); }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; font-size: 12.5px; padding: 6px 10px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--line); background: transparent; color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 650; }
button:hover { filter: brightness(1.08); }
button.quiet { border-color: transparent; color: var(--muted); }
`;

/**
 * Shows a nudge anchored to `anchor`. `content` = { form, title, lines[], actions: [{ action, label, primary }] }.
 * `onAction(action)` runs at most once; Escape and outside clicks resolve with 'dismiss'.
 */
export function showNudge(anchor, content, onAction, avoid = null) {
  const { host, root } = createHost('nudge', 'div', CSS);
  host.dataset.form = content.form;
  host.dataset.intercept = String(content.intercept);
  const titleId = 'st-title';
  const buttons = content.actions.map(({ action, label, primary }) =>
    el('button', { type: 'button', class: primary ? 'primary' : action === 'dismiss' ? 'quiet' : '', dataset: { action } }, label),
  );
  const box = el(
    'div',
    { class: 'box fade', role: content.intercept ? 'alertdialog' : 'dialog', 'aria-labelledby': titleId, 'aria-modal': 'false' },
    el('h2', { id: titleId }, content.title),
    ...content.lines.map((line) => el('p', { class: line.strong ? 'why' : '' }, line.text)),
    el('div', { class: 'row' }, ...buttons),
  );
  root.append(box);
  // Outside an open modal <dialog> everything is inert and drawn beneath it (LinkedIn's composer):
  // there, the prompt goes inside the dialog.
  (openModalAround(anchor) ?? document.documentElement).append(host);
  place(host, anchor, avoid);

  let settled = false;
  const finish = (action) => {
    if (settled) return;
    settled = true;
    for (const [type, fn] of listeners) window.removeEventListener(type, fn, true);
    host.remove();
    onAction(action);
  };
  const inside = (event) => event.composedPath().includes(host);
  const swallow = (event) => {
    if (!inside(event)) return;
    event.stopImmediatePropagation();
    if (event.type === 'click') {
      const button = event.composedPath().find((n) => n instanceof HTMLElement && n.dataset?.action);
      if (button) finish(button.dataset.action);
    }
  };
  const onKey = (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      return finish('dismiss');
    }
    if (!inside(event)) return;
    event.stopImmediatePropagation(); // no site hotkey fires while the prompt has focus
    if (event.key === 'Tab') trapFocus(event, root, buttons);
  };
  const onOutside = (event) => {
    if (!inside(event) && !content.intercept) finish('dismiss');
  };
  // A menu that traps focus (Radix's FocusScope, Bluesky) takes it back when it sees focus leave
  // for somewhere outside it: it never hears that the prompt took it.
  const keepFocus = (event) => {
    if (event.relatedTarget === host) event.stopImmediatePropagation();
  };
  const listeners = [
    ['pointerdown', swallow], ['mousedown', swallow], ['pointerup', swallow], ['mouseup', swallow], ['click', swallow],
    ['keydown', onKey], ['keyup', swallow], ['focusin', swallow], ['focusout', keepFocus], ['pointerdown', onOutside],
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn, true);
  if (content.intercept) buttons[0].focus({ preventScroll: true });
  return { host, close: () => finish('dismiss'), settled: () => settled };
}

function openModalAround(anchor) {
  for (let node = anchor; node; node = node.parentElement ?? node.getRootNode?.().host ?? null) {
    if (node instanceof HTMLDialogElement && node.matches(':modal')) return node;
  }
  return null;
}

function trapFocus(event, root, buttons) {
  const i = buttons.indexOf(root.activeElement);
  if (i === -1) return;
  const next = buttons[(i + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
  event.preventDefault();
  next.focus();
}

/** Beside the anchor and the site's open menu (`avoid`), never over them: right, left, below, above. */
function place(host, anchor, avoid) {
  const rects = [anchor, avoid].filter((e) => e?.isConnected).map((e) => e.getBoundingClientRect());
  const r = rects.length
    ? rects.reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }))
    : { left: innerWidth / 2 - 150, right: innerWidth / 2 + 150, top: innerHeight / 3, bottom: innerHeight / 3 };
  const { width, height } = host.getBoundingClientRect();
  const gap = 8;
  const clampTop = (t) => Math.min(Math.max(gap, t), innerHeight - height - gap);
  const clampLeft = (l) => Math.min(Math.max(gap, l), innerWidth - width - gap);
  let top;
  let left;
  if (r.right + gap + width <= innerWidth - gap) [left, top] = [r.right + gap, clampTop(r.top)];
  else if (r.left - gap - width >= gap) [left, top] = [r.left - gap - width, clampTop(r.top)];
  else if (r.bottom + gap + height <= innerHeight - gap) [left, top] = [clampLeft(r.left), r.bottom + gap];
  else [left, top] = [clampLeft(r.left), Math.max(gap, r.top - height - gap)];
  host.style.setProperty('top', `${top}px`, 'important');
  host.style.setProperty('left', `${left}px`, 'important');
}
