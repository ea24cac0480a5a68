// The Content-Security-Policy of the built app, fixed at build time: the build writes it into its
// pages' <meta> and into its `_headers` file, which `vite preview` serves (vite.config.ts) and
// Cloudflare Pages style hosts read (docs/embed.md says how for others).
// - script-src 'self': index.html loads only bundled module files, never inline script.
// - style-src 'self': Tailwind's stylesheet; React and recharts set styles through the CSSOM,
//   which CSP does not restrict.
// - img-src data: blob: exports paint SVG and PNG blobs in the page before saving them.
// - connect-src: the page's origin and, when the app is built for a real backend, its origin.
// - frame-ancestors: no page may frame the dashboard; the embed (embed.html) is made to be
//   framed, by any page (docs/embed.md says how a host narrows that to its own sites).
export function contentSecurityPolicy(apiBaseUrl?: string, frameAncestors = "'none'"): string {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Who may frame the embed: any page, as with the embeds of other publishing tools. */
export const EMBED_FRAME_ANCESTORS = '*';

/** The embed's addresses (embed.html, or /embed where a host serves it without the suffix), each with the embed's own headers. */
const EMBED_PATHS = ['/embed.html', '/embed'];
const SHARED_HEADERS = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];

/**
 * The `_headers` file the build writes into its output (Cloudflare Pages' format; docs/embed.md
 * for other hosts): the policy of this build, with its API's origin, for the dashboard and the
 * embed. `vite preview` serves the same file, so a build is served as it was built.
 */
export function headersFile(apiBaseUrl?: string): string {
  const embed = EMBED_PATHS.map((path) => [path, '  ! Content-Security-Policy', '  ! X-Frame-Options', `  Content-Security-Policy: ${contentSecurityPolicy(apiBaseUrl, EMBED_FRAME_ANCESTORS)}`]);
  return [['/*', `  Content-Security-Policy: ${contentSecurityPolicy(apiBaseUrl)}`, '  X-Frame-Options: DENY', ...SHARED_HEADERS.map((line) => `  ${line}`)], ...embed].map((rule) => `${rule.join('\n')}\n`).join('');
}

/** The headers a `_headers` file gives a path: every matching rule in order, `! Name` removing one set before. */
export function headersFor(file: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let isMatching = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      isMatching = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    } else if (isMatching) {
      const detached = /^\s*!\s*(.+)$/.exec(line);
      if (detached) headers.delete((detached[1] ?? '').trim());
      else {
        const separator = line.indexOf(':');
        headers.set(line.slice(0, separator).trim(), line.slice(separator + 1).trim());
      }
    }
  }
  return headers;
}
