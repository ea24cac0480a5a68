// Interaction and memory measures for npm run bench: filter changes
// made in the page the way a reader makes them (a select's change event, a click on a radio or a
// checkbox), each timed from the input event to the next frame painted after the chart changed.
// Then the JS heap, after a forced garbage collection, at 20 and at 300 changes.

/* global document, MutationObserver, requestAnimationFrame, requestIdleCallback, scheduler -- changeOnce runs in the page (page.evaluate) */
/**
 * Runs in the page: one filter change. `paintMs` ends at the first paint after a chart of the
 * panel changed (or came, or went): a user-blocking task queued in the next animation frame
 * runs right after that frame's paint, ahead of work the page queued for later (a plain
 * setTimeout would wait behind it and count it). `settledMs` ends when the main thread is next
 * idle, so what the change leaves for after the paint (other panels, the URL) is measured too.
 * `kinds` picks the changes to cycle through: 0 year range, 1 value mode, 2 indicator.
 */
function changeOnce({ step, kinds }) {
  const panel = document.querySelector('[data-panel="macro"]');
  const toSelect = [...document.querySelectorAll('select')].find((select) => select.labels?.[0]?.textContent === 'To');
  const modes = [...document.querySelectorAll('input[type="radio"][name]')].filter((radio) => ['absolute', 'yoy', 'index'].includes(radio.value));
  const pickerBoxes = [...document.querySelectorAll('[data-panel="macro"] details input[type="checkbox"]')];
  const actions = [
    () => {
      toSelect.value = toSelect.value === '2025' ? '2024' : '2025';
      toSelect.dispatchEvent(new Event('change', { bubbles: true }));
    },
    () => modes.find((radio) => radio.value === ['yoy', 'index', 'absolute'][Math.floor(step / kinds.length) % 3])?.click(),
    () => pickerBoxes[2]?.click(),
  ];
  return new Promise((resolve, reject) => {
    // A change to any chart of the panel: one redrawn, one added (a figure comes), one removed.
    // A chart that comes counts once its lines are drawn (the marks' rule: src/lib/chart-drawn.ts).
    const isChart = (node) => node.nodeType === 1 && (node.matches('figure') || node.querySelector('figure') !== null);
    const touchesChart = (m) => (m.target.nodeType === 1 ? m.target : m.target.parentElement)?.closest('figure') || [...m.addedNodes, ...m.removedNodes].some(isChart);
    const figuresBefore = new Set(panel.querySelectorAll('figure'));
    const dataMarks = '.recharts-line-curve, .recharts-area-curve, .recharts-bar-rectangle';
    const isNewChartUndrawn = () => [...panel.querySelectorAll('figure')].some((figure) => !figuresBefore.has(figure) && figure.querySelector('[data-testid="trend-chart"]') && !figure.querySelector(dataMarks));
    let hasTouchedChart = false;
    const guard = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`filter change ${step}: no chart of the panel changed within 10 s`));
    }, 10_000);
    const observer = new MutationObserver((mutations) => {
      hasTouchedChart ||= mutations.some(touchesChart);
      if (!hasTouchedChart || isNewChartUndrawn()) return;
      observer.disconnect();
      clearTimeout(guard);
      requestAnimationFrame(() =>
        scheduler.postTask(() => {
          const paintMs = performance.now() - started;
          requestIdleCallback(() => resolve({ paintMs, settledMs: performance.now() - started }));
        }, { priority: 'user-blocking' }),
      );
    });
    observer.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
    const started = performance.now();
    actions[kinds[step % kinds.length]]();
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

/**
 * `kinds` as for changeOnce; `readyMark` is the performance mark after which the page is ready.
 * The floor app (bench/floor) has only the year range, so it is measured with kinds [0].
 */
export async function measureInteraction(browser, url, { changes = 100, memoryAt = [20, 300], kinds = [0, 1, 2], readyMark = 'dashboard:all-panels' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark, { timeout: 30_000 });
  await page.waitForTimeout(2000); // let the entry animations finish
  const result = await measureInteractionOn(page, { changes, memoryAt, kinds });
  await context.close();
  return result;
}

/** The same changes on a page already showing its data (the open-data benchmark's, after opening a package). */
export async function measureInteractionOn(page, { changes = 100, memoryAt = [], kinds = [0, 1, 2] } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const times = [];
  const settled = [];
  const heap = {};
  const last = Math.max(changes, ...memoryAt);
  for (let step = 0; step < last; step++) {
    const { paintMs, settledMs } = await page.evaluate(changeOnce, { step, kinds });
    if (step < changes) {
      times.push(paintMs);
      settled.push(settledMs);
    }
    if (memoryAt.includes(step + 1)) heap[step + 1] = await heapMb(cdp);
  }
  await cdp.detach();
  const round = (value) => Math.round(value * 10) / 10;
  return {
    changes,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(Math.max(...times)),
    settledP50Ms: round(percentile(settled, 50)),
    settledP95Ms: round(percentile(settled, 95)),
    heapMb: heap,
  };
}
