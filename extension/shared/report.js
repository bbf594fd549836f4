// The page scorer's report crosses the wasm boundary as one number (src/score/packed.rs): no
// string to decode and no JSON to parse on every pause in typing. This turns it back into
// `{ score, level, reasons, suggestion }`; a draft whose report did not change (most keystrokes)
// gets the same frozen object again, so typing allocates nothing here.

/**
 * `score(draft)` over an initialised page module: `draft` is `{ text, context? }` as the content
 * script builds it; absent context fields go in as undefined. `context.pasted` (the spans pasted
 * into the composer) may be a list or one string; it crosses as one string, a span per line.
 */
export function reportReader(glue) {
  const { levels, reasons, suggestions } = glue.reportNames();
  let lastPacked = -1;
  let last = null;
  const unpack = (n) => {
    const list = [];
    for (let shift = 16; shift < 32; shift += 4) {
      const r = (n >>> shift) & 15;
      if (!r) break;
      list.push(reasons[r - 1]);
    }
    const s = (n >>> 10) & 15;
    return Object.freeze({ score: n & 255, level: levels[(n >>> 8) & 3], reasons: Object.freeze(list), suggestion: s ? suggestions[s - 1] : null });
  };
  return ({ text, context }) => {
    const pasted = context?.pasted;
    const n = glue.scoreDraft(
      text,
      context?.quoted_text ?? undefined,
      context?.link_title ?? undefined,
      context?.action ?? undefined,
      context?.prefill ?? undefined,
      (Array.isArray(pasted) ? (pasted.length ? pasted.join('\n') : null) : pasted) ?? undefined,
    );
    if (n !== lastPacked) {
      last = unpack(n);
      lastPacked = n;
    }
    return last;
  };
}
