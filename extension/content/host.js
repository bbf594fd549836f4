// Every element Second Thought puts in a page is a host with an open shadow root, so the page's
// styles cannot reach in and ours cannot leak out. Theme follows the page, not only the OS.

const TOKENS = `
:host { all: initial; font: 500 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --bg: #ffffff; --fg: #1b1f23; --muted: #57606a; --line: #d0d7de; --accent: #0d6e6a; --accent-fg: #ffffff;
  --blind: #b42318; --thin: #9a6700; --thoughtful: #1a7f37; --focus: #0969da; }
:host([data-theme="dark"]) { --bg: #1c2128; --fg: #e6edf3; --muted: #9da7b3; --line: #444c56; --accent: #3fb9b1;
  --accent-fg: #0d1117; --blind: #ff8182; --thin: #e3b341; --thoughtful: #56d364; --focus: #58a6ff; }
@media (prefers-reduced-motion: no-preference) { .fade { animation: fade 120ms ease-out; } }
@keyframes fade { from { opacity: 0; transform: translateY(2px); } }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
`;

/** 'dark' when the page itself is dark (its background is), else the OS preference. */
export function pageTheme() {
  for (const el of [document.body, document.documentElement]) {
    const rgb = el && getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g);
    if (rgb && (rgb.length < 4 || Number(rgb[3]) > 0.5)) {
      const [r, g, b] = rgb.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function createHost(kind, tag, css) {
  const host = document.createElement(tag);
  host.dataset.secondThought = kind;
  host.dataset.theme = pageTheme();
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = TOKENS + css;
  root.append(style);
  return { host, root };
}

/** Builds an element: el('button', { class: 'x', dataset: { action: 'y' } }, 'text', child). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c != null && c !== false));
  return node;
}
