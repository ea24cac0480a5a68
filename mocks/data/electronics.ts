// Electronics: laptop and mobile phone output (万台, units_10k). Chips and displays have only
// partial-year or growth figures, so they are facts (electronics-facts.ts).
import { electronicsFacts } from './electronics-facts';
import type { DomainData } from './types';

export const electronicsDomain: DomainData = {
  id: 'electronics',
  title: 'Electronics',
  summary: 'Laptops, phones, chips and displays made in Chongqing: output, growth, rankings and shares.',
  indicators: [
    {
      id: 'laptop_production',
      domain: 'electronics',
      title: 'Laptop production',
      unit: 'units_10k',
      description:
        'Notebook computer output (笔记本电脑产量). 2021 comes from a third-party (C) summary of a statistics-bureau report; 2020 and 2022–2024 were not found.',
      isFeatured: true,
      points: [
        {
          period: '2019',
          value: 6422.3,
          status: 'reported',
          sourceId: 'S33',
          note: '"6422万3000台".',
          alternatives: [{ value: 6400, qualifier: 'more_than', sourceId: 'S34', note: '"over 64 million"; consistent with S33.' }],
        },
        {
          period: '2021',
          value: 9385.29,
          status: 'reported',
          sourceId: 'S35',
          note: '"93,852,900 units", from the statistics bureau\'s industry report as summarised by a third-party site.',
        },
      ],
    },
    {
      id: 'mobile_phone_production',
      domain: 'electronics',
      title: 'Mobile phone production',
      unit: 'units_10k',
      description: 'Mobile phone output (手机产量). Only 2019 was found; 2020–2024 were not.',
      points: [
        {
          period: '2019',
          value: 17400,
          status: 'reported',
          sourceId: 'S33',
          note: '"1億7400万台", of which smartphones 56.7%.',
          alternatives: [{ value: 17400, sourceId: 'S34', note: '"174 million"; same figure.' }],
        },
      ],
    },
  ],
  facts: electronicsFacts,
};
