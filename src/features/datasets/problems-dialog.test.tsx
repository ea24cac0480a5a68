import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeDatasetWorkers } from '../../../tests/fake-dataset-worker';
import { renderWithProviders } from '../../../tests/render';
import { BUNDLED_DATASET } from '../../api/client';
import { activeDataset } from '../../state/datasets';
import { configureDatasets } from './dataset-actions';
import { memoryStore, type DatasetStore } from './dataset-store';
import { DatasetsMenu } from './datasets-menu';
import { ProblemsDialog } from './problems-dialog';
import { badCsvFile } from '../../../tests/open-data-files';

let store: DatasetStore;
beforeEach(() => {
  store = memoryStore();
  configureDatasets({ store, createWorker: fakeDatasetWorkers() });
});

const renderParts = () =>
  renderWithProviders(
    <>
      <DatasetsMenu />
      <ProblemsDialog />
    </>,
  );

describe('the problem list', () => {
  it('lists each problem of a bad file with its file, row and column, and changes nothing', async () => {
    const user = userEvent.setup();
    renderParts();
    await user.upload(screen.getByTestId('open-data-input'), badCsvFile(2));
    const dialog = await screen.findByRole('alertdialog', { name: 'This data cannot be opened' });
    expect(dialog).toHaveTextContent('Nothing has changed');
    expect(dialog).toHaveTextContent('“figures.csv”');
    const items = within(within(dialog).getByRole('list', { name: 'Problems, with their file, row and column' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'figures.csv, row 3, column period: expected a year (2024) or a month (2024-06); got "24"',
      'figures.csv, row 4, column period: expected a year (2024) or a month (2024-06); got "25"',
    ]);
    expect(within(dialog).getByTestId('problem-count')).toHaveTextContent('2 problems in all.');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(activeDataset()).toBe(BUNDLED_DATASET);
    expect(await store.list()).toEqual([]);
    expect(window.location.search).not.toMatch(/dataset=/);
  });

  it('lists the first 100 problems and says how many there are in all', async () => {
    const user = userEvent.setup();
    renderParts();
    await user.upload(screen.getByTestId('open-data-input'), badCsvFile(250));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(100);
    expect(within(dialog).getByTestId('problem-count')).toHaveTextContent('250 problems in all; the first 100 are listed.');
  });

  it('closes with Escape or Close, and focus returns to where it was', async () => {
    const user = userEvent.setup();
    renderParts();
    const menuButton = screen.getByRole('button', { name: /^Data:/ });
    // As after "Open data…" in the menu: focus is back on the menu's button when the picker answers.
    const choose = () => {
      menuButton.focus();
      fireEvent.change(screen.getByTestId('open-data-input'), { target: { files: [badCsvFile(1)] } });
    };
    choose();
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(menuButton).toHaveFocus();
    choose();
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(menuButton).toHaveFocus();
  });
});
