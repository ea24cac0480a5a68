// Macro economy: GDP, growth, GDP per capita, population and industry-wide figures.
// Values in the unit the source published; conflicts keep the other figures as alternatives.
import { macroFacts } from './macro-facts';
import type { DomainData } from './types';

export const macroDomain: DomainData = {
  id: 'macro',
  title: 'Macro economy',
  summary: "Chongqing's GDP, growth, GDP per capita, population and industrial output, 2019–2025.",
  indicators: [
    {
      id: 'gdp',
      domain: 'macro',
      title: 'GDP',
      unit: 'yuan_100m',
      description:
        'Regional gross domestic product (地区生产总值). 2020 and 2022 are preliminary (初步核算); 2025 is only a lower bound from an article whose year is inferred; 2019 was not found.',
      isFeatured: true,
      points: [
        { period: '2020', value: 25002.79, status: 'reported', qualifier: 'preliminary', sourceId: 'S1' },
        { period: '2021', value: 27894.02, status: 'reported', sourceId: 'S2' },
        { period: '2022', value: 29129.03, status: 'reported', qualifier: 'preliminary', sourceId: 'S3' },
        {
          period: '2023',
          value: 30145.79,
          status: 'reported',
          sourceId: 'S4',
          alternatives: [
            { value: 30100, qualifier: 'more_than', sourceId: 'S5', note: '"to top 3.01 trillion yuan"; consistent with S4.' },
          ],
        },
        {
          period: '2024',
          value: 32193.15,
          status: 'reported',
          sourceId: 'S6',
          alternatives: [{ value: 32000, qualifier: 'rounded', sourceId: 'S7', note: '"3.2万亿元", rounded; consistent with S6.' }],
        },
        {
          period: '2025',
          value: 33700,
          status: 'reported',
          qualifier: 'more_than',
          sourceId: 'S9',
          note: '"超過3.37萬億元". Year inferred: the article says "last year" and is dated 10 March without a year; the figure exceeds the 2024 total, so it is taken as 2025.',
        },
      ],
    },
    {
      id: 'gdp_real_growth',
      domain: 'macro',
      title: 'Real GDP growth',
      unit: 'percent',
      description:
        'Year-on-year real growth of GDP. 2020 and 2022 are preliminary; the 2025 figure comes from an article whose year is inferred (see S9).',
      points: [
        {
          period: '2020',
          value: 3.9,
          status: 'reported',
          qualifier: 'preliminary',
          sourceId: 'S1',
          alternatives: [{ value: 3.9, sourceId: 'S10', note: 'Xinhua, same figure.' }],
        },
        { period: '2021', value: 8.3, status: 'reported', sourceId: 'S2' },
        { period: '2022', value: 2.6, status: 'reported', qualifier: 'preliminary', sourceId: 'S3' },
        {
          period: '2023',
          value: 6.1,
          status: 'reported',
          sourceId: 'S4',
          alternatives: [{ value: 6.1, sourceId: 'S5', note: 'Xinhua (English), same figure.' }],
        },
        {
          period: '2024',
          value: 5.7,
          status: 'reported',
          sourceId: 'S6',
          alternatives: [{ value: 5.7, sourceId: 'S7', note: 'Xinhua, same figure.' }],
        },
        { period: '2025', value: 5.3, status: 'reported', sourceId: 'S9', note: 'Year inferred ("last year" in an article of 10 March, year not shown).' },
      ],
    },
    {
      id: 'gdp_per_capita',
      domain: 'macro',
      title: 'GDP per capita',
      unit: 'yuan',
      description:
        'Regional GDP per resident (人均地区生产总值). 2020 is approximate and based on census population; 2024 is known only as a bound (passed 100,000 yuan); 2019 and 2023 were not found.',
      points: [
        {
          period: '2020',
          value: 78000,
          status: 'reported',
          qualifier: 'about',
          sourceId: 'S13',
          note: 'Stated with the 7th-census population ("dropped to 78,000 yuan, about 12,084.3 U.S. dollars").',
        },
        { period: '2021', value: 86879, status: 'reported', sourceId: 'S12', note: '"突破8万元门槛,达到86879元".' },
        { period: '2022', value: 90663, status: 'reported', qualifier: 'preliminary', sourceId: 'S3', note: 'Up 2.5% on the previous year.' },
        {
          period: '2024',
          value: 100000,
          status: 'reported',
          qualifier: 'more_than',
          sourceId: 'S6',
          note: '"人均GDP突破10万元门槛": the 9th province-level region to pass 100,000 yuan.',
          alternatives: [
            {
              value: 100900,
              sourceId: 'S51',
              note: 'Unattributed third-party figure ("10.09万"); not used without an A source.',
            },
          ],
        },
      ],
    },
    {
      id: 'population',
      domain: 'macro',
      title: 'Resident population',
      unit: 'persons_10k',
      description:
        'Resident population (常住人口). Year-end figures except 2020, which is the 7th census count at 1 November 2020; 2019, 2020 and 2023 come from third-party (C) sites, and 2024 was not found.',
      points: [
        { period: '2019', value: 3124.32, status: 'reported', sourceId: 'S19', note: 'Year-end, pre-census series (up 225,300 on 2018; 22.53万 as published).' },
        { period: '2020', value: 3205.42, status: 'reported', sourceId: 'S19', note: '7th national census, 1 November 2020; not a year-end figure.', breakBefore: true },
        { period: '2021', value: 3212.43, status: 'reported', sourceId: 'S12', note: 'Year-end, census-based series.', breakBefore: true },
        { period: '2022', value: 3213.34, status: 'reported', sourceId: 'S3', note: 'Year-end; up 0.91万 on 2021.' },
        { period: '2023', value: 3191.43, status: 'reported', sourceId: 'S18', note: 'Year-end, citing the 2023 communiqué; down 21.91万 on 2022.' },
      ],
    },
    {
      id: 'industrial_va',
      domain: 'macro',
      title: 'Industrial value added',
      unit: 'yuan_100m',
      description:
        'Value added of all industry (工业增加值). Only the source article gives it, for 2020 and 2024; no second publication confirming these figures was found.',
      isFeatured: true,
      points: [
        {
          period: '2020',
          value: 6991,
          status: 'reported',
          sourceId: 'article',
          note: '"699.1 billion yuan". No second publication confirmed it. The year is read from the same sentence ("from 43,000 units in 2020 to 953,000 in 2024").',
        },
        {
          period: '2024',
          value: 8912,
          status: 'reported',
          sourceId: 'article',
          note: '"891.2 billion yuan". No second publication confirmed it. The year is read from the same sentence ("from 43,000 units in 2020 to 953,000 in 2024").',
        },
      ],
    },
    {
      id: 'industrial_va_growth',
      domain: 'macro',
      title: 'Above-size industry VA growth',
      unit: 'percent',
      description:
        "Year-on-year growth of value added (VA) of industry above designated size (规模以上工业增加值). 2021 is the government work report's expectation; 2020 comes from a third-party (C) site; 2022 was not found.",
      points: [
        { period: '2019', value: 6.2, status: 'reported', sourceId: 'S14' },
        { period: '2020', value: 5.8, status: 'reported', sourceId: 'S15' },
        {
          period: '2021',
          value: 10.7,
          status: 'estimated',
          sourceId: 'S11',
          note: 'Expected ("dovrebbe crescere del 10,7%"), government work report of January 2022.',
        },
        {
          period: '2023',
          value: 6.6,
          status: 'reported',
          sourceId: 'S5',
          alternatives: [{ value: 6.6, sourceId: 'S36', note: 'China News Service (repost), same figure.' }],
        },
        {
          period: '2024',
          value: 7.3,
          status: 'reported',
          sourceId: 'S7',
          alternatives: [{ value: 7.3, sourceId: 'S16', note: 'Third-party site, same figure.' }],
        },
      ],
    },
    {
      id: 'industrial_revenue',
      domain: 'macro',
      title: 'Above-size industry revenue',
      unit: 'yuan_100m',
      description:
        'Revenue of industrial enterprises above designated size; 2021 ("total revenue") and 2024 ("operating income") are read as one measure. 2021 comes from a third-party (C) summary of a statistics-bureau report, and 2024 is rounded (2.8 trillion yuan).',
      points: [
        {
          period: '2021',
          value: 27118.94,
          status: 'reported',
          sourceId: 'S35',
          note: '"increased to 2,711.894 billion yuan".',
        },
        {
          period: '2024',
          value: 28000,
          status: 'reported',
          qualifier: 'rounded',
          sourceId: 'S23',
          note: '"operating income of industrial enterprises above the designated size reached 2.8 trillion yuan".',
        },
      ],
    },
  ],
  facts: macroFacts,
};
