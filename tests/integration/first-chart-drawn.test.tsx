// The first chart's moment (lib/perf-marks.ts) ends the hold on the other panels' requests
// (main.tsx). A leading panel with nothing to chart must reach it too, or those requests would
// wait for the hold's time limit.
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { firstChartDrawn } from '../../src/lib/perf-marks';
import { renderWithProviders } from '../render';

describe('the first chart’s moment', () => {
  it('comes for a leading panel whose domain has no indicators', async () => {
    server.use(http.get('*/api/v1/indicators', () => HttpResponse.json({ indicators: [] })));
    let drawn = false;
    void firstChartDrawn.then(() => (drawn = true));
    renderWithProviders(<App />);
    expect(await screen.findAllByText(/lists no indicators/)).not.toHaveLength(0);
    await waitFor(() => expect(drawn).toBe(true));
  });
});
