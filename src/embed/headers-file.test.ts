// public/_headers is what a static host sends: it must say what the preview server sends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, EMBED_FRAME_ANCESTORS, isEmbedPath } from '../../csp.config';

const rules = readFileSync('public/_headers', 'utf8');

describe('public/_headers', () => {
  it('refuses every frame for the dashboard and lets the embed, alone, be framed', () => {
    expect(rules).toContain(`/*\n  Content-Security-Policy: ${contentSecurityPolicy()}\n  X-Frame-Options: DENY\n`);
    for (const path of ['/embed.html', '/embed']) {
      expect(rules).toContain(`${path}\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ${contentSecurityPolicy(undefined, EMBED_FRAME_ANCESTORS)}\n`);
    }
  });

  it('treats only the embed page as the embed, never a path under it', () => {
    expect(['/embed.html', '/embed.html?embed=macro-gdp', '/embed', '/embed?lang=fr'].every(isEmbedPath)).toBe(true);
    expect(['/', '/embed/', '/embed/x', '/embedded', '/?embed=macro-gdp', '/assets/embed-1.js'].some(isEmbedPath)).toBe(false);
  });
});
