// Electronics facts: laptop rankings and shares, chip and display figures (partial years or
// growth only; growth "in 倍" kept as published), and the article's statements. Texts state
// figures in English units first, with the published Chinese figure in brackets.
import type { Fact } from '../../src/api/contract';

export const electronicsFacts: Fact[] = [
  // Official and media sources
  { id: 'laptop-scale-2020', domain: 'electronics', kind: 'statistic', text: 'In 2020 the city supported the production of about 60 million laptops (6000万台 as published), alongside 200 million smart terminals, 30 million household appliances and 2 million vehicles. A scale statement, not an annual output figure.', date: '2020', value: 6000, unit: 'units_10k', qualifier: 'about', sourceId: 'S37' },
  { id: 'laptop-rank-2023', domain: 'electronics', kind: 'ranking', text: 'In 2023 Chongqing was first in the world for laptop output for the 10th consecutive year.', date: '2023', value: 10, unit: 'consecutive years', sourceId: 'S36' },
  { id: 'laptop-world-share-2023', domain: 'electronics', kind: 'share', text: "Chongqing's laptops were close to half of world output in 2023 (接近一半).", date: '2023', sourceId: 'S36' },
  { id: 'laptop-rank-2025', domain: 'electronics', kind: 'ranking', text: 'By 2025 Chongqing had led global laptop production for eleven years.', date: '2025', value: 11, unit: 'consecutive years', sourceId: 'S23' },
  { id: 'laptop-world-share-2025', domain: 'electronics', kind: 'share', text: 'About one in three laptops worldwide is made in Chongqing (2025 briefing).', date: '2025', sourceId: 'S23' },
  { id: 'computer-share-national-2021', domain: 'electronics', kind: 'share', text: "Computer equipment made in Chongqing was 23% of China's output in 2021.", date: '2021', value: 23, unit: 'percent', sourceId: 'S35' },
  { id: 'phone-share-national-2021', domain: 'electronics', kind: 'share', text: "Mobile phones made in Chongqing were 6.7% of China's output in 2021.", date: '2021', value: 6.7, unit: 'percent', sourceId: 'S35' },
  { id: 'smartphone-share-of-phones-2019', domain: 'electronics', kind: 'share', text: 'Smartphones were 56.7% of the 174 million mobile phones made in Chongqing in 2019.', date: '2019', value: 56.7, unit: 'percent', sourceId: 'S33' },
  { id: 'smartphone-share-national-2023', domain: 'electronics', kind: 'share', text: "Smartphone output was expected (预计) to be 6.7% of China's total in 2023 (government work report estimate).", date: '2023', status: 'estimated', value: 6.7, unit: 'percent', sourceId: 'S4' },
  { id: 'smartphone-rank-2023', domain: 'electronics', kind: 'ranking', text: 'Smartphone output ranked 4th in China in 2023.', date: '2023', value: 4, unit: 'rank', sourceId: 'S36' },
  { id: 'phone-growth-jan-oct-2023', domain: 'electronics', kind: 'statistic', text: 'Mobile phone output grew 22.3% in January–October 2023.', date: '2023', value: 22.3, unit: 'percent', qualifier: 'jan_oct', sourceId: 'S40' },
  { id: 'ic-growth-2019', domain: 'electronics', kind: 'statistic', text: 'Integrated circuit output rose by 5.2 times in 2019 (增长5.2倍 as published; not converted to a percentage).', date: '2019', value: 5.2, unit: '倍 (as published)', sourceId: 'S14' },
  { id: 'ic-jan-sep-2024', domain: 'electronics', kind: 'statistic', text: 'Integrated circuit output was 5.323 billion pieces in January–September 2024 (53.23亿片 as published), an increase of 1.0 times (增长1.0倍 as published). Low-reliability host: a lead only.', date: '2024', value: 53.23, unit: 'pieces_100m', qualifier: 'jan_sep', sourceId: 'S38' },
  { id: 'ic-growth-2024', domain: 'electronics', kind: 'statistic', text: 'Integrated circuit output more than doubled in 2024 (增长1倍多 as published; not converted to a percentage).', date: '2024', value: 1, unit: '倍 (as published)', qualifier: 'more_than', sourceId: 'S7' },
  { id: 'ic-growth-jan-jun-2025', domain: 'electronics', kind: 'statistic', text: 'Integrated circuit output grew 67.3% year on year in January–June 2025.', date: '2025', value: 67.3, unit: 'percent', qualifier: 'jan_jun', sourceId: 'S17' },
  { id: 'lcd-growth-2019', domain: 'electronics', kind: 'statistic', text: 'LCD panel (液晶显示屏) output grew 36.4% in 2019.', date: '2019', value: 36.4, unit: 'percent', sourceId: 'S14' },
  { id: 'lcd-jan-sep-2024', domain: 'electronics', kind: 'statistic', text: 'LCD panel output was 288 million pieces in January–September 2024 (2.88亿片 as published), up 25.6% year on year.', date: '2024', value: 2.88, unit: 'pieces_100m', qualifier: 'jan_sep', sourceId: 'S31' },
  { id: 'lcd-growth-jan-jun-2025', domain: 'electronics', kind: 'statistic', text: 'LCD panel output grew 26.2% in January–June 2025.', date: '2025', value: 26.2, unit: 'percent', qualifier: 'jan_jun', sourceId: 'S17' },
  { id: 'display-output-2022', domain: 'electronics', kind: 'statistic', text: 'Output value of the new-display industry exceeded 70 billion yuan (700亿元 as published) in 2022.', date: '2022', value: 700, unit: 'yuan_100m', qualifier: 'more_than', sourceId: 'S39' },
  { id: 'electronics-cluster-jan-oct-2023', domain: 'electronics', kind: 'statistic', text: 'The electronics industry cluster produced output worth 588.55 billion yuan (5885.5亿元 as published) in January–October 2023.', date: '2023', value: 5885.5, unit: 'yuan_100m', qualifier: 'jan_oct', sourceId: 'S40' },
  { id: 'electronics-va-growth-2024', domain: 'electronics', kind: 'statistic', text: 'Value added of the electronics industry grew 2.9% in 2024.', date: '2024', value: 2.9, unit: 'percent', sourceId: 'S16' },
  // The source article
  { id: 'article-laptop-11-years', domain: 'electronics', kind: 'ranking', text: "Chongqing's laptop output has ranked first in the world for 11 consecutive years.", value: 11, unit: 'consecutive years', sourceId: 'article' },
  { id: 'article-wafer-capacity-doubled', domain: 'electronics', kind: 'capacity', text: 'Wafer production capacity has doubled compared with 2020. No other source with a wafer figure was found.', sourceId: 'article' },
  { id: 'article-flexible-display-top5', domain: 'electronics', kind: 'ranking', text: "The scale of Chongqing's flexible display industry ranks among the top five in China.", sourceId: 'article' },
  { id: 'article-new-generation-electronics', domain: 'electronics', kind: 'statistic', text: 'New-generation electronic product manufacturing keeps growing steadily.', sourceId: 'article' },
];
