// Opening a data package in the whole dashboard: it becomes the panels, KPI cards and charts the
// bundled data makes, the address names it, and a link to a dataset this browser lacks says so.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { BUNDLED_DATASET } from '../../src/api/client';
import { configureDatasets, startWithDataset } from '../../src/features/datasets/dataset-actions';
import { memoryStore } from '../../src/features/datasets/dataset-store';
import { smallPackageFile } from '../open-data-files';
import { activeDataset } from '../../src/state/datasets';
import { fakeDatasetWorkers } from '../fake-dataset-worker';
import { renderWithProviders } from '../render';

beforeEach(() => configureDatasets({ store: memoryStore(), createWorker: fakeDatasetWorkers() }));

describe('opening data in the dashboard', () => {
  it('shows the opened package as panels, KPI cards and charts, and no request carries it', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderWithProviders(<App />);
    await screen.findByRole('region', { name: /Macro economy/ });
    await user.upload(screen.getByTestId('open-data-input'), smallPackageFile());
    const economy = await screen.findByRole('region', { name: /Test economy/ });
    const card = await within(economy).findByRole('article', { name: 'Widgets made' });
    expect(card).toHaveTextContent('Latest (2023)');
    await waitFor(() => expect(within(economy).getAllByTestId('trend-chart').length).toBeGreaterThan(0));
    expect(await screen.findByRole('region', { name: /Test materials/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Macro economy/ })).not.toBeInTheDocument();
    // The page is named after the data shown, not after the dashboard's own.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Small test package'));
    expect(document.title).toBe(screen.getByRole('heading', { level: 1 }).textContent);
    expect(screen.getByText(/^Data opened in this browser from/)).toBeInTheDocument();
    const sent = fetchSpy.mock.calls.map(([url, init]) => `${String(url)} ${String(init?.body ?? '')}`).join('\n');
    expect(sent).not.toMatch(/Widgets|small-test-package|testland/);
  });

  it('turns one CSV a spreadsheet wrote (indicator, period, value, source) into a panel named after it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await screen.findByRole('region', { name: /Macro economy/ });
    const csv = 'indicator,period,value,source\nsteel_output,2022,10.5,Yearbook 2023\nsteel_output,2023,11,Yearbook 2024\nsteel_output,2024,12.25,Yearbook 2025\n';
    await user.upload(screen.getByTestId('open-data-input'), new File([csv], 'my-region.csv', { type: 'text/csv' }));
    const panel = await screen.findByRole('region', { name: /my-region/ });
    await waitFor(() => expect(within(panel).getAllByTestId('trend-chart').length).toBeGreaterThan(0));
    expect(await within(panel).findByRole('article', { name: 'steel_output' })).toHaveTextContent('Latest (2024)');
    // No unit is given: the chart's subtitle leaves it out rather than an empty part between dots.
    expect(within(panel).getByText(/^2022–2024 · Absolute · years with a published figure/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Macro economy/ })).not.toBeInTheDocument();
  });

  it('says so when a link names a dataset this browser does not keep, and shows the bundled data', async () => {
    window.history.replaceState(null, '', '/?dataset=someone-elses-data');
    renderWithProviders(<App />);
    expect(await startWithDataset('someone-elses-data')).toBe(false);
    expect(activeDataset()).toBe(BUNDLED_DATASET);
    expect(await screen.findByText(/not a dataset kept in this browser/)).toHaveTextContent('the dashboard\'s own data is shown');
    expect(window.location.search).not.toMatch(/dataset=/);
    await screen.findByRole('region', { name: /Macro economy/ });
  });
});
