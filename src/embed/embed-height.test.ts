import { describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE } from './embed-links';
import { reportHeight } from './embed-height';

describe('reportHeight', () => {
  it('tells the framing page its content’s height, rounded up, once per change', () => {
    const content = document.createElement('div');
    let height = 480.2;
    vi.spyOn(content, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const postMessage = vi.fn();
    const stop = reportHeight(content, { postMessage });
    // The test setup's ResizeObserver reports once on observe; the first report is the observer's own.
    expect(postMessage).toHaveBeenCalledWith({ type: HEIGHT_MESSAGE, height: 481 }, '*');
    const calls = postMessage.mock.calls.length;
    height = 481;
    stop();
    expect(postMessage.mock.calls.length).toBe(calls); // same height: not said again
  });

  it('says nothing when opened on its own, with no page around it', () => {
    const postMessage = vi.spyOn(window, 'postMessage');
    reportHeight(document.createElement('div'), window);
    expect(postMessage).not.toHaveBeenCalled();
  });
});
