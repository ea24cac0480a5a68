// The code a reader pastes into their own page to embed a chart, and the message through which
// the embed tells that page its height. The addresses themselves are state/url.ts's.

/** What the embed posts to the page that frames it whenever its height changes. */
export const HEIGHT_MESSAGE = 'cq-dashboard:height';

/** The frame's height before the embed has said its own: about a chart with a line of legend. */
export const INITIAL_EMBED_HEIGHT = 520;

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
