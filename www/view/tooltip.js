// Hover or keyboard focus on a highlight shows what every layer says about that
// spot (entity inside quote inside claim), with the reviewer's decisions.

import { describe } from './describe.js';

export class Tooltip {
  /** `lookup(id)` returns the item, `decision(id)` its review decision. */
  constructor(view, tip, lookup, decision) {
    this.view = view;
    this.tip = tip;
    this.lookup = lookup;
    this.decision = decision;
    this.anchor = null;
    view.addEventListener('mouseover', (e) => this.showFor(e.target.closest('mark'), false));
    view.addEventListener('mouseleave', () => this.hide());
    view.addEventListener('focusin', (e) => this.showFor(e.target.closest('mark'), true));
    view.addEventListener('focusout', () => this.hide());
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.hide(); });
  }

  showFor(mark, focused) {
    if (!mark || !this.view.contains(mark)) { if (!focused) this.hide(); return; }
    if (mark === this.anchor) return;
    const parts = [];
    for (let node = mark; node && node !== this.view; node = node.parentElement) {
      if (node.tagName !== 'MARK') continue;
      const item = this.lookup(node.dataset.ann);
      if (item) parts.push(describe(item, this.decision(item.id)));
    }
    if (!parts.length) return;
    this.hide();
    this.anchor = mark;
    this.tip.replaceChildren(...parts);
    this.tip.hidden = false;
    mark.setAttribute('aria-describedby', this.tip.id);
    const rect = mark.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    this.tip.style.maxWidth = `${width}px`;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    this.tip.style.left = `${left + window.scrollX}px`;
    // Below the highlight, or above it when the bottom of the window is too near.
    const height = this.tip.offsetHeight;
    const below = rect.bottom + 6 + height <= window.innerHeight || rect.top - 6 - height < 0;
    const top = below ? rect.bottom + 6 : rect.top - 6 - height;
    this.tip.style.top = `${top + window.scrollY}px`;
  }

  hide() {
    if (this.anchor) this.anchor.removeAttribute('aria-describedby');
    this.anchor = null;
    this.tip.hidden = true;
  }
}
