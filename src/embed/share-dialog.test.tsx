import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import type { ChartView } from '../charts/chart-types';
import { datasetActions } from '../state/datasets';
import { INITIAL_EMBED_HEIGHT } from './embed-links';
import { ShareDialog } from './share-dialog';

const view: ChartView = {
  id: 'macro-gdp',
  title: 'GDP · Industrial value added',
  subtitle: '2021–2025 · Absolute',
  unit: 'yuan_100m',
  chartType: 'line',
  mode: 'absolute',
  from: 2021,
  to: 2025,
  series: [],
};

describe('ShareDialog', () => {
  it('offers the link to the view and the embed code, exactly as it will be pasted, and copies each', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?from=2021&macro.ind=gdp,industrial_va&lang=en&present=1');
    renderWithProviders(<ShareDialog view={view} onClose={() => undefined} onImage={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Share “GDP · Industrial value added”' })).toBeInTheDocument();
    const link = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue('http://localhost:3000/?from=2021&macro.ind=gdp,industrial_va&lang=en');
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(code.value.split('\n')[0]).toBe(
      `<iframe src="http://localhost:3000/embed.html?embed=macro-gdp&amp;from=2021&amp;macro.ind=gdp,industrial_va&amp;lang=en" title="GDP · Industrial value added · Chongqing Industry Dashboard" width="100%" height="${INITIAL_EMBED_HEIGHT}" loading="lazy" style="border:0;display:block"></iframe>`,
    );
    expect(code.value).toMatch(/<script>[\s\S]*event\.source !== frame\.contentWindow[\s\S]*cq-dashboard:height[\s\S]*<\/script>$/);

    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith(code.value);
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenLastCalledWith('http://localhost:3000/?from=2021&macro.ind=gdp,industrial_va&lang=en');
  });

  it('names the dialog and the frame after the reader’s edited title', () => {
    window.history.replaceState(null, '', '/?lang=en&macro-gdp.title=Chongqing+output');
    renderWithProviders(<ShareDialog view={view} texts={{ title: 'Chongqing output' }} onClose={() => undefined} onImage={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Share “Chongqing output”' })).toBeInTheDocument();
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(code.value.split('\n')[0]).toContain('embed.html?embed=macro-gdp&amp;macro-gdp.title=Chongqing+output&amp;lang=en');
    expect(code.value.split('\n')[0]).toContain('title="Chongqing output · Chongqing Industry Dashboard"');
  });

  it('selects the text for the reader to copy when the clipboard is refused', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ShareDialog view={view} onClose={() => undefined} onImage={() => undefined} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/copy it with Ctrl\+C/)).toBeInTheDocument();
  });

  it('says a dataset opened from a file cannot be shared, and offers its image instead', async () => {
    const user = userEvent.setup();
    datasetActions.datasetShown('my-package-1a2b', 'My package');
    const onImage = vi.fn();
    const onClose = vi.fn();
    renderWithProviders(<ShareDialog view={view} onClose={onClose} onImage={onImage} />);
    expect(screen.getByText(/cannot be linked to or embedded in another page/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download PNG image' }));
    expect(onClose).toHaveBeenCalled();
    expect(onImage).toHaveBeenCalled();
  });
});
