import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { panelImageSources } from '../../export/panel-image-source';
import { filterActions } from '../../state/filters';
import { parseFilters } from '../../state/filters-url';
import { DomainPanel } from './domain-panel';

describe('the panel image', () => {
  it('marks on each chart only the milestones of the indicators it draws', async () => {
    const search = '?macro.ind=gdp,population&from=2020&lang=en';
    window.history.replaceState(null, '', `/${search}`);
    filterActions.filtersLoaded(parseFilters(search).filters);
    renderWithProviders(<DomainPanel domain="macro" meta={undefined} isFirstShown />);
    await screen.findAllByTestId('trend-chart');
    await waitFor(() => expect(panelImageSources(['macro'])[0]?.charts.length).toBeGreaterThan(0));
    const charts = panelImageSources(['macro'])[0]?.charts ?? [];
    const labelsOf = (indicatorId: string) => charts.filter((chart) => chart.view.series.every((s) => s.indicatorId === indicatorId)).flatMap((chart) => chart.milestones.map((m) => m.label));
    expect(labelsOf('gdp')).toEqual(['GDP passes 3 trillion yuan']);
    expect(labelsOf('population')).toEqual([]);
  });
});
