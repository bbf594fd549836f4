// Builds DOM from plain data. Text only ever arrives as textContent or attribute values, so nothing
// read from storage, a backup file or a page can become markup. Shared by the popup and the options page.

// Set as properties (live state such as `checked` must not go through attributes); everything
// else, including aria-*, role and data-*, is an attribute.
const PROPS = new Set(['checked', 'disabled', 'hidden', 'value', 'type', 'name', 'id', 'htmlFor', 'tabIndex', 'min', 'max', 'step', 'open', 'accept']);

/**
 * h('button', { class: 'x', text: 'Go', on: { click }, 'aria-pressed': 'true' }, child, 'text', [more])
 * null/undefined/false children and attribute values are skipped, so callers can write `cond && node`.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.setAttribute('class', value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (PROPS.has(key)) node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * Re-renders a region without losing the keyboard user's place: the focused control and any open
 * <details> are found again by their data-key after the new tree replaces the old one.
 */
export function replaceKeepingFocus(container, ...nodes) {
  const key = document.activeElement?.closest?.('[data-key]')?.dataset.key;
  const open = [...container.querySelectorAll('details[open][data-key]')].map((d) => d.dataset.key);
  container.replaceChildren(...nodes);
  for (const k of open) {
    const details = container.querySelector(`details[data-key="${CSS.escape(k)}"]`);
    if (details) details.open = true;
  }
  if (!key) return;
  const again = container.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (again && !again.disabled) again.focus();
}

let uid = 0;
/** A document-unique id for label/aria wiring. */
export function uniqueId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}
