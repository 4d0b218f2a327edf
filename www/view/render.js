// Renders the article with its annotations as nested inline elements.
//
// The view's text content equals the input exactly: every character is placed in
// a text node once (never through innerHTML), and the container keeps white space
// and line breaks (`white-space: pre-wrap`). Overlapping layers are handled by
// cutting the text at every span boundary and nesting, in each piece, one element
// per covering span (outermost layer first); the pieces of one span share its id.

/** Layers in nesting order, outermost first. */
const LAYERS = ['paragraph', 'sentence', 'boilerplate'];

/** Spans of every layer as {start, end, kind, label, id}, with UTF-16 offsets. */
export function collectSpans(result) {
  const spans = [];
  result.paragraphs.forEach((p, i) => spans.push({ ...p, kind: 'paragraph', id: `p${i}` }));
  result.sentences.forEach((s, i) => spans.push({ ...s, kind: 'sentence', id: `s${i}` }));
  result.boilerplate.forEach((b, i) =>
    spans.push({ start: b.start, end: b.end, kind: 'boilerplate', label: b.reason, id: `b${i}` }));
  return spans;
}

function elementFor(span, first) {
  let el;
  if (span.kind === 'paragraph') {
    el = document.createElement('span');
    el.className = 'para';
    el.dataset.paragraph = span.id.slice(1);
  } else if (span.kind === 'sentence') {
    el = document.createElement('span');
    el.className = 'sentence';
    el.dataset.sentence = span.id.slice(1);
    if (first) el.id = `sentence-${span.id.slice(1)}`;
  } else {
    el = document.createElement('mark');
    el.dataset.kind = span.kind;
    if (span.label) {
      el.dataset.label = span.label;
      el.title = `${span.kind}: ${span.label.replace('_', ' ')}`;
    }
  }
  el.dataset.id = span.id;
  return el;
}

/** Replaces the children of `container` with the annotated text. */
export function renderArticle(container, text, result) {
  const spans = collectSpans(result).filter((s) => s.start < s.end && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  // Spans sorted by start; a sweep keeps the active ones.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const order = (s) => LAYERS.indexOf(s.kind);
  const fragment = document.createDocumentFragment();
  const seen = new Set();
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    active = active.filter((s) => s.end > from);
    while (next < spans.length && spans[next].start <= from) {
      if (spans[next].end > from) active.push(spans[next]);
      next++;
    }
    const covering = [...active].sort((a, b) => order(a) - order(b));
    let node = document.createTextNode(text.slice(from, to));
    for (let k = covering.length - 1; k >= 0; k--) {
      const el = elementFor(covering[k], !seen.has(covering[k].id));
      el.append(node);
      node = el;
    }
    for (const s of covering) seen.add(s.id);
    fragment.append(node);
  }
  container.replaceChildren(fragment);
}
