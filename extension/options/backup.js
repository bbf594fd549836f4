// Export, import and reset. Import reports exactly what it took and what it refused (each ignored
// path with the reason); reset asks for confirmation in the page itself (no window.confirm, which
// extension pages may suppress and screen readers announce poorly).
import { h, uniqueId } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { ask } from '../shared/messages.js';

/** `second-thought-backup-YYYY-MM-DD.json` for the local calendar day. */
export function backupFileName(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `second-thought-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** @param {() => void} replaced called after an import or reset replaced the stored data */
export function renderBackup(replaced) {
  const status = h('div', { class: 'backup-status', role: 'status', 'data-testid': 'backup-status' });
  const show = (...nodes) => status.replaceChildren(...nodes);
  const fail = (text) => show(h('p', { class: 'error', text }));

  async function exportBackup() {
    try {
      const bundle = await ask('export');
      const name = backupFileName();
      const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }));
      const link = h('a', { href: url, download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy by now; free the blob on the next turn.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      show(h('p', { text: t('backup_exported', [name]) }));
    } catch (e) {
      fail(t('backup_export_failed', [e.message]));
    }
  }

  const fileId = uniqueId('import');
  const file = h('input', {
    id: fileId,
    type: 'file',
    accept: '.json,application/json',
    hidden: true,
    'data-testid': 'import-file',
    on: { change: () => importFile(file) },
  });

  async function importFile(input) {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    let bundle;
    try {
      bundle = JSON.parse(await chosen.text());
    } catch (e) {
      fail(t('backup_not_json', [chosen.name, e.message]));
      return;
    }
    try {
      show(...importReport(await ask('import', { bundle })));
      replaced();
    } catch (e) {
      fail(t('backup_import_failed', [chosen.name, e.message]));
    }
  }

  const confirmBox = renderConfirm(show, fail, replaced);
  return h(
    'div',
    { class: 'backup' },
    h(
      'div',
      { class: 'backup-actions' },
      h('button', { type: 'button', class: 'button', 'data-testid': 'export', text: t('backup_export'), on: { click: exportBackup } }),
      file,
      // The native file input stays hidden; a normal button opens its dialog, so it looks, focuses
      // and reads like the buttons beside it.
      h('button', { type: 'button', class: 'button', 'data-testid': 'import', text: t('backup_import'), on: { click: () => file.click() } }),
      h('button', {
        type: 'button',
        class: 'button danger',
        'data-testid': 'reset',
        'aria-expanded': 'false',
        'aria-controls': confirmBox.id,
        text: t('backup_reset'),
        on: { click: (e) => confirmBox.open(e.currentTarget) },
      }),
    ),
    h('p', { class: 'muted small', text: t('backup_hint') }),
    confirmBox.node,
    status,
  );
}

/** What an import took and refused, as nodes. */
function importReport({ ignored = [], stats_problems: statsProblems = [] }) {
  const nodes = [h('p', { class: 'ok', text: t('backup_imported') })];
  if (ignored.length) {
    nodes.push(
      h('p', { text: t('backup_ignored_settings') }),
      h('ul', { class: 'problems', 'data-testid': 'import-ignored' }, ignored.map((i) => h('li', {}, h('code', { text: i.path || '/' }), ' — ', i.why))),
    );
  }
  if (statsProblems.length) {
    nodes.push(
      h('p', { text: t('backup_ignored_stats') }),
      h('ul', { class: 'problems', 'data-testid': 'import-stats-problems' }, statsProblems.map((p) => h('li', { text: p }))),
    );
  }
  if (!ignored.length && !statsProblems.length) nodes.push(h('p', { class: 'muted small', text: t('backup_all_taken') }));
  return nodes;
}

function renderConfirm(show, fail, replaced) {
  const id = uniqueId('confirm-reset');
  const titleId = uniqueId('confirm-title');
  let opener = null;
  const close = () => {
    node.hidden = true;
    opener?.setAttribute('aria-expanded', 'false');
    opener?.focus();
  };
  const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'reset-cancel', text: t('backup_reset_cancel'), on: { click: close } });
  const node = h(
    'div',
    { id, class: 'confirm note warning', role: 'group', 'aria-labelledby': titleId, hidden: true, 'data-testid': 'reset-confirm' },
    h('p', { id: titleId, class: 'confirm-title', text: t('backup_reset_question') }),
    h('p', { text: t('backup_reset_detail') }),
    h(
      'div',
      { class: 'backup-actions' },
      h('button', {
        type: 'button',
        class: 'button danger',
        'data-testid': 'reset-confirm-button',
        text: t('backup_reset_confirm'),
        on: {
          click: async () => {
            try {
              await ask('reset');
              close();
              show(h('p', { class: 'ok', text: t('backup_reset_done') }));
              replaced();
            } catch (e) {
              close();
              fail(t('backup_reset_failed', [e.message]));
            }
          },
        },
      }),
      cancel,
    ),
  );
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  return {
    id,
    node,
    open(from) {
      opener = from;
      opener.setAttribute('aria-expanded', 'true');
      node.hidden = false;
      // The safe choice gets focus first, so a stray Enter never deletes anything.
      cancel.focus();
    },
  };
}
