// The part of Playwright's page API the browser-neutral e2e scenarios use (locators, evaluate,
// waitForFunction, keyboard, screenshot), over a puppeteer page, so one scenario drives Firefox
// too. Locators follow Playwright's CSS: a descendant combinator also looks inside open shadow
// roots, `:has-text("…")` keeps elements whose text contains the words, and actions wait for
// their element (up to 30 s) as Playwright's do.

const TIMEOUT = 30_000;

export function playwrightPage(page) {
  const keyboard = {
    /** 'Escape', 'Backspace', or a chord such as 'ControlOrMeta+A'. */
    async press(chord) {
      const keys = chord.split('+').map((k) => ({ ControlOrMeta: 'Control', Space: ' ' })[k] ?? k);
      const key = keys.pop();
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key.length === 1 ? key.toLowerCase() : key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
  };
  const pw = {
    raw: page,
    keyboard,
    locator: (selector, options) => new Locator(page, [selector], { hasText: options?.hasText }),
    getByTestId: (id) => new Locator(page, [`[data-testid="${id}"]`]),
    getByRole: (role, { name, exact } = {}) => new Locator(page, [{ role, name, exact }]),
    getByLabel: (label, { exact } = {}) => new Locator(page, [{ label, exact }]),
    exposeFunction: (name, fn) => page.exposeFunction(name, fn),
    waitForSelector: (selector, { state } = {}) => new Locator(page, [selector]).waitFor({ state }),
    url: () => page.url(),
    viewportSize: () => page.viewport(),
    emulateMedia: ({ colorScheme }) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitForFunction: (fn, arg, { timeout = TIMEOUT } = {}) => page.waitForFunction(fn, { timeout, polling: 'raf' }, arg),
    screenshot: (options) => page.screenshot(options),
    bringToFront: () => page.bringToFront(),
    reload: () => page.reload(),
    close: () => page.close(),
    on: (event, fn) => page.on(event, fn),
  };
  return pw;
}

class Locator {
  /** `hasText`: a string (contained, any case) or a RegExp the element's text must match. */
  constructor(page, steps, { index = null, visible = false, hasText } = {}) {
    this.page = page;
    this.steps = steps;
    this.index = index;
    this.visible = visible;
    // Sent into the page, where a RegExp would arrive as {}: kept as its source and flags.
    this.hasText = hasText instanceof RegExp ? { source: hasText.source, flags: hasText.flags } : hasText ?? null;
  }

  get options() {
    return { index: this.index, visible: this.visible, hasText: this.hasText };
  }

  locator(selector, options) {
    return new Locator(this.page, [...this.steps, { within: this.options }, selector], { hasText: options?.hasText });
  }

  getByRole(role, { name, exact } = {}) {
    return new Locator(this.page, [...this.steps, { within: this.options }, { role, name, exact }]);
  }

  first() {
    return new Locator(this.page, this.steps, { ...this.options, index: 0 });
  }

  nth(index) {
    return new Locator(this.page, this.steps, { ...this.options, index });
  }

  filter({ visible, hasText }) {
    return new Locator(this.page, this.steps, { ...this.options, visible: visible ?? this.visible, hasText: hasText ?? this.hasText });
  }

  /** Every match, as element handles, in document order. */
  async all() {
    const list = await this.page.evaluateHandle(resolveInPage, this.steps, { visible: this.visible, text: this.hasText });
    const props = await list.getProperties();
    await list.dispose();
    const handles = [...props.values()].map((p) => p.asElement()).filter(Boolean);
    return this.index === null ? handles : handles.slice(this.index, this.index + 1);
  }

  async count() {
    return (await this.all()).length;
  }

  async element({ timeout = TIMEOUT, visible = true } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      const [el] = await this.all();
      if (el && (!visible || (await el.isVisible()))) return el;
      if (Date.now() > until) throw new Error(`locator ${JSON.stringify(this.steps)} found nothing${visible ? ' visible' : ''} in ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Clicks the element's centre once it can take the click, as Playwright's actionability checks
   * have it: its box has held still for two animation frames and it (or something inside it) is
   * what the pointer hits there. Puppeteer alone clicks wherever the element was when it looked,
   * however recently it moved. A page can still move between the check and the click (a dialog
   * that re-centres as a link card arrives): a test waits for such a page to settle first.
   * `modifiers`: keys held during the click, e.g. ['Shift'].
   */
  async click({ modifiers = [] } = {}) {
    const until = Date.now() + TIMEOUT;
    let point;
    while (!(point = await clickPoint(await this.element(), Date.now() > until))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const key of modifiers) await this.page.keyboard.down(key);
    try {
      await this.page.mouse.click(point.x, point.y);
    } finally {
      for (const key of modifiers.reverse()) await this.page.keyboard.up(key);
    }
  }

  async isChecked() {
    return (await this.element({ visible: false })).evaluate((el) => el.checked ?? el.getAttribute('aria-checked') === 'true');
  }

  async check() {
    if (!(await this.isChecked())) await this.click();
  }

  /** Replaces the field's value, as a person selecting all and typing would. */
  async fill(value) {
    const el = await this.element();
    await el.click({ count: 3 });
    await el.evaluate((e) => e.select?.());
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(value);
  }

  async getAttribute(name) {
    return (await this.element({ visible: false })).evaluate((el, n) => el.getAttribute(n), name);
  }

  async innerText() {
    return (await this.element({ visible: false })).evaluate((el) => el.innerText);
  }

  async focus() {
    await (await this.element()).focus();
  }

  async isVisible() {
    const [el] = await this.all();
    return el ? el.isVisible() : false;
  }

  async evaluate(fn, arg) {
    return (await this.element({ visible: false })).evaluate(fn, arg);
  }

  /** `fn(elements, arg)` over every match. */
  async evaluateAll(fn, arg) {
    const handles = await this.all();
    const list = await this.page.evaluateHandle((...els) => els, ...handles);
    try {
      return await list.evaluate(fn, arg);
    } finally {
      await list.dispose();
    }
  }

  async screenshot(options) {
    return (await this.element()).screenshot(options);
  }

  async boundingBox() {
    return (await this.element()).boundingBox();
  }

  /** state: 'visible' (default), 'attached', 'detached' or 'hidden'. */
  async waitFor({ state = 'visible', timeout = TIMEOUT } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      const [el] = await this.all();
      const shown = el ? await el.isVisible().catch(() => false) : false;
      const done = { visible: shown, attached: Boolean(el), detached: !el, hidden: !shown }[state];
      if (done) return;
      if (Date.now() > until) throw new Error(`locator ${JSON.stringify(this.steps)} not ${state} in ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Where to click `el` (viewport coordinates), or null while it is moving or covered. With `late`
 * (the wait is over) the reason is thrown instead.
 */
async function clickPoint(el, late) {
  const { point, why } = await el.evaluate(async (target) => {
    // Scrolled only when out of view, as puppeteer does: a scroll can close the page's menus.
    const r0 = target.getBoundingClientRect();
    if (r0.top < 0 || r0.left < 0 || r0.bottom > innerHeight || r0.right > innerWidth) target.scrollIntoView({ block: 'center', inline: 'center' });
    const box = () => JSON.stringify(target.getBoundingClientRect());
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const before = box();
    await frame();
    await frame();
    if (box() !== before) return { why: 'it kept moving' };
    const r = target.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // The innermost element under the point, through open shadow roots.
    let hit = document.elementFromPoint(x, y);
    for (let inner = hit?.shadowRoot?.elementFromPoint(x, y); inner && inner !== hit; inner = hit.shadowRoot?.elementFromPoint(x, y)) hit = inner;
    for (let node = hit; node; node = node.parentNode ?? node.host) if (node === target) return { point: { x, y } };
    return { why: `${hit?.outerHTML.slice(0, 80) ?? 'nothing'} is on top of it` };
  });
  if (why && late) throw new Error(`cannot click ${await el.evaluate((e) => e.outerHTML.slice(0, 80))}: ${why}`);
  return point ?? null;
}

/**
 * Runs in the page: the elements the chain of selectors picks. A string step is a Playwright-style
 * CSS selector searched below the current scope (descendant combinators cross shadow roots); an
 * object step `{ within }` narrows the scope to the previous step's chosen match.
 */
function resolveInPage(steps, last) {
  const isVisible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Every element below `root` (not root itself), shadow trees included, in document order.
  const below = (root) => {
    const out = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (root.shadowRoot) visit(root.shadowRoot);
    visit(root);
    return out;
  };
  // Splits at `separator` outside (), [] and quotes.
  const split = (selector, separator) => {
    const out = [];
    let depth = 0;
    let quote = null;
    let current = '';
    for (const c of selector) {
      if (quote) quote = c === quote ? null : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === separator && depth === 0) {
        out.push(current.trim());
        current = '';
        continue;
      }
      current += c;
    }
    return [...out, current.trim()].filter(Boolean);
  };
  // Splits at descendant combinators (whitespace outside (), [] and quotes, not next to > + ~).
  const parts = (selector) => {
    const out = [];
    let depth = 0;
    let quote = null;
    let current = '';
    for (let i = 0; i < selector.length; i++) {
      const c = selector[i];
      if (quote) {
        if (c === quote && selector[i - 1] !== '\\') quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (/\s/.test(c) && depth === 0) {
        const next = selector.slice(i).trimStart()[0];
        const prev = current.trimEnd().at(-1);
        if (!['>', '+', '~'].includes(next) && !['>', '+', '~'].includes(prev) && current.trim()) {
          out.push(current.trim());
          current = '';
          continue;
        }
      }
      current += c;
    }
    if (current.trim()) out.push(current.trim());
    return out;
  };
  const matcher = (part) => {
    const texts = [];
    const css = part.replace(/:has-text\((["'])(.*?)\1\)/g, (_, _q, text) => (texts.push(text.toLowerCase()), '')) || '*';
    return (el) => el.matches(css) && texts.every((t) => (el.textContent ?? '').toLowerCase().includes(t));
  };
  // A locator's own filters: visible only, and text (a string contained in any case, or a RegExp).
  const filtered = (list, { visible, text }) => {
    let out = visible ? list.filter(isVisible) : list;
    if (text && typeof text === 'object') out = out.filter((el) => new RegExp(text.source, text.flags).test(el.textContent ?? ''));
    else if (text) out = out.filter((el) => (el.textContent ?? '').toLowerCase().includes(text.toLowerCase()));
    return out;
  };
  // Roles and accessible names as Playwright's getByRole / getByLabel see them, for the controls
  // our pages use.
  const IMPLICIT = { button: 'button, input[type=button], input[type=submit]', link: 'a[href]', radio: 'input[type=radio]', checkbox: 'input[type=checkbox]' };
  const textOf = (id) => document.getElementById(id)?.textContent ?? '';
  const nameOf = (el) =>
    (el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map(textOf).join(' ').trim()) ||
    (el.labels?.[0]?.textContent ?? '') ||
    el.textContent ||
    '';
  const labelOf = (el) => [...(el.labels ?? [])].map((l) => l.textContent).join(' ') || el.getAttribute('aria-label') || '';
  const like = (actual, wanted, exact) => {
    const a = actual.replace(/\s+/g, ' ').trim();
    return exact ? a === wanted : a.toLowerCase().includes(wanted.toLowerCase());
  };
  const special = (step) => {
    if (step.role) {
      const css = [`[role="${step.role}"]`, IMPLICIT[step.role]].filter(Boolean).join(', ');
      return (el) => el.matches(css) && (step.name === undefined || like(nameOf(el), step.name, step.exact));
    }
    return (el) => el.matches('input, select, textarea, [role]') && like(labelOf(el), step.label, step.exact);
  };
  let scope = [document];
  let picked = null;
  for (const step of steps) {
    if (typeof step === 'object' && !step.within) {
      const match = special(step);
      const seen = new Set();
      for (const root of scope) for (const el of below(root)) if (match(el)) seen.add(el);
      picked = [...seen];
      continue;
    }
    if (typeof step === 'object') {
      const { index, visible, hasText } = step.within;
      const list = filtered(picked, { visible, text: hasText });
      scope = index === null ? list : list.slice(index, index + 1);
      continue;
    }
    // A selector list ("a, b") is the union of its selectors, in document order.
    const union = new Set();
    for (const alternative of split(step, ',')) {
      let current = scope;
      for (const part of parts(alternative)) {
        const match = matcher(part);
        const seen = new Set();
        for (const root of current) for (const el of below(root)) if (match(el)) seen.add(el);
        current = [...seen];
      }
      for (const el of current) union.add(el);
    }
    picked = [...union].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  return filtered(picked, last);
}
