// The annotator's own thread: the wasm package runs here, so that annotating a
// 2 MB article never freezes the page. Messages in: {id, text, html}; out:
// {type: 'ready'} once, then {type: 'result', id, annotations, ms} or
// {type: 'error', id, message} per request.
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
    self.postMessage({ type: 'result', id, annotations, ms: performance.now() - t0 });
  } catch (error) {
    self.postMessage({ type: 'error', id, message: String(error && error.message || error) });
  }
};
