// The annotator's own thread: the wasm package runs here, so that annotating a
// 2 MB article never freezes the page. Messages in: {id, text, html}; out:
// {type: 'ready'} once, then per request either {type: 'error', id, message} or
// zero or more {type: 'part', id, key, items} and then {type: 'result', id,
// annotations, ms}, whose array `key` is to be extended with the parts' items,
// in order. A 2 MB article's result (47,000 annotations) posted whole took the page
// 135 ms to unpack in one task; in parts, the page unpacks one at a time.
import init, { Annotator } from './pkg/article_annotator.js';

let annotator = null;
/**
 * The first annotation builds the lexicons and compiles the rules (a few hundred
 * ms); doing it on a short text before saying "ready" keeps the reader's first
 * Ctrl+Enter fast.
 */
const WARM_UP = 'Sponsor: Example\n\nMoscow, Feb. 25, 2025 — Russia’s President Vladimir Putin said on '
  + 'Monday that the 17 deals were “very constructive”, according to officials, and reportedly '
  + 'worth $1.2 billion, 45% more than in 2024.';

const ready = init().then(() => {
  annotator = new Annotator({ offsets: 'utf16' });
  const t0 = performance.now();
  annotator.annotate(WARM_UP);
  self.postMessage({ type: 'ready', warmUpMs: performance.now() - t0 });
}).catch((error) => {
  self.postMessage({ type: 'fatal', message: String(error && error.message || error) });
});

/** Most items of one array posted in one message (see the header). */
const PART = 5000;

/** One annotator per option set: plain text (shared) or HTML input. */
let htmlAnnotator = null;

self.onmessage = async (event) => {
  const { id, text, html } = event.data;
  await ready;
  if (!annotator) return;
  try {
    const t0 = performance.now();
    let engine = annotator;
    if (html) {
      htmlAnnotator ??= new Annotator({ offsets: 'utf16', html: true });
      engine = htmlAnnotator;
    }
    const annotations = engine.annotate(text);
    const ms = performance.now() - t0;
    for (const [key, value] of Object.entries(annotations)) {
      if (!Array.isArray(value) || value.length <= PART) continue;
      for (let i = 0; i < value.length; i += PART) {
        self.postMessage({ type: 'part', id, key, items: value.slice(i, i + PART) });
      }
      annotations[key] = [];
    }
    self.postMessage({ type: 'result', id, annotations, ms });
  } catch (error) {
    self.postMessage({ type: 'error', id, message: String(error && error.message || error) });
  }
};
