// Messages between the pages/content scripts and the background worker: `{ type, ...payload }` in,
// `{ ok: true, value }` or `{ ok: false, error }` out. One helper so every caller handles errors alike:
// an error the worker answered with is `refused`; any other one means the message never got an answer.
export async function ask(type, payload = {}) {
  const reply = await chrome.runtime.sendMessage({ type, ...payload });
  if (!reply) throw new Error(`no answer to "${type}"`);
  if (!reply.ok) throw Object.assign(new Error(reply.error), { refused: true });
  return reply.value;
}
