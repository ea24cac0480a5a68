// The Content-Security-Policy of the built app. `vite preview` sends it (vite.config.ts); a
// static host sends the same header (public/_headers holds it for Netlify / Cloudflare Pages
// style hosts; the README says how for others).
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

/** The embed's address (embed.html, or /embed where a host serves it without the suffix). */
export const isEmbedPath = (url: string) => /^\/embed(\.html)?(\?|#|$)/.test(url);
