import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { datasetsOf } from '../../../mocks/api/dataset';
import { createApi } from '../../../mocks/api/respond';
import { madeUpApi, madeUpPackage } from '../../../tests/fixtures/made-up-dataset';
import { renderWithProviders } from '../../../tests/render';
import { useFilterStore } from '../../state/filters';
import { usePresentationStore } from '../../state/presentation';
import { useShowSlides } from './use-show-slides';

function SlideIds() {
  const { slides } = useShowSlides();
  return (
    <>
      <p data-testid="slides">{slides.map((slide) => slide.id).join(' ')}</p>
      <p data-testid="indicators">{slides.map((slide) => slide.indicators.join(',')).join(' ')}</p>
    </>
  );
}

// Energy's featured indicator has two years for the main region and four for another; a second
// indicator has four for the main region: the panel opens on the second.
const observed = (indicator: string, entity: string, years: number[]) =>
  years.map((year) => ({ indicator, entity, period: String(year), value: year - 2000, status: 'reported' as const, source: 'T1', alternative: false }));
const twoRegions = {
  ...madeUpPackage,
  entities: [...madeUpPackage.entities, { id: 'otherland', name: 'Otherland', kind: 'province' as const }],
  indicators: [...madeUpPackage.indicators, { id: 'gas_output', panel: 'energy', title: 'Gas output', unit: 'tonnes', description: 'Made up.', featured: false, breaks: [] }],
  observations: [
    ...madeUpPackage.observations.filter((o) => o.indicator !== 'coal_output'),
    ...observed('coal_output', 'testland', [2021, 2022]),
    ...observed('coal_output', 'otherland', [2021, 2022, 2023, 2024]),
    ...observed('gas_output', 'testland', [2021, 2022, 2023, 2024]),
  ],
};
const twoRegionsApi = createApi(datasetsOf(twoRegions));
/** A server that answers a panel's series with every region's, another region's first. */
const everyRegionApi = {
  ...twoRegionsApi,
  getSeries: (query: URLSearchParams) => {
    const asked = new URLSearchParams(query);
    if (!asked.has('entities')) asked.set('entities', 'otherland,testland');
    return twoRegionsApi.getSeries(asked);
  },
};

beforeEach(() => server.use(...createHandlers({ api: madeUpApi })));
afterEach(() => usePresentationStore.setState({ emptyDeckSplit: 'chart' }));

describe('the show of the current view', () => {
  it('has a slide per chart of each panel the data has and the page shows', async () => {
    renderWithProviders(<SlideIds />);
    await waitFor(() => expect(screen.getByTestId('slides')).toHaveTextContent('view-energy-0 view-water-0'));
    act(() => useFilterStore.setState({ domains: ['water'] }));
    expect(screen.getByTestId('slides')).toHaveTextContent(/^view-water-0$/);
    act(() => usePresentationStore.setState({ emptyDeckSplit: 'panel' }));
    expect(screen.getByTestId('slides')).toHaveTextContent(/^view-water$/);
  });

  it('opens each slide on the indicators its panel opens on, counting the main region’s figures', async () => {
    server.use(...createHandlers({ api: everyRegionApi }));
    renderWithProviders(<SlideIds />);
    await waitFor(() => expect(screen.getByTestId('indicators')).toHaveTextContent(/^gas_output water_supplied$/));
  });
});
