// Materials facts: cluster and sector figures that do not form a series (partial years,
// unresolved periods, district figures, 2024 growth by sector) and the article's claims. Texts
// state figures in English units first, with the published Chinese figure in brackets.
import type { Fact } from '../../src/api/contract';

export const materialsFacts: Fact[] = [
  // Official and media sources
  { id: 'advanced-materials-jan-oct-2023', domain: 'materials', kind: 'statistic', text: 'The advanced-materials industry cluster produced output worth 532.09 billion yuan (5320.9亿元 as published) in January–October 2023, up 2.8%.', date: '2023', value: 5320.9, unit: 'yuan_100m', qualifier: 'jan_oct', sourceId: 'S40' },
  { id: 'advanced-materials-output-last-year', domain: 'materials', kind: 'statistic', text: 'Output value of the advanced-materials industry exceeded 620 billion yuan (6200亿元 as published) "last year". Year unresolved (2023 or 2024): the interview\'s date is not shown.', value: 6200, unit: 'yuan_100m', qualifier: 'more_than', sourceId: 'S52' },
  { id: 'materials-share-of-industry', domain: 'materials', kind: 'share', text: 'The materials industry accounts for 20.7% of value added of industry above designated size, second only to automobiles. Period not stated (a December 2025 report).', value: 20.7, unit: 'percent', sourceId: 'S41' },
  { id: 'materials-va-average-growth', domain: 'materials', kind: 'statistic', text: 'Since the start of the 14th Five-Year Plan, value added of the materials industry has grown 8.6% a year on average (period to date, December 2025 report).', period: '2021-2025', value: 8.6, unit: 'percent', sourceId: 'S41' },
  { id: 'materials-va-growth-2024', domain: 'materials', kind: 'statistic', text: 'Value added of the materials industry grew 3.7% in 2024.', date: '2024', value: 3.7, unit: 'percent', sourceId: 'S16' },
  { id: 'chemicals-va-growth-2024', domain: 'materials', kind: 'statistic', text: 'Value added of the chemical industry grew 16.2% in 2024.', date: '2024', value: 16.2, unit: 'percent', sourceId: 'S16' },
  { id: 'building-materials-va-growth-2024', domain: 'materials', kind: 'statistic', text: 'Value added of the building-materials industry fell 2.9% in 2024.', date: '2024', value: -2.9, unit: 'percent', sourceId: 'S16' },
  { id: 'metallurgy-va-growth-2024', domain: 'materials', kind: 'statistic', text: 'Value added of the metallurgy industry fell 0.3% in 2024.', date: '2024', value: -0.3, unit: 'percent', sourceId: 'S16' },
  { id: 'synthetic-materials-output-2022', domain: 'materials', kind: 'statistic', text: 'Output value of synthetic materials was 62.2 billion yuan in 2022, as quoted from the municipal synthetic-materials action plan; the English wording ("will be") leaves unclear whether it is an outturn.', date: '2022', value: 622, unit: 'yuan_100m', sourceId: 'S42' },
  { id: 'fuling-materials-output-2024', domain: 'materials', kind: 'statistic', text: "Fuling district's materials industry produced output worth 138.8 billion yuan (1388亿元 as published) in 2024, more than a quarter of the city's total (district figure).", entity: 'Fuling District', date: '2024', value: 1388, unit: 'yuan_100m', sourceId: 'S43' },
  { id: 'crude-steel-growth-jan-jun-2023', domain: 'materials', kind: 'statistic', text: 'Crude steel output grew 34.42% in January–June 2023 (National Bureau of Statistics provincial data).', date: '2023', value: 34.42, unit: 'percent', qualifier: 'jan_jun', sourceId: 'S44' },
  { id: 'huafeng-adipic-acid', domain: 'materials', kind: 'ranking', text: "Huafeng Chongqing Chemical's adipic acid capacity ranks first in the world.", entity: 'Huafeng Chongqing', value: 1, unit: 'rank', sourceId: 'S41' },
  // The source article
  { id: 'article-spandex-unit', domain: 'materials', kind: 'capacity', text: "Chongqing has built the world's largest single spandex production unit. No other source confirming it was found.", sourceId: 'article' },
  { id: 'article-adipic-acid-base', domain: 'materials', kind: 'capacity', text: "Chongqing has built the world's largest adipic acid production base.", sourceId: 'article' },
  { id: 'article-nylon-66', domain: 'materials', kind: 'milestone', text: 'Chongqing has broken international monopolies across the full nylon-66 industrial chain.', sourceId: 'article' },
  { id: 'article-glass-fibre', domain: 'materials', kind: 'ranking', text: "Chongqing's glass-fibre production capacity is the third largest in China and the largest in western China. No other source confirming it was found.", value: 3, unit: 'rank', sourceId: 'article' },
  { id: 'article-aluminium-sheet', domain: 'materials', kind: 'milestone', text: 'Chongqing developed the first automotive aluminium sheet of an independent domestic brand.', sourceId: 'article' },
  { id: 'article-kunlun-glass', domain: 'materials', kind: 'milestone', text: 'Kunlun Glass has been integrated into domestic high-end smartphones.', sourceId: 'article' },
];
