// Checks the facts' kind, status and period against docs/data.md, and that fact texts and
// indicator titles and descriptions read in English: every 亿 or 万 figure is stated in English
// units first, the Chinese one only in brackets, and titles are short enough for legends; and
// that every dated milestone has a short chart label stating no figure its text does not.
import { describe, it, expect } from 'vitest';
import type { Qualifier } from '../../src/api/contract';
import { domains } from './bundled-records';

const indicators = domains.flatMap((d) => d.indicators);
const facts = domains.flatMap((d) => d.facts);
const partialYears: Qualifier[] = ['jan_mar', 'jan_jun', 'jan_aug', 'jan_sep', 'jan_oct', 'jan_nov'];

/** The text with every bracketed part, "(...)" or "（...）", removed (innermost first). */
function outsideBrackets(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/\([^()]*\)|（[^（）]*）/g, ' ');
  }
  return rest;
}

describe('dataset: fact kind, status and period', () => {
  it('marks as estimated exactly the facts a source calls expected (预计), and says so', () => {
    const estimated = facts.filter((f) => f.status === 'estimated');
    expect(estimated.map((f) => f.id).sort()).toEqual(['auto-industry-va-growth-2024-expected', 'smartphone-share-national-2023']);
    for (const f of estimated) expect(f.text, f.id).toMatch(/expected/i);
    for (const f of facts.filter((x) => /预计|expected|dovrebbe/i.test(x.text))) expect(f.status, f.id).toBe('estimated');
  });

  it('gives multi-year averages a period, not a single date', () => {
    const averages = facts.filter((f) => /\baverage\b/i.test(f.text));
    expect(averages.map((f) => [f.id, f.period])).toEqual([
      ['gdp-average-growth-2021-2024', '2021-2024'],
      ['materials-va-average-growth', '2021-2025'],
    ]);
    for (const f of averages) expect(f.date, f.id).toBeUndefined();
  });

  it('keeps kind "capacity" for production-capacity claims and files plain figures as "statistic"', () => {
    for (const f of facts.filter((x) => x.kind === 'capacity')) {
      expect(f.text, f.id).toMatch(/capacity|production unit|production base/i);
      expect(f.qualifier === undefined || !partialYears.includes(f.qualifier), f.id).toBe(true);
      expect(f.unit, f.id).not.toBe('percent');
    }
    const partialOrGrowth = facts.filter(
      (f) => (f.qualifier !== undefined && partialYears.includes(f.qualifier)) || /\b(grew|grown|fell)\b/.test(f.text),
    );
    expect(partialOrGrowth.length).toBeGreaterThan(0);
    for (const f of partialOrGrowth) expect(['statistic', 'share', 'ranking'], f.id).toContain(f.kind);
  });
});

describe('dataset: English texts', () => {
  it('strips bracketed parts before checking', () => {
    expect(outsideBrackets('3,014.579 billion yuan (30,145.79亿元 as published)')).not.toMatch(/[亿万]/);
    expect(outsideBrackets('50万辆 (as published)')).toMatch(/万/);
    expect(outsideBrackets('about 60 million（6000万台）')).not.toMatch(/[亿万]/);
    expect(outsideBrackets('a (b (6000万台) c) d')).toBe('a   d');
  });

  it.each(facts.map((f) => [f.id, f] as const))('fact %s has no 亿 or 万 outside brackets', (_id, fact) => {
    expect(outsideBrackets(fact.text)).not.toMatch(/[亿万]/);
  });

  it.each(indicators.map((i) => [i.id, i] as const))('indicator %s has a short title and no 亿 or 万 outside brackets', (_id, indicator) => {
    expect(indicator.title.length).toBeLessThan(32);
    expect(outsideBrackets(indicator.title)).not.toMatch(/[亿万]/);
    expect(outsideBrackets(indicator.description)).not.toMatch(/[亿万]/);
  });
});

describe('dataset: milestone labels', () => {
  const datedMilestones = facts.filter((f) => f.kind === 'milestone' && f.date !== undefined);
  const labelled = facts.filter((f) => f.label !== undefined);

  it('has dated milestones to mark on charts', () => {
    expect(datedMilestones.length).toBeGreaterThan(0);
  });

  it.each(datedMilestones.map((f) => [f.id, f] as const))('dated milestone %s has a label of at most 40 characters', (_id, fact) => {
    expect(fact.label?.trim()).toBeTruthy();
    expect(fact.label!.length).toBeLessThanOrEqual(40);
  });

  it('labels only dated milestones', () => {
    expect(labelled.filter((f) => f.kind !== 'milestone' || f.date === undefined).map((f) => f.id)).toEqual([]);
  });

  it.each(labelled.map((f) => [f.id, f] as const))('label of %s has no 亿 or 万 and no number its text does not state', (_id, fact) => {
    expect(fact.label).not.toMatch(/[亿万]/);
    for (const figure of fact.label!.match(/\d(?:[\d,.]*\d)?/g) ?? []) expect(fact.text).toContain(figure);
  });
});
