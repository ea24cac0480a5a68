// Text in exported images wraps where a reader expects a line to break: at spaces in English and
// French, between words in Chinese, which has none; a line is cut only past its last allowed line.
import { describe, expect, it } from 'vitest';
import { wrapText } from './text-layout';

// Without a canvas, widths are estimated: a Chinese character is a full em, others 0.6 em.
describe('wrapText', () => {
  it('breaks a Chinese note between words, never before a Chinese comma', () => {
    const note = '图表：重庆市统计局数据，由本站整理计算，仅供参考。';
    const lines = wrapText(note, 10, 80, 5);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(note);
    for (const line of lines) expect(line).not.toMatch(/^[，。：]/);
  });

  it('keeps a Latin word whole inside Chinese text when it fits', () => {
    const lines = wrapText('重庆GDP增长很快重庆GDP增长很快', 10, 60, 5);
    expect(lines.join('')).toBe('重庆GDP增长很快重庆GDP增长很快');
    expect(lines.some((line) => line.includes('GDP'))).toBe(true);
  });

  it('still wraps English at spaces and ends the last allowed line in an ellipsis', () => {
    expect(wrapText('one two three four', 10, 55, 5)).toEqual(['one two', 'three', 'four']);
    const [first, second, ...rest] = wrapText('one two three four', 10, 55, 2);
    expect([first, rest.length]).toEqual(['one two', 0]);
    expect(second).toMatch(/…$/);
  });

  it('wraps a Chinese title to two lines and cuts only the rest', () => {
    const lines = wrapText('新能源汽车产量与汽车产量的比较及其在全市工业中的地位变化情况', 20, 200, 2, 700);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.endsWith('…')).toBe(false);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('never ends a line with an opening bracket', () => {
    const text = '新华社（转载于云浮日报，第05版）（2024年1月22日）；人民网重庆频道（2025年1月21日）';
    const lines = wrapText(text, 10, 90, 10);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/[（(]$/);
  });
});
