// Text from the API is shown as text, never parsed as HTML; and the static host's CSP file
// carries the same policy as the preview server.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../csp.config';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { renderWithProviders } from '../render';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Seres <b>bold</b>';

describe('hostile text from the API', () => {
  it('renders as literal text', async () => {
    server.use(
      http.get('*/api/v1/facts', () =>
        HttpResponse.json({ facts: [{ id: 'x', domain: 'nev', kind: 'company', text: HOSTILE, entity: '<script>alert(1)</script>', sourceId: 'article' }] }),
      ),
    );
    renderWithProviders(<App />);
    const nev = await screen.findByRole('region', { name: /New-energy vehicles/ });
    expect((await within(nev).findAllByText(HOSTILE)).length).toBeGreaterThan(0);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('Content-Security-Policy', () => {
  it('allows no inline script and names the real API origin when built for one', () => {
    expect(contentSecurityPolicy()).toMatch(/script-src 'self';/);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(contentSecurityPolicy('https://stats.example.org/base/')).toMatch(/connect-src 'self' https:\/\/stats\.example\.org;/);
  });
});
