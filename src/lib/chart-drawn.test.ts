import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_MARKS, whenChartDrawn } from './chart-drawn';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function svgElement(className: string): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  element.setAttribute('class', className);
  return element;
}

describe('whenChartDrawn', () => {
  afterEach(() => document.body.replaceChildren());

  it('calls back at once when the chart already shows its data', () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.append(svgElement('recharts-curve recharts-line-curve'));
    const onDrawn = vi.fn();
    whenChartDrawn(root, onDrawn);
    expect(onDrawn).toHaveBeenCalledTimes(1);
  });

  it('waits through the chart frame (surface, axes) for its lines, then calls back once', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const onDrawn = vi.fn();
    whenChartDrawn(root, onDrawn);
    root.append(svgElement('recharts-surface'), svgElement('recharts-cartesian-axis-tick'));
    await flush();
    expect(onDrawn).not.toHaveBeenCalled();
    root.append(svgElement('recharts-curve recharts-line-curve'));
    await flush();
    root.append(svgElement('recharts-curve recharts-line-curve'));
    await flush();
    expect(onDrawn).toHaveBeenCalledTimes(1);
  });

  it.each(['recharts-bar-rectangle', 'recharts-curve recharts-area-curve'])('counts %s as drawn data', async (className) => {
    const root = document.body.appendChild(document.createElement('div'));
    const onDrawn = vi.fn();
    whenChartDrawn(root, onDrawn);
    root.append(svgElement(className));
    await flush();
    expect(onDrawn).toHaveBeenCalledTimes(1);
  });

  it('stops watching when asked to (the chart left the page first)', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const onDrawn = vi.fn();
    const stop = whenChartDrawn(root, onDrawn);
    stop();
    root.append(svgElement('recharts-curve recharts-line-curve'));
    await flush();
    expect(onDrawn).not.toHaveBeenCalled();
  });
});

describe('the benchmark', () => {
  it('waits for a new chart by the same marks (its filter timer runs in the page and cannot import them)', () => {
    const script = readFileSync('scripts/bench-interaction.mjs', 'utf8');
    expect(script).toContain(`'${DATA_MARKS}'`);
  });
});
