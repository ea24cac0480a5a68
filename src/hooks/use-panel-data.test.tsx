import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders } from '../../tests/render';
import { BUNDLED_DATASET } from '../api/client';
import { prefetchFirstScreen } from '../api/prefetch';
import { usePanelData } from './use-panel-data';

/** Logs, on every render, whether the panel has its data and its facts. */
function Probe({ name, isInBackground, log }: { name: string; isInBackground: boolean; log: string[] }) {
  const data = usePanelData('macro', { isInBackground });
  log.push(`${name}:${data.hasMainData}:${data.facts.length > 0}`);
  return null;
}

describe('usePanelData', () => {
  it('gives a background panel its first data in a render after the leading one has drawn with it', async () => {
    const log: string[] = [];
    renderWithProviders(
      <>
        <Probe name="leading" isInBackground={false} log={log} />
        <Probe name="background" isInBackground log={log} />
      </>,
    );
    await waitFor(() => expect(log.at(-1)).toBe('background:true:true'));
    // When the leading panel first has its data, the background panel still renders without
    // it; the data reaches it in a later render, on its turn.
    const leadingFirst = log.findIndex((entry) => entry.startsWith('leading:true'));
    const nextBackground = (from: number) => log.slice(from).find((entry) => entry.startsWith('background'));
    expect(nextBackground(leadingFirst)).toBe('background:false:false');
    // The same for the facts, which may arrive in another render.
    const leadingFacts = log.findIndex((entry) => entry === 'leading:true:true');
    expect(nextBackground(leadingFacts)).toMatch(/^background:\w+:false$/);
  });

  it('still gives a background panel its data after the leading one when both find it in the cache at mount', async () => {
    // The first screen waits for the leading panel's data (main.tsx), so on a fast network every
    // panel mounts with its data already there.
    const queryClient = createTestQueryClient();
    await prefetchFirstScreen(queryClient, 'en', ['macro'], BUNDLED_DATASET);
    await waitFor(() => expect(queryClient.getQueryState(['v1', BUNDLED_DATASET, 'en', 'facts', 'macro'])?.status).toBe('success'));
    const log: string[] = [];
    renderWithProviders(
      <>
        <Probe name="leading" isInBackground={false} log={log} />
        <Probe name="background" isInBackground log={log} />
      </>,
      queryClient,
    );
    expect(log.slice(0, 2)).toEqual(['leading:true:true', 'background:false:false']);
    await waitFor(() => expect(log.at(-1)).toBe('background:true:true'));
  });
});
