// A readable file name: the chart's title as a slug, then the years, e.g.
// nev-production-2020-2024.png.
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'chart';
}

export function exportFilename(title: string, from: number, to: number, extension: string, suffix?: string): string {
  const years = from === to ? `${from}` : `${from}-${to}`;
  return [slugify(title), years, suffix].filter(Boolean).join('-') + `.${extension}`;
}
