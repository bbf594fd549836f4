// Reads what the user typed without forcing layout (no innerText on every keystroke) and without
// touching the editor: placeholders live outside the editable or in ::before, so textContent is safe.

const BLOCKS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function readDraft(editor) {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  const lines = [];
  collect(editor, lines);
  return lines.join('\n').replace(/\u200b/g, '').trim();
}

// Editors keep one block element per line (Draft.js data-block divs, ProseMirror/Quill/Lexical <p>).
function collect(node, lines) {
  let inline = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE && BLOCKS.has(child.tagName)) {
      if (inline) lines.push(inline), (inline = '');
      if (hasBlockChild(child)) collect(child, lines);
      else lines.push(child.textContent ?? '');
    } else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'BR') {
      lines.push(inline), (inline = '');
    } else {
      inline += child.textContent ?? '';
    }
  }
  if (inline) lines.push(inline);
}

function hasBlockChild(node) {
  for (let c = node.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}
