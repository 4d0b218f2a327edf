// The side panels: entities grouped by canonical name, quotes grouped by speaker,
// claims by score. Each entry is a button that scrolls to its highlight; a second
// button opens the review of that annotation.

import { labelName } from './annotations.js';
import { el } from './describe.js';

const TABS = ['entity', 'quote', 'claim'];

function entry(item, text, detail, decision) {
  const li = el('li', 'entry');
  li.dataset.ann = item.id;
  const go = el('button', 'go');
  go.type = 'button';
  go.dataset.action = 'go';
  go.dataset.ann = item.id;
  go.append(el('span', 'entry-text', text));
  if (detail) go.append(el('span', 'entry-detail', detail));
  const mark = decision?.status === 'accepted' ? ' ✓' : decision?.status === 'rejected' ? ' ✗' : '';
  if (mark) go.append(el('span', 'entry-review', mark));
  const review = el('button', 'review-btn', 'Review');
  review.type = 'button';
  review.dataset.action = 'review';
  review.dataset.ann = item.id;
  review.setAttribute('aria-label', `Review ${item.kind} “${item.text.slice(0, 60)}”`);
  li.append(go, review);
  return li;
}

const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Entries shown at first and per "Show more": a 2 MB article has thousands. */
const PAGE = 100;

/** Appends `make(x)` for the first `page` `values`, then a button for the next ones. */
function paged(list, values, make, page = PAGE) {
  const more = el('button', 'more');
  more.type = 'button';
  let shown = 0;
  const showMore = () => {
    const fragment = document.createDocumentFragment();
    for (const v of values.slice(shown, shown + page)) fragment.append(make(v));
    shown = Math.min(values.length, shown + page);
    list.append(fragment);
    if (shown < values.length) {
      more.textContent = `Show more (${values.length - shown} left)`;
      list.after(more);
    } else {
      more.remove();
    }
  };
  more.addEventListener('click', showMore);
  showMore();
  return list;
}

function entityList(items, review) {
  const groups = new Map();
  for (const item of items.filter((i) => i.kind === 'entity')) {
    const key = item.group ? `g${item.group.id}` : item.id;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start);
  const outer = el('div');
  outer.append(paged(el('ul', 'entries'), sorted, (mentions) => {
    const first = mentions[0];
    const label = review.get(first.id)?.label || first.label;
    const name = first.group?.name || first.text;
    const roles = first.group?.roles?.length ? ` · ${first.group.roles.join('; ')}` : '';
    return entry(first, name, `${labelName(label)} · ${mentions.length}×${roles}`, review.get(first.id));
  }));
  return outer;
}

function quoteList(items, review) {
  const bySpeaker = new Map();
  for (const item of items.filter((i) => i.kind === 'quote')) {
    const key = item.speaker ? `${item.unnamed ? 'unnamed: ' : ''}${item.speaker}` : 'No speaker found';
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(item);
  }
  const sorted = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length);
  const outer = el('div');
  paged(outer, sorted, ([speaker, quotes]) => {
    const section = el('section', 'speaker');
    section.append(el('h3', null, `${speaker} (${quotes.length})`));
    section.append(paged(el('ul', 'entries'), quotes, (q) => {
      const kind = review.get(q.id)?.label || q.label;
      return entry(q, `“${clip(q.text)}”`, labelName(kind), review.get(q.id));
    }, 10));
    return section;
  });
  return outer;
}

function claimList(items, review) {
  const claims = items.filter((i) => i.kind === 'claim')
    .sort((a, b) => b.source.score - a.source.score || a.start - b.start);
  const outer = el('div');
  outer.append(paged(el('ul', 'entries'), claims, (c) => {
    const reasons = c.source.reasons.map((r) => labelName(r.kind)).join(', ');
    return entry(c, clip(c.text, 140), `${c.source.score.toFixed(2)} · ${reasons}`, review.get(c.id));
  }));
  return outer;
}

export class Panels {
  /** `onGo(id)` scrolls to a highlight, `onReview(id)` opens its review. */
  constructor(root, onGo, onReview) {
    this.root = root;
    this.tabs = [...root.querySelectorAll('[role="tab"]')];
    this.selected = 'entity';
    for (const tab of this.tabs) {
      tab.addEventListener('click', () => this.select(tab.dataset.kind));
      tab.addEventListener('keydown', (e) => {
        const i = this.tabs.indexOf(tab);
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        e.preventDefault();
        const next = this.tabs[(i + step + this.tabs.length) % this.tabs.length];
        this.select(next.dataset.kind);
        next.focus();
      });
    }
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (!button) return;
      if (button.dataset.action === 'go') onGo(button.dataset.ann);
      else onReview(button.dataset.ann);
    });
  }

  /** The kind whose highlights `n` and `p` visit. */
  select(kind) {
    this.selected = kind;
    for (const tab of this.tabs) {
      const on = tab.dataset.kind === kind;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
    }
  }

  render(items, review) {
    const build = { entity: entityList, quote: quoteList, claim: claimList };
    for (const kind of TABS) {
      const panel = this.root.querySelector(`[role="tabpanel"][data-kind="${kind}"]`);
      const content = build[kind](items, review);
      if (!content.querySelector('li')) content.append(el('p', 'muted', 'None found.'));
      panel.replaceChildren(content);
      const count = items.filter((i) => i.kind === kind).length;
      this.root.querySelector(`[role="tab"][data-kind="${kind}"] .count`).textContent = String(count);
    }
  }
}
