import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeDatasetWorkers } from '../../../tests/fake-dataset-worker';
import { renderWithProviders } from '../../../tests/render';
import { BUNDLED_DATASET } from '../../api/client';
import type { FromWorker, ToWorker } from '../../api/worker-protocol';
import { activeDataset } from '../../state/datasets';
import { configureDatasets } from './dataset-actions';
import { memoryStore, type DatasetStore } from './dataset-store';
import { DatasetsMenu } from './datasets-menu';
import { OpenProgress } from './open-progress';
import { ProblemsDialog } from './problems-dialog';
import { smallPackageFile } from '../../../tests/open-data-files';

let store: DatasetStore;
let workers: ReturnType<typeof fakeDatasetWorkers>;

beforeEach(() => {
  store = memoryStore();
  workers = fakeDatasetWorkers();
  configureDatasets({ store, createWorker: workers });
});

const renderMenu = () =>
  renderWithProviders(
    <>
      <DatasetsMenu />
      <OpenProgress />
      <ProblemsDialog />
    </>,
  );
const openMenu = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: /^Data:/ }));
  return screen.getByRole('menu');
};

describe('the Datasets menu', () => {
  it('shows the dashboard’s own data, then a package once it is opened and kept', async () => {
    const user = userEvent.setup();
    renderMenu();
    const menu = await openMenu(user);
    expect(within(menu).getByRole('menuitemradio', { name: "The dashboard's own data" })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Open data…' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Download this dataset (.zip)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.upload(screen.getByTestId('open-data-input'), smallPackageFile());
    await waitFor(() => expect(activeDataset()).toMatch(/^small-test-package-/));
    expect(new URLSearchParams(window.location.search).get('dataset')).toBe(activeDataset());
    expect(screen.getByRole('button', { name: /^Data:/ })).toHaveTextContent('Data: Small test package');
    const [kept] = await store.list();
    expect(kept).toMatchObject({ id: activeDataset(), title: 'Small test package', fileNames: ['small-test-package.zip'], summary: { observations: 15, indicators: 5 } });
    expect(await store.files(activeDataset())).toHaveLength(1);

    const again = await openMenu(user);
    expect(within(again).getByRole('menuitemradio', { name: 'Small test package' })).toHaveAttribute('aria-checked', 'true');
    expect(within(again).getByRole('menuitemradio', { name: "The dashboard's own data" })).toHaveAttribute('aria-checked', 'false');
  });

  it('switches to the dashboard’s own data and back without reading the package again', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.upload(screen.getByTestId('open-data-input'), smallPackageFile());
    await waitFor(() => expect(activeDataset()).not.toBe(BUNDLED_DATASET));
    const opened = activeDataset();
    await user.click(within(await openMenu(user)).getByRole('menuitemradio', { name: "The dashboard's own data" }));
    expect(activeDataset()).toBe(BUNDLED_DATASET);
    expect(window.location.search).not.toMatch(/dataset=/);
    await user.click(within(await openMenu(user)).getByRole('menuitemradio', { name: 'Small test package' }));
    expect(activeDataset()).toBe(opened);
    expect(workers.started).toBe(1);
  });

  it('removes a kept dataset only once confirmed, and shows the dashboard’s own data', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.upload(screen.getByTestId('open-data-input'), smallPackageFile());
    await waitFor(() => expect(activeDataset()).not.toBe(BUNDLED_DATASET));
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Remove “Small test package”…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove this dataset from this browser?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await store.list()).toHaveLength(1);

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Remove “Small test package”…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await store.list()).toEqual([]));
    expect(activeDataset()).toBe(BUNDLED_DATASET);
    expect(workers.terminated).toBe(1);
    expect(within(await openMenu(user)).queryByRole('menuitemradio', { name: 'Small test package' })).not.toBeInTheDocument();
  });

  it('shows the progress with Cancel, and Cancel stops the worker and changes nothing', async () => {
    const user = userEvent.setup();
    let isTerminated = false;
    const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
    // A worker that reads slowly: it reports 40 % and never finishes.
    configureDatasets({
      store,
      createWorker: () => ({
        postMessage: (message: ToWorker) => {
          if (message.type === 'open') setTimeout(() => listeners.forEach((listener) => listener(new MessageEvent('message', { data: { type: 'progress', stage: 'reading', done: 0.4 } }))));
        },
        addEventListener: (type: string, listener: (event: MessageEvent<FromWorker>) => void) => void (type === 'message' && listeners.push(listener)),
        removeEventListener: () => undefined,
        terminate: () => void (isTerminated = true),
      }),
    });
    renderMenu();
    await user.upload(screen.getByTestId('open-data-input'), smallPackageFile());
    const bar = await screen.findByRole('progressbar', { name: 'Opening “small-test-package.zip”' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(isTerminated).toBe(true);
    expect(activeDataset()).toBe(BUNDLED_DATASET);
    expect(await store.list()).toEqual([]);
  });
});
