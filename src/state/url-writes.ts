// The address bar has three writers: url-sync (filters), language and presentation. A filter
// change's entry waits for the frame that shows it (url-sync.ts); the other writers flush it
// first, so a language or slide parameter never lands on the entry before it.
let flushPending: () => void = () => undefined;

/** For url-sync: how to write its waiting change. */
export function setPendingUrlWrite(flush: () => void): void {
  flushPending = flush;
}

/** Writes a filter change still waiting for its frame: call before reading or rewriting the address. */
export function flushUrlWrites(): void {
  flushPending();
}
