// Tells the page that frames the embed how tall its content is, on every change, so the page's
// snippet (embed-links.ts) sizes the frame to it: no scrollbar inside, no gap below.
import { HEIGHT_MESSAGE } from './embed-links';

/** Starts reporting `content`'s height to the framing page; returns a function that stops it. */
export function reportHeight(content: HTMLElement, target: Pick<Window, 'postMessage'> = window.parent): () => void {
  if (target === window) return () => undefined; // opened on its own: no page to tell
  let last = 0;
  const report = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    // The height is no secret: any page may frame the embed and hear it.
    target.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(content);
  report();
  return () => observer.disconnect();
}
