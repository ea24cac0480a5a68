import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../api/contract';
import { slideIndicators } from './slide-indicators';

const indicator = (id: string, isFeatured = false): Indicator => ({ id, domain: 'nev', title: id, unit: 'vehicles_10k', description: '', sourceIds: ['S1'], isFeatured });
const all = [indicator('nev_production', true), indicator('auto_production', true), indicator('nev_production_jan_sep')];

describe('slideIndicators', () => {
  it('draws the featured indicators for a slide of the current view with no choice', () => {
    expect(slideIndicators(all, []).selected.map((i) => i.id)).toEqual(['nev_production', 'auto_production']);
  });

  it('draws only the pinned indicators the data still has', () => {
    expect(slideIndicators(all, ['gone', 'auto_production'])).toEqual({ selected: [all[1]], isUnavailable: false });
  });

  it('draws nothing, and says so, when every pinned indicator is gone: never another chart', () => {
    expect(slideIndicators(all, ['gone'])).toEqual({ selected: [], isUnavailable: true });
  });
});
