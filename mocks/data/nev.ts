// New-energy vehicles and automobiles: output, growth and the partial-year NEV series.
// Values in 万辆 (vehicles_10k); the article's "43,000 units" is stored as 4.3.
import { nevFacts } from './nev-facts';
import type { DomainData } from './types';

export const nevDomain: DomainData = {
  id: 'nev',
  title: 'New-energy vehicles',
  summary: 'New-energy vehicle and automobile output in Chongqing, and the companies and technologies behind it.',
  indicators: [
    {
      id: 'nev_production',
      domain: 'nev',
      title: 'NEV production',
      unit: 'vehicles_10k',
      description:
        'New-energy vehicle output (新能源汽车产量). Sources differ slightly for 2022, and 2023 is a rounded figure; full-year 2021 was not found (see the January–September series).',
      isFeatured: true,
      points: [
        {
          period: '2020',
          value: 4.3,
          status: 'reported',
          sourceId: 'S23',
          note: '"43,000" intelligent connected NEVs.',
          alternatives: [{ value: 4.3, sourceId: 'article', note: '"43 000 unités" of intelligent connected NEVs; same figure.' }],
        },
        {
          period: '2022',
          value: 36.5,
          status: 'reported',
          sourceId: 'S20',
          note: '"36.5万辆", up 140%.',
          alternatives: [
            {
              value: 36.9,
              qualifier: 'nearly',
              sourceId: 'S21',
              note: 'Xinhua in English: "nearly 369,000 units", up 142.5%. Disagrees with S20; not reconciled.',
            },
          ],
        },
        {
          period: '2023',
          value: 50,
          status: 'reported',
          qualifier: 'rounded',
          sourceId: 'S4',
          note: '"新能源汽车产量达到50万辆" (government work report).',
          alternatives: [{ value: 50, qualifier: 'more_than', sourceId: 'S22', note: '"More than 500,000 NEVs", up 30.3%.' }],
        },
        {
          period: '2024',
          value: 95.32,
          status: 'reported',
          sourceId: 'S6',
          note: '"95.32万辆", up 90.5% on 2023.',
          alternatives: [
            { value: 95.3, sourceId: 'S7', note: '"95.3万辆"; same figure, fewer decimals.' },
            { value: 95.3, sourceId: 'S23', note: '"953,000" intelligent connected NEVs; same figure, fewer decimals.' },
            { value: 95.3, sourceId: 'article', note: '"953 000 unités" of intelligent connected NEVs, "among the best nationally".' },
          ],
        },
        { period: '2025', value: 129.6, status: 'reported', sourceId: 'S24', note: '"1.296 million units, up 36 percent".' },
      ],
    },
    {
      id: 'nev_production_growth',
      domain: 'nev',
      title: 'NEV production growth',
      unit: 'percent',
      description:
        'Year-on-year growth of new-energy vehicle output. The two Xinhua reports for 2022 disagree (140% and 142.5%), as do their output levels.',
      points: [
        {
          period: '2022',
          value: 140,
          status: 'reported',
          sourceId: 'S20',
          alternatives: [{ value: 142.5, sourceId: 'S21', note: 'Xinhua in English; disagrees with S20.' }],
        },
        {
          period: '2023',
          value: 30.3,
          status: 'reported',
          sourceId: 'S22',
          alternatives: [{ value: 30.3, sourceId: 'S36', note: 'China News Service (repost), same figure.' }],
        },
        { period: '2024', value: 90.5, status: 'reported', sourceId: 'S6' },
        { period: '2025', value: 36, status: 'reported', sourceId: 'S24' },
      ],
    },
    {
      id: 'nev_production_jan_sep',
      domain: 'nev',
      title: 'NEV production, Jan–Sep',
      unit: 'vehicles_10k',
      description:
        'New-energy vehicle output in the first nine months of the year. Partial-year figures, not comparable with full-year output.',
      points: [
        {
          period: '2021',
          value: 9.7,
          status: 'reported',
          qualifier: 'jan_sep',
          sourceId: 'S30',
          note: 'Production 97,000 and sales 93,000, up 223% and 210% respectively.',
        },
        {
          period: '2024',
          value: 59.43,
          status: 'reported',
          qualifier: 'jan_sep',
          sourceId: 'S31',
          note: '"59.43万辆,同比增长1.3倍" (growth in 倍 as published).',
        },
      ],
    },
    {
      id: 'auto_production',
      domain: 'nev',
      title: 'Automobile production',
      unit: 'vehicles_10k',
      description:
        'Automobile output (汽车产量), all vehicles including NEVs. Sources differ for 2019; 2024 is a rounded figure from a third-party (C) site; 2020–2022 were not found.',
      isFeatured: true,
      points: [
        {
          period: '2019',
          value: 137.46,
          status: 'reported',
          sourceId: 'S20',
          note: '7th in China.',
          alternatives: [
            { value: 138.3, sourceId: 'S26', note: 'China News Service (repost): "138.3萬輛", also 7th in China. Disagrees with S20; not reconciled.' },
          ],
        },
        { period: '2023', value: 232, status: 'reported', sourceId: 'S22', note: '"2.32 million vehicles".' },
        {
          period: '2024',
          value: 254,
          status: 'reported',
          qualifier: 'rounded',
          sourceId: 'S25',
          note: '"2.54 million vehicles", "a seven-year high". Third-party site: no A or B source found for 2024.',
        },
        { period: '2025', value: 278.8, status: 'reported', sourceId: 'S24', note: '"2.788 million vehicles", up 9.7%.' },
      ],
    },
  ],
  facts: nevFacts,
};
