// The addresses an embed is made of: the embed page's (embed.html, served apart so a host can let
// only it be framed), the full view's, and the code a reader pastes into their own page.

/** What the embed posts to the page that frames it whenever its height changes. */
export const HEIGHT_MESSAGE = 'cq-dashboard:height';

/** The frame's height before the embed has said its own: about a chart with a line of legend. */
export const INITIAL_EMBED_HEIGHT = 520;

// Parameters of the dashboard's address an embed leaves out: the show, the deck, the theme and an
// opened dataset belong to the reader's own browser.
const NOT_EMBEDDED = ['present', 'deck', 'theme', 'dataset', 'embed'];

function withoutParams(search: string, names: readonly string[]): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const name of names) params.delete(name);
  return params;
}

// Commas are legal in a query: kept readable, as the dashboard's own links keep them.
const queryOf = (params: URLSearchParams) => params.toString().replace(/%2C/g, ',');

/** The embed of chart `chartId` with the view's filters and `language`; `pageUrl` is the dashboard's address. */
export function embedUrl(pageUrl: string, chartId: string, language: string): string {
  const page = new URL(pageUrl);
  const params = new URLSearchParams({ embed: chartId });
  for (const [key, value] of withoutParams(page.search, [...NOT_EMBEDDED, 'lang'])) params.append(key, value);
  params.set('lang', language);
  return `${new URL('embed.html', page).href}?${queryOf(params)}`;
}

/** The dashboard's view an embed comes from: same filters and language, in the full app. */
export function fullViewUrl(embedPageUrl: string): string {
  const page = new URL(embedPageUrl);
  const query = queryOf(withoutParams(page.search, ['embed']));
  return `${new URL('./', page).href}${query ? `?${query}` : ''}`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The code a reader pastes: the frame, then a few lines through which it takes the height the
 * embed says, so it never scrolls nor leaves a gap. Only messages from this frame, from the
 * dashboard's origin, are heard.
 */
export function embedSnippet(src: string, title: string): string {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${INITIAL_EMBED_HEIGHT}" loading="lazy" style="border:0;display:block"></iframe>`,
    '<script>',
    '(function () {',
    '  var frame = document.currentScript.previousElementSibling;',
    '  window.addEventListener("message", function (event) {',
    `    if (event.source !== frame.contentWindow || event.origin !== ${JSON.stringify(origin)}) return;`,
    `    if (event.data && event.data.type === ${JSON.stringify(HEIGHT_MESSAGE)} && event.data.height > 0) frame.style.height = Math.ceil(event.data.height) + "px";`,
    '  });',
    '})();',
    '</script>',
  ].join('\n');
}
