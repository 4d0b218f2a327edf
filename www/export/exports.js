// The four exports of a reviewed article: the project's JSON with the review
// decisions, W3C Web Annotation JSON-LD, a CSV queue of claims, and the annotated
// article as one standalone HTML file. Each returns {name, type, body}.

import { textQuoteSelector, textPositionSelector } from './selectors.js';
import { labelName } from '../view/annotations.js';

const LAYER_OF = { entity: 'entities', quote: 'quotes', claim: 'claims', boilerplate: 'boilerplate' };

/** The annotator's result, each reviewed item carrying its `review`, plus `review_key`. */
export function exportJson(doc) {
  const out = structuredClone(doc.annotations);
  for (const item of doc.items) {
    const decision = doc.review.get(item.id);
    if (!decision) continue;
    out[LAYER_OF[item.kind]][item.index].review = { id: item.id, ...decision };
  }
  out.review_key = doc.review.key;
  return { name: 'annotations.json', type: 'application/json', body: JSON.stringify(out, null, 2) };
}

function bodies(item, decision) {
  const label = decision?.label || item.label;
  const out = [{ type: 'TextualBody', purpose: 'tagging', value: `${item.kind}:${label}` }];
  const s = item.source;
  if (item.kind === 'entity' && item.group) {
    out.push({ type: 'TextualBody', purpose: 'identifying', value: item.group.name });
  }
  if (item.kind === 'quote' && item.speaker) {
    out.push({ type: 'TextualBody', purpose: 'describing', value: `speaker: ${item.speaker}` });
  }
  if (item.kind === 'claim') {
    for (const r of s.reasons) {
      out.push({ type: 'TextualBody', purpose: 'describing', value: `${r.kind}: ${r.explanation}` });
    }
  }
  if (decision?.status) {
    out.push({ type: 'TextualBody', purpose: 'assessing', value: decision.status });
  }
  if (decision?.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: decision.note });
  return out;
}

/** W3C Web Annotation Data Model, one AnnotationCollection with one page. */
export function exportWebAnnotations(doc) {
  const source = `urn:article-annotator:text:${doc.review.key}`;
  const items = doc.items.map((item) => {
    const decision = doc.review.get(item.id);
    return {
      id: `${source}#${item.id}`,
      type: 'Annotation',
      motivation: item.kind === 'claim' ? 'assessing' : 'tagging',
      created: new Date().toISOString(),
      generator: 'article-annotator',
      body: bodies(item, decision),
      target: {
        source,
        selector: [
          textQuoteSelector(doc.text, item.start, item.end),
          textPositionSelector(item.start, item.end),
        ],
      },
    };
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: 'Article annotations',
    total: items.length,
    first: { id: `${source}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return { name: 'annotations.jsonld', type: 'application/ld+json', body: JSON.stringify(collection, null, 2) };
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs it. */
export function csvCell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Claims, highest score first, for a fact-checking queue. */
export function exportClaimsCsv(doc) {
  const header = ['id', 'score', 'start', 'end', 'claim', 'reasons', 'explanations', 'speaker',
    'review', 'label', 'note'];
  const rows = [header];
  const claims = doc.items.filter((i) => i.kind === 'claim')
    .sort((a, b) => b.source.score - a.source.score || a.start - b.start);
  for (const item of claims) {
    const d = doc.review.get(item.id) || {};
    const reasons = item.source.reasons;
    const speaker = reasons.find((r) => r.kind === 'attributed' || r.kind === 'anonymous_source');
    rows.push([item.id, item.source.score.toFixed(3), item.start, item.end, item.text,
      reasons.map((r) => r.kind).join('; '), reasons.map((r) => `${labelName(r.kind)}: ${r.explanation}`).join(' | '),
      speaker ? speaker.text : '', d.status || '', d.label || '', d.note || '']);
  }
  const body = `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
  return { name: 'claims.csv', type: 'text/csv', body };
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The rendered view (already escaped by the DOM serialiser) with its style sheet. */
export function exportHtml(doc, viewElement, css) {
  const clone = viewElement.cloneNode(true);
  for (const node of clone.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  const title = escapeHtml(doc.text.trim().split('\n')[0].slice(0, 120) || 'Annotated article');
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>
${css}
</style>
</head>
<body class="export">
<p class="export-note">Annotated in the browser by article-annotator on ${new Date().toISOString().slice(0, 10)}.
Entities are chips, quotes are tinted with their speaker, claims are underlined (thicker = more check-worthy).</p>
<article class="view">${clone.innerHTML}</article>
</body>
</html>
`;
  return { name: 'annotated-article.html', type: 'text/html', body };
}

/** Saves an export through a temporary object URL. */
export function download({ name, type, body }) {
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
