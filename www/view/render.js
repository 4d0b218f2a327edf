// Renders the article with its annotations as nested inline elements.
//
// The view's text content equals the input exactly: every character is placed in
// a text node once (never through innerHTML), and the container keeps white space
// and line breaks (`white-space: pre-wrap`). Overlapping layers are handled by
// cutting the text at every span boundary and nesting, outermost layer first, one
// element per covering span; an element stays open across cuts while everything
// outside it does too, so a span is split only where another one crosses it. The
// pieces of one annotation share `data-ann`; the first carries `id="ann-…"`.
//
// Rendering runs in slices of a few milliseconds and yields between them, so the
// first highlights appear at once and a 2 MB article never blocks the page.

import { labelName } from './annotations.js';

/** Nesting rank: sentences outermost, then the highlight kinds. */
const RANK = { sentence: 0, claim: 1, quote: 2, boilerplate: 3, entity: 4 };
const SLICE_MS = 12;
const BLOCK_CHARS = 4096;

/** Resolves after the page has had a turn (input, painting): a task, not a frame. */
export const yieldToPage = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

function openElement(span, from) {
  if (span.kind === 'sentence') {
    const el = document.createElement('span');
    el.className = 'sentence';
    el.dataset.sentence = span.index;
    if (span.start === from) el.id = `sentence-${span.index}`;
    return el;
  }
  const el = document.createElement('mark');
  el.dataset.kind = span.kind;
  el.dataset.label = span.label;
  el.dataset.ann = span.id;
  if (span.band) el.dataset.band = span.band;
  if (span.review) el.dataset.review = span.review;
  if (span.start === from) {
    el.id = `ann-${span.id}`;
    el.tabIndex = -1;
    el.classList.add('first');
  }
  return el;
}

/** The last piece of a span shows its tag (entity label, quote speaker). */
function closeElement(entry, position) {
  const { span, el } = entry;
  if (span.kind === 'sentence' || span.end !== position) return;
  el.classList.add('last');
  if (span.kind === 'entity') el.dataset.tag = labelName(span.label);
  if (span.kind === 'quote') el.dataset.tag = span.speaker ? `— ${span.speaker}` : '— ?';
}

/**
 * Renders `text` with `items` (see annotations.js) and `sentences` into
 * `container`. Resolves to true when done, false when `token.cancelled` was set.
 * `onSlice(fraction)` is called after each slice (the first one shows highlights).
 */
export async function renderArticle(container, text, items, sentences, token = {}, onSlice = () => {}) {
  const spans = [
    ...sentences.map((s, index) => ({ kind: 'sentence', start: s.start, end: s.end, index })),
    ...items,
  ].filter((s) => s.start < s.end && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = Float64Array.from(cuts).sort();
  spans.sort((a, b) => a.start - b.start);
  const order = (a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start || b.end - a.end
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  container.replaceChildren();
  // Blocks of a few KB, cut at a line break where no span is open: the browser
  // lays out only the blocks on screen (`content-visibility: auto`), so a 2 MB
  // article draws in seconds, not minutes.
  let block = null;
  const newBlock = () => {
    block = document.createElement('div');
    block.className = 'block';
    container.append(block);
  };
  newBlock();
  let blockStart = 0;
  const stack = []; // open elements, outermost first: {span, el}
  let active = [];
  let next = 0;
  let sliceStart = performance.now();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((s) => s.end > from);
    while (next < spans.length && spans[next].start <= from) {
      if (spans[next].end > from) active.push(spans[next]);
      next++;
    }
    const covering = active.length > 1 ? active.slice().sort(order) : active;
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep].span === covering[keep]) keep++;
    while (stack.length > keep) closeElement(stack.pop(), from);
    if (!keep && from - blockStart >= BLOCK_CHARS && text.charCodeAt(from - 1) === 10) {
      newBlock();
      blockStart = from;
    }
    let parent = keep ? stack[keep - 1].el : block;
    for (let j = keep; j < covering.length; j++) {
      const el = openElement(covering[j], from);
      parent.append(el);
      stack.push({ span: covering[j], el });
      parent = el;
    }
    parent.append(text.slice(from, to));
    if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
      onSlice(to / text.length);
      await yieldToPage();
      if (token.cancelled) return false;
      sliceStart = performance.now();
    }
  }
  while (stack.length) closeElement(stack.pop(), text.length);
  onSlice(1);
  return true;
}

/** Every piece of one annotation. */
export function piecesOf(container, id) {
  return container.querySelectorAll(`mark[data-ann="${CSS.escape(id)}"]`);
}

