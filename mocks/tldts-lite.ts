// Stands in for the tldts package in the browser build (vite.config.ts aliases it here).
// msw's cookie store (tough-cookie) asks tldts for a host's registrable domain, and tldts answers
// from the whole Public Suffix List: 110 KB gzip, over half of what a first visitor downloaded
// to start the embedded mock API (issue #7). Our API sets and reads no cookies, so the list
// never decides anything here; this answers with the host's last two labels. That is right for
// localhost, 127.0.0.1 and example.com, wrong for suffixes such as co.uk (a cookie could then be
// set for all of co.uk): harmless in a mock API that sets no cookies, never to be used elsewhere.

interface Options {
  allowIcannDomains?: boolean;
  allowPrivateDomains?: boolean;
}

export function getDomain(hostname: string, _options?: Options): string | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host === '') return null;
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host; // an IP address is its own domain
  const labels = host.split('.');
  return labels.slice(-2).join('.');
}
