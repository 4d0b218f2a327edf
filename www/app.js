// Page controller: loads the wasm package, runs the annotator, renders the view.
import init, { Annotator } from './pkg/article_annotator.js';
import { renderArticle } from './view/render.js';

const $ = (id) => document.getElementById(id);
const source = $('source');
const annotateButton = $('annotate');
const exportButton = $('export-json');
const status = $('status');

let annotator = null;
/** The last result, also exposed for tests and for the export. */
let last = null;

function setStatus(message) {
  status.textContent = message;
}

async function start() {
  try {
    await init();
    annotator = new Annotator({ offsets: 'utf16' });
    annotateButton.disabled = false;
    setStatus('Ready. Paste an article and press Ctrl+Enter.');
  } catch (error) {
    setStatus(`The annotator could not load: ${error.message}`);
  }
}

function run() {
  if (!annotator) return;
  const text = source.value;
  const t0 = performance.now();
  let result;
  try {
    result = annotator.annotate(text);
  } catch (error) {
    setStatus(`Annotation failed: ${error.message}`);
    return;
  }
  const ms = performance.now() - t0;
  last = { text, annotations: result };
  window.__annotatorLast = last;
  renderArticle($('view'), text, result);
  renderSummary(result);
  exportButton.disabled = false;
  setStatus(`Annotated ${text.length.toLocaleString()} characters in ${ms.toFixed(0)} ms: ` +
    `${result.paragraphs.length} paragraphs, ${result.sentences.length} sentences, ` +
    `${result.boilerplate.length} boilerplate spans.`);
}

function renderSummary(result) {
  const summary = $('summary');
  summary.replaceChildren();
  const counts = new Map();
  for (const b of result.boilerplate) counts.set(b.reason, (counts.get(b.reason) || 0) + 1);
  if (counts.size === 0) return;
  const title = document.createElement('span');
  title.textContent = 'Boilerplate: ';
  summary.append(title);
  for (const [reason, n] of counts) {
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.dataset.label = reason;
    chip.textContent = `${reason.replace('_', ' ')} × ${n}`;
    summary.append(chip, ' ');
  }
}

function exportJson() {
  if (!last) return;
  const blob = new Blob([JSON.stringify(last.annotations, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'annotations.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function loadExample() {
  const response = await fetch('example-article.txt');
  source.value = await response.text();
  run();
}

source.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});
annotateButton.addEventListener('click', run);
exportButton.addEventListener('click', exportJson);
$('example').addEventListener('click', () => { loadExample().catch((e) => setStatus(e.message)); });

start();
