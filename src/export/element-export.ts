// Snapshots of a whole panel or of the dashboard, as they look on screen, through
// modern-screenshot (a maintained fork of html-to-image that inlines styles into a
// foreignObject SVG and paints it): our own SVG builder covers charts, not arbitrary HTML.
import { domToBlob } from 'modern-screenshot';
import { copyPngToClipboard, type CopyResult } from './clipboard';
import { downloadBlob } from './download';

// The file's name, built with this code rather than in the first load's menu.
export { exportFilename } from './filename';

/**
 * The style properties that shape our panels. Copying only these, instead of every computed
 * property of every node, makes a whole-dashboard snapshot much faster, with the same picture.
 */
const STYLE_PROPERTIES = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'float', 'clear',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'box-sizing',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'align-content',
  'justify-content', 'justify-items', 'order', 'gap', 'row-gap', 'column-gap',
  'grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-transform',
  'text-align', 'text-decoration-line', 'text-overflow', 'white-space', 'word-break', 'overflow-wrap', 'vertical-align',
  'color', 'background-color', 'opacity', 'visibility', 'overflow-x', 'overflow-y', 'box-shadow', 'list-style-type',
  'list-style-position', 'border-collapse', 'border-spacing', 'table-layout', 'accent-color', 'appearance',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'text-anchor', 'dominant-baseline',
  'clip', 'clip-path', 'transform', 'transform-origin',
];

/** Elements marked data-export-ignore (menus, buttons) stay out, as does what a closed <details> hides. */
function keep(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node instanceof HTMLElement && node.dataset.exportIgnore !== undefined) return false;
  const details = node.parentElement?.closest('details');
  return !details || details.open || node.tagName === 'SUMMARY' || node.closest('summary') !== null;
}

/** A clone shows a <select>'s default option: mirror the chosen one into its `selected` attribute. */
function pinSelectedOptions(element: HTMLElement) {
  for (const option of element.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
}

function elementToPng(element: HTMLElement, scale = 2): Promise<Blob> {
  pinSelectedOptions(element);
  return domToBlob(element, {
    scale,
    backgroundColor: '#ffffff',
    filter: keep,
    type: 'image/png',
    includeStyleProperties: STYLE_PROPERTIES,
    font: false, // system fonts only: nothing to fetch and embed
  });
}

export async function saveElementPng(element: HTMLElement, filename: string): Promise<void> {
  downloadBlob(await elementToPng(element), filename);
}

export function copyElementPng(element: HTMLElement): Promise<CopyResult> {
  return copyPngToClipboard(elementToPng(element));
}
