// Panels that take their data in the background (use-panel-data.ts) draw it one at a time, each
// in a task of its own: a turn starts in a fresh task and ends once the panel's render with the
// data has committed. One deferred render of every background panel would be one long task
// after the first paint (total blocking time, docs/decisions.md); a turn per panel leaves
// shorter tasks, between which the browser can paint and answer input.

type Job = (release: () => void) => void;

const queue: Array<() => void> = [];
let isTaken = false;

function giveNextTurn() {
  const next = queue.shift();
  isTaken = next !== undefined;
  if (next) setTimeout(next, 0);
}

/**
 * Calls `job` on its turn with a `release` to call once done. Returns a cancel function: it
 * drops a turn still waiting, and releases one under way (call it from an effect's cleanup).
 */
export function requestTurn(job: Job): () => void {
  let state: 'waiting' | 'running' | 'over' = 'waiting';
  const release = () => {
    if (state === 'over') return;
    state = 'over';
    giveNextTurn();
  };
  const start = () => {
    if (state !== 'waiting') return giveNextTurn();
    state = 'running';
    job(release);
  };
  queue.push(start);
  if (!isTaken) giveNextTurn();
  return () => {
    if (state === 'waiting') {
      state = 'over';
      // Still queued, or already handed its task (start then passes the turn on).
      const index = queue.indexOf(start);
      if (index >= 0) queue.splice(index, 1);
    } else release();
  };
}
