// Page controller: sends the article to the annotator's worker, draws the result,
// and wires the legend, panels, tooltip, review and exports together.

import { collectAnnotationsInTurns } from './view/annotations.js';
import { renderArticle, piecesOf, yieldToPage } from './view/render.js';
import { Legend } from './view/legend.js';
import { Panels } from './view/panels.js';
import { Tooltip } from './view/tooltip.js';
import { ReviewStore, draft } from './review/store.js';
import { ReviewDialog } from './review/dialog.js';
import { wireInput } from './input.js';
import * as exporters from './export/exports.js';

const $ = (id) => document.getElementById(id);
const source = $('source');
const view = $('view');
const status = $('status');
const progress = $('progress');
const annotateButton = $('annotate');

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let ready = false;
let requestId = 0;
let renderToken = { cancelled: true };
/** The article on show: {text, annotations, items, byId, review, html}. */
let doc = null;
/** HTML pasted or opened, and the text the cleaner made of it. */
let htmlInput = null;
let startedAt = 0;
/** The current request's result arrays that came in parts (see worker.js): key → arrays. */
let parts = new Map();
let elapsedTimer = 0;

const setStatus = (message) => { status.textContent = message; };
const legend = new Legend($('legend'), view);
const panels = new Panels($('panels'), (id) => goTo(id), (id) => openReview(id));
const lookup = (id) => doc?.byId.get(id);
new Tooltip(view, $('tip'), lookup, (id) => doc?.review.get(id));
const dialog = new ReviewDialog($('review-dialog'), saveDecision);

worker.onmessage = ({ data }) => {
  if (data.type === 'ready') {
    ready = true;
    annotateButton.disabled = false;
    setStatus('Ready. Paste an article and press Ctrl+Enter.');
    restoreDraft();
  } else if (data.type === 'fatal') {
    setStatus(`The annotator could not load: ${data.message}`);
  } else if (data.id === requestId) {
    if (data.type === 'part') {
      if (!parts.has(data.key)) parts.set(data.key, []);
      parts.get(data.key).push(data.items);
    } else if (data.type === 'error') {
      progress.hidden = true;
      setStatus(`Annotation failed: ${data.message}`);
    } else {
      for (const [key, arrays] of parts) data.annotations[key] = [].concat(...arrays);
      parts = new Map();
      show(data.annotations, data.ms).catch((e) => setStatus(`Drawing failed: ${e.message}`));
    }
  }
};
worker.onerror = (event) => setStatus(`The annotator stopped: ${event.message || 'worker error'}`);

/** Annotates `text` (markup to clean first when `html`). */
function submit({ text, html }) {
  if (!ready) { setStatus('The annotator is still loading…'); return; }
  htmlInput = html ? { html: text, text: null } : null;
  if (!html) source.value = text;
  startedAt = performance.now();
  renderToken.cancelled = true;
  requestId += 1;
  parts = new Map();
  worker.postMessage({ id: requestId, text, html: Boolean(html) });
  window.__annotatorRuns = (window.__annotatorRuns || 0) + 1;
  progress.hidden = false;
  progress.removeAttribute('value');
  const message = `Annotating ${text.length.toLocaleString()} characters…`;
  setStatus(message);
  // Long work says how long it has taken so far (the annotator runs in one call).
  const id = requestId;
  clearInterval(elapsedTimer);
  elapsedTimer = setInterval(() => {
    if (id !== requestId || progress.hidden || progress.hasAttribute('value')) { clearInterval(elapsedTimer); return; }
    setStatus(`${message} ${Math.round((performance.now() - startedAt) / 1000)} s`);
  }, 1000);
}

function run() {
  if (htmlInput && htmlInput.text === source.value) submit({ text: htmlInput.html, html: true });
  else submit({ text: source.value, html: false });
}

/**
 * Draws a result. The steps before the first highlights, and the legend and
 * panels after the last, each take tens of milliseconds on a 2 MB article: the
 * page gets a turn between them, and a newer request cancels the rest.
 */
async function show(annotations, annotateMs) {
  const token = { cancelled: false };
  renderToken = token;
  const turn = async () => { await yieldToPage(); return !token.cancelled; };
  const text = annotations.html ? annotations.html.text : source.value;
  if (annotations.html) { source.value = text; htmlInput.text = text; }
  draft.save(htmlInput ? htmlInput.html : text, Boolean(htmlInput));
  const items = await collectAnnotationsInTurns(annotations, text, turn);
  if (!items || !await turn()) return;
  const review = new ReviewStore(text);
  doc = { text, annotations, items, byId: new Map(items.map((i) => [i.id, i])), review };
  const drawn = review.count() ? items.map((i) => {
    const d = review.get(i.id);
    return d ? { ...i, label: d.label || i.label, review: d.status } : i;
  }) : items;
  if (!await turn()) return;
  let firstMs = null;
  const done = await renderArticle(view, text, drawn, annotations.sentences, token, (fraction) => {
    firstMs ??= performance.now() - startedAt;
    progress.value = fraction;
    if (fraction < 1) setStatus(`Drawing the highlights… ${Math.round(fraction * 100)}%`);
  });
  if (!done || !await turn()) return;
  progress.hidden = true;
  legend.render(items, review);
  if (!await turn()) return;
  panels.render(items, review);
  for (const id of ['export-json', 'export-webanno', 'export-csv', 'export-html', 'clear-review']) {
    $(id).disabled = false;
  }
  const totalMs = performance.now() - startedAt;
  window.__annotatorTimings = { annotateMs, firstHighlightMs: firstMs, totalMs };
  window.__annotatorLast = { text, annotations };
  const n = (k) => items.filter((i) => i.kind === k).length;
  setStatus(`Annotated ${text.length.toLocaleString()} characters in ${totalMs.toFixed(0)} ms: `
    + `${n('entity')} entities (${annotations.entity_groups.length} distinct), ${n('quote')} quotes `
    + `from ${annotations.speakers.length} speakers, ${n('claim')} claims, ${n('boilerplate')} boilerplate spans`
    + `${review.count() ? `; ${review.count()} review decisions restored` : ''}.`
    + `${annotations.errors.length ? ` Some layers failed: ${annotations.errors.map((e) => e.layer).join(', ')}.` : ''}`);
}

/** Scrolls to an annotation, focuses it and flashes all its pieces. */
function goTo(id) {
  const pieces = piecesOf(view, id);
  if (!pieces.length) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  pieces[0].scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  pieces[0].focus({ preventScroll: true });
  for (const p of pieces) {
    p.classList.remove('flash');
    void p.offsetWidth; // restart the animation
    p.classList.add('flash');
  }
}

function openReview(id) {
  const item = lookup(id);
  if (item) dialog.open(item, doc.review.get(id), document.activeElement);
}

function saveDecision(item, decision) {
  const saved = doc.review.set(item.id, decision);
  const d = doc.review.get(item.id);
  for (const piece of piecesOf(view, item.id)) {
    if (d?.status) piece.dataset.review = d.status; else delete piece.dataset.review;
    piece.dataset.label = d?.label || item.label;
    if (item.kind === 'entity' && piece.classList.contains('last')) piece.dataset.tag = (d?.label || item.label).replaceAll('_', ' ');
  }
  legend.render(doc.items, doc.review);
  panels.render(doc.items, doc.review);
  setStatus(saved ? 'Review saved in this browser.' : 'Review kept for this session only (storage is full or off).');
}

/** `n` / `p`: the next or previous shown highlight of the selected panel's kind. */
function step(direction) {
  const marks = [...view.querySelectorAll(`mark.first[data-kind="${panels.selected}"]`)]
    .filter((m) => legend.shows(m));
  if (!marks.length) return;
  const current = document.activeElement?.closest?.('mark');
  let next;
  if (!current || !view.contains(current)) {
    next = direction > 0 ? marks[0] : marks[marks.length - 1];
  } else {
    // The first highlight starting after (or before) the focused one, wrapping round.
    const position = (m) => current.compareDocumentPosition(m);
    const after = (m) => position(m) & Node.DOCUMENT_POSITION_FOLLOWING;
    const before = (m) => (position(m) & Node.DOCUMENT_POSITION_PRECEDING) && !m.contains(current);
    next = direction > 0 ? marks.find(after) || marks[0] : marks.findLast(before) || marks[marks.length - 1];
  }
  goTo(next.dataset.ann);
}

document.addEventListener('keydown', (event) => {
  const typing = event.target.closest?.('textarea, input, select, dialog');
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target === source) {
    event.preventDefault();
    run();
  } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && doc) {
    if (event.key === 'n' || event.key === 'p') {
      event.preventDefault();
      step(event.key === 'n' ? 1 : -1);
    } else if (event.key === 'Enter' && event.target.closest?.('mark')) {
      event.preventDefault();
      openReview(event.target.closest('mark').dataset.ann);
    }
  }
});
view.addEventListener('click', (event) => {
  const mark = event.target.closest('mark');
  if (mark && !window.getSelection().toString()) openReview(mark.dataset.ann);
});

async function loadExample() {
  const response = await fetch('example-article.txt');
  submit({ text: await response.text(), html: false });
}

function restoreDraft() {
  const saved = draft.load();
  if (!saved?.text || source.value) return;
  if (saved.html) submit({ text: saved.text, html: true });
  else submit({ text: saved.text, html: false });
}

function exportAs(name) {
  if (!doc) return;
  if (name === 'html') {
    fetch('view/marks.css').then((r) => r.text())
      .then((css) => exporters.download(exporters.exportHtml(doc, view, css)))
      .catch((e) => setStatus(`Export failed: ${e.message}`));
    return;
  }
  const build = { json: exporters.exportJson, webanno: exporters.exportWebAnnotations, csv: exporters.exportClaimsCsv };
  exporters.download(build[name](doc));
}

annotateButton.addEventListener('click', run);
$('example').addEventListener('click', () => { loadExample().catch((e) => setStatus(e.message)); });
$('export-json').addEventListener('click', () => exportAs('json'));
$('export-webanno').addEventListener('click', () => exportAs('webanno'));
$('export-csv').addEventListener('click', () => exportAs('csv'));
$('export-html').addEventListener('click', () => exportAs('html'));
$('clear-review').addEventListener('click', () => {
  if (!doc || !window.confirm('Clear every review decision and note for this article?')) return;
  doc.review.clear();
  for (const piece of view.querySelectorAll('mark[data-ann]')) {
    const item = lookup(piece.dataset.ann);
    delete piece.dataset.review;
    piece.dataset.label = item.label;
    if (item.kind === 'entity' && piece.dataset.tag) piece.dataset.tag = item.label.replaceAll('_', ' ');
  }
  legend.render(doc.items, doc.review);
  panels.render(doc.items, doc.review);
  setStatus('Review cleared.');
});
wireInput({ textarea: source, dropZone: $('input-section'), fileInput: $('file') }, submit, setStatus);
panels.select('entity');
