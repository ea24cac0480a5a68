import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { madeUpApi } from '../../../tests/fixtures/made-up-dataset';
import { renderWithProviders } from '../../../tests/render';
import { useFilterStore } from '../../state/filters';
import { usePresentationStore } from '../../state/presentation';
import { useShowSlides } from './use-show-slides';

function SlideIds() {
  const { slides } = useShowSlides();
  return <p data-testid="slides">{slides.map((slide) => slide.id).join(' ')}</p>;
}

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
});
