import { describe, expect, it } from 'vitest';
import { embedSnippet, HEIGHT_MESSAGE, INITIAL_EMBED_HEIGHT } from './embed-links';

describe('embed links', () => {
  it('writes a frame with a title, the full width, lazy loading, and a script that takes the height only from that frame and origin', () => {
    const snippet = embedSnippet('https://dash.example/embed.html?embed=macro-gdp&lang=en', 'GDP "real" <b> · Dashboard');
    const [frame] = snippet.split('\n');
    expect(frame).toBe(
      `<iframe src="https://dash.example/embed.html?embed=macro-gdp&amp;lang=en" title="GDP &quot;real&quot; &lt;b&gt; · Dashboard" width="100%" height="${INITIAL_EMBED_HEIGHT}" loading="lazy" style="border:0;display:block"></iframe>`,
    );
    expect(snippet).toContain('event.source !== frame.contentWindow');
    expect(snippet).toContain('event.origin !== "https://dash.example"');
    expect(snippet).toContain(`event.data.type === "${HEIGHT_MESSAGE}"`);
    expect(snippet.trim().endsWith('</script>')).toBe(true);
  });

  it('runs as a host page would run it: the frame takes the height its own window says, and nothing else', () => {
    const snippet = embedSnippet('https://dash.example/embed.html?embed=macro-gdp', 'GDP');
    const script = snippet.slice(snippet.indexOf('<script>') + '<script>'.length, snippet.indexOf('</script>'));
    const frame = document.createElement('iframe');
    const frameWindow = {} as Window;
    Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
    document.body.append(frame);
    const host = document.createElement('script');
    document.body.append(host);
    // document.currentScript is the snippet's script, right after its frame.
    Object.defineProperty(document, 'currentScript', { value: { previousElementSibling: frame }, configurable: true });
    new Function(script)();
    const post = (data: unknown, source: unknown, origin = 'https://dash.example') => window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, origin }));
    post({ type: HEIGHT_MESSAGE, height: 612.4 }, window);
    expect(frame.style.height).toBe('');
    post({ type: HEIGHT_MESSAGE, height: 612.4 }, frameWindow, 'https://evil.example');
    expect(frame.style.height).toBe('');
    post({ type: HEIGHT_MESSAGE, height: 612.4 }, frameWindow);
    expect(frame.style.height).toBe('613px');
    Reflect.deleteProperty(document, 'currentScript');
  });
});
