// Materials: no physical output series (万吨) was found for any year, so the only annual
// series are the new-materials enterprise count and output value; the rest are facts.
import { materialsFacts } from './materials-facts';
import type { DomainData } from './types';

export const materialsDomain: DomainData = {
  id: 'materials',
  title: 'Materials',
  summary: "Chongqing's materials industry: output value, new-materials enterprises and the world-scale plants the article names.",
  indicators: [
    {
      id: 'new_materials_firms',
      domain: 'materials',
      title: 'New-materials enterprises',
      unit: 'firms',
      description:
        'Number of new-materials enterprises (新材料企业), from a Chongqing Daily analysis of a statistics-bureau report. Only 2020 and 2024 are given.',
      isFeatured: true,
      points: [
        { period: '2020', value: 200, status: 'reported', sourceId: 'S41', note: '"从2020年的200家增至2024年的221家".' },
        { period: '2024', value: 221, status: 'reported', sourceId: 'S41', note: '"从2020年的200家增至2024年的221家".' },
      ],
    },
    {
      id: 'new_materials_output',
      domain: 'materials',
      title: 'New-materials output value',
      unit: 'yuan_100m',
      description:
        'Output value (产值) of the new-materials enterprises counted above. Only 2024 is given; it is a narrower scope than the advanced-materials cluster.',
      points: [{ period: '2024', value: 1527.3, status: 'reported', sourceId: 'S41', note: '221 enterprises "实现产值1527.3亿元".' }],
    },
  ],
  facts: materialsFacts,
};
