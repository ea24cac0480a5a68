// The `_headers` file a build writes is what a static host and `vite preview` send: the dashboard
// framed by no page, the embed by any, and the API origin the build was made for in both policies.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, EMBED_FRAME_ANCESTORS, headersFile, headersFor } from '../../csp.config';

const API = 'https://api.example.org:8443/base';

describe('the build’s _headers', () => {
  it('refuses every frame for the dashboard and lets the embed, alone, be framed', () => {
    const rules = headersFile();
    expect(rules).toContain(`/*\n  Content-Security-Policy: ${contentSecurityPolicy()}\n  X-Frame-Options: DENY\n`);
    for (const path of ['/embed.html', '/embed']) {
      expect(rules).toContain(`${path}\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ${contentSecurityPolicy(undefined, EMBED_FRAME_ANCESTORS)}\n`);
    }
  });

  it('carries the API origin the build was made for', () => {
    expect(headersFor(headersFile(API), '/').get('Content-Security-Policy')).toContain("connect-src 'self' https://api.example.org:8443;");
    expect(headersFor(headersFile(API), '/embed.html').get('Content-Security-Policy')).toContain("connect-src 'self' https://api.example.org:8443;");
    expect(headersFile()).not.toContain('api.example.org');
  });

  it('gives each path its headers as Cloudflare Pages reads the file: rules in order, `!` detaching', () => {
    const rules = headersFile(API);
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(API),
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(Object.fromEntries(headersFor(rules, '/embed'))).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(API, EMBED_FRAME_ANCESTORS),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(headersFor(rules, '/embed/x').get('X-Frame-Options')).toBe('DENY');
  });

  it('treats only the embed page as the embed, never a path under it', () => {
    const isEmbed = (path: string) => !headersFor(headersFile(), path).has('X-Frame-Options');
    expect(['/embed.html', '/embed'].every(isEmbed)).toBe(true);
    expect(['/', '/index.html', '/embed/', '/embed/x', '/embedded', '/assets/embed-1.js'].some(isEmbed)).toBe(false);
  });
});
