// Draws a chart into a hidden, fixed-size host and hands back its SVG markup. Recharts lays
// out in effects after the first render, so wait until the markup stops changing.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { preloadSeriesKinds } from '../charts/series-kinds';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const MAX_FRAMES = 60;

export async function renderOffscreenSvg(element: ReactElement, width: number, height: number): Promise<string> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;pointer-events:none;`;
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    await preloadSeriesKinds(); // a bar or area chart draws at once, not after its chunk loads
    flushSync(() => root.render(element));
    let previous = '';
    for (let frame = 0; frame < MAX_FRAMES; frame++) {
      await nextFrame();
      const svg = host.querySelector('svg.recharts-surface');
      const markup = svg ? new XMLSerializer().serializeToString(svg) : '';
      if (markup && markup === previous) return markup;
      previous = markup;
    }
    if (!previous) throw new Error('The chart did not draw for export.');
    return previous;
  } finally {
    root.unmount();
    host.remove();
  }
}
