// Copies a PNG to the clipboard. The ClipboardItem wraps a promise of the blob in the click's
// tick, so Safari counts the user gesture (https://bugs.webkit.org/show_bug.cgi?id=222262);
// where a promise is refused, the awaited blob is tried.
export type CopyResult = { ok: true } | { ok: false; reason: 'unsupported' | 'denied' };

export async function copyPngToClipboard(blob: Promise<Blob>): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return { ok: false, reason: 'unsupported' };
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return { ok: true };
  } catch {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': await blob })]);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'denied' };
    }
  }
}
