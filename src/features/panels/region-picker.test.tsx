import { BUNDLED_DATASET } from '../../api/client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders } from '../../../tests/render';
import type { DomainsResponse, Entity } from '../../api/contract';
import { apiQueries } from '../../api/queries';
import { regionView } from '../../model/regions';
import { filterActions, useFilterStore } from '../../state/filters';
import { panelChoiceOf } from '../../state/filters-schema';
import { RegionPicker } from './region-picker';

const provinces = ['Anhui', 'Beijing', 'Chongqing', 'Fujian', 'Gansu', 'Guangdong', 'Hubei', 'Hunan', 'Sichuan'].map((name): Entity => ({ id: name.toLowerCase(), name, kind: 'province' }));
const entities: Entity[] = [...provinces, { id: 'china', name: 'China', kind: 'country' }];

function renderPicker(known: Entity[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData<DomainsResponse>(apiQueries.domains('en', BUNDLED_DATASET).queryKey, { domains: [], entities: known });
  filterActions.entitiesKnown({ ids: known.map((entity) => entity.id), hasCountry: true });
  return renderWithProviders(<RegionPicker domain="macro" regions={regionView(known, [])} />, queryClient);
}

describe('RegionPicker', () => {
  afterEach(() => useFilterStore.setState({ entities: null }));

  it('is not offered when the data has one region', () => {
    const { container } = renderPicker(entities.slice(0, 1));
    expect(container).toBeEmptyDOMElement();
  });

  it('finds a region among many by its name, with its kind, and adds it to the main one', async () => {
    const user = userEvent.setup();
    renderPicker(entities);
    await user.click(screen.getByText(/^Regions \(1\/10\)/));
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
    await user.type(screen.getByRole('searchbox', { name: 'Find a region' }), 'hu');
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['Anhui province', 'Hubei province', 'Hunan province', 'Sichuan province']);
    await user.click(screen.getByRole('checkbox', { name: /Hubei/ }));
    expect(panelChoiceOf(useFilterStore.getState().panels, 'macro').regions).toEqual(['anhui', 'hubei']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'atlantis');
    expect(screen.getByText('No region matches.')).toBeInTheDocument();
  });
});
