// The .pptx names the dashboard as its author, not the library that wrote it, and an opened
// dataset titles the file: read back from the file's own properties (docProps/core.xml, app.xml).
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../lib/i18n';
import { deckMetadata } from './pptx';

async function propertiesOf(datasetTitle: string | null) {
  const pptx = new PptxGenJS();
  Object.assign(pptx, deckMetadata(initI18n().t, datasetTitle, 'Which data'));
  pptx.addSlide().addText('Cover', { x: 1, y: 1, w: 4, h: 1 });
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
  return { core: await zip.file('docProps/core.xml')!.async('string'), app: await zip.file('docProps/app.xml')!.async('string') };
}

describe('the deck file’s properties', () => {
  it('names the dashboard as author and company, and titles the file with it', async () => {
    const { core, app } = await propertiesOf(null);
    expect(core).toContain('<dc:creator>Chongqing Industry Dashboard</dc:creator>');
    expect(core).toContain('<dc:title>Chongqing Industry Dashboard</dc:title>');
    expect(core).toContain('<dc:subject>Which data</dc:subject>');
    expect(app).toContain('<Company>Chongqing Industry Dashboard</Company>');
    expect(`${core}${app}`).not.toContain('PptxGenJS');
  });

  it('takes an opened dataset’s name as its title, the dashboard still its author', async () => {
    const { core } = await propertiesOf('Coal & steel, Shanxi');
    expect(core).toContain('<dc:title>Coal &amp; steel, Shanxi</dc:title>');
    expect(core).toContain('<dc:creator>Chongqing Industry Dashboard</dc:creator>');
  });
});
