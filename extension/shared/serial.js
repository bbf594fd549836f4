// Storage events and user actions may ask for a re-render at once: run one at a time, and once more
// if another was asked for meanwhile, so the last render always reflects the latest storage.
export function serialized(render) {
  let running = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await render();
      } while (again);
      running = null;
    })();
    return running;
  };
}
