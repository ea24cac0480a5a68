import { describe, expect, it } from 'vitest';
import { requestTurn } from './background-turns';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('requestTurn', () => {
  it('runs one turn at a time, each in a task of its own, in the order asked', async () => {
    const log: string[] = [];
    const releases: Array<() => void> = [];
    for (const name of ['nev', 'electronics', 'materials']) {
      requestTurn((release) => {
        log.push(name);
        releases.push(release);
      });
    }
    expect(log).toEqual([]); // not in the caller's task
    await nextTask();
    expect(log).toEqual(['nev']);
    await nextTask();
    expect(log).toEqual(['nev']); // waits for the release
    releases[0]?.();
    expect(log).toEqual(['nev']); // the next turn starts in a task of its own
    await nextTask();
    expect(log).toEqual(['nev', 'electronics']);
    releases[1]?.();
    await nextTask();
    releases[2]?.();
    expect(log).toEqual(['nev', 'electronics', 'materials']);
  });

  it('drops a cancelled turn and passes on when a running one is cancelled', async () => {
    const log: string[] = [];
    const cancelFirst = requestTurn(() => log.push('first'));
    const cancelSecond = requestTurn(() => log.push('second'));
    requestTurn((release) => {
      log.push('third');
      release();
    });
    cancelSecond();
    await nextTask();
    expect(log).toEqual(['first']);
    cancelFirst(); // an effect's cleanup: ends the turn under way
    await nextTask();
    expect(log).toEqual(['first', 'third']);
    // Once the queue is empty, a new turn starts at once (in the next task).
    requestTurn((release) => {
      log.push('fourth');
      release();
    });
    await nextTask();
    expect(log).toEqual(['first', 'third', 'fourth']);
  });

  it('keeps the turns behind one cancelled after it was handed its task', async () => {
    const log: string[] = [];
    const releases: Array<() => void> = [];
    const take = (name: string) =>
      requestTurn((release) => {
        log.push(name);
        releases.push(release);
      });
    take('a');
    const cancelB = take('b');
    take('c');
    await nextTask();
    releases[0]?.(); // b is handed the next task...
    cancelB(); // ...and cancelled before it runs: c must still get its turn
    await nextTask();
    await nextTask();
    expect(log).toEqual(['a', 'c']);
    releases[1]?.();
  });
});
