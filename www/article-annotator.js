// <article-annotator>: annotates its own children, or the element named by its
// `for` attribute, in place (the wasm package's highlightElement), for a CMS.
//
//   <script type="module" src="/annotator/article-annotator.js"></script>
//   <article-annotator for="story" kinds="entity quote claim"></article-annotator>
//
// Attributes: `for` (id of the element to annotate; default: the children),
// `kinds` (space-separated: entity quote claim boilerplate; default: all).
// Property `options`: the annotator's options (customEntities, contestedTerms…).
// Events: `annotated` (detail: {marks, result, text}) after each run; `select`
// (detail: {mark, element}) when a reader clicks or presses Enter on a highlight.
// Methods: annotate(), clear(), reanchor(storedMarks) → {placed, unplaced}.
// No dependencies; the package is loaded once, from ./pkg/ next to this file.

import init, { highlightElement, reanchor } from './pkg/article_annotator.js';

let loading = null;
const load = () => (loading ??= init());

export class ArticleAnnotator extends HTMLElement {
  static observedAttributes = ['for', 'kinds'];

  #handle = null;
  #byId = new Map();
  #pending = false;
  #listened = null;
  options = {};

  connectedCallback() {
    this.#listenOnTarget();
    this.#schedule();
  }

  disconnectedCallback() {
    this.clear();
    this.#listenOn(null);
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.#listenOnTarget();
      this.#schedule();
    }
  }

  /** The element annotated: `for`'s target, or this element. */
  get target() {
    const id = this.getAttribute('for');
    return id ? this.ownerDocument.getElementById(id) : this;
  }

  get kinds() {
    const value = this.getAttribute('kinds');
    return value ? value.split(/[\s,]+/).filter(Boolean) : undefined;
  }

  /** The highlights drawn, with their W3C selectors. */
  get marks() {
    return this.#handle ? this.#handle.marks : [];
  }

  /** Annotates now (also done on connection and when an attribute changes). */
  async annotate() {
    await load();
    this.clear();
    const target = this.target;
    if (!target) throw new Error(`article-annotator: no element with id "${this.getAttribute('for')}"`);
    const kinds = this.kinds;
    this.#handle = highlightElement(target, { ...this.options, ...(kinds ? { kinds } : {}) });
    this.#index();
    this.#decorate();
    this.dispatchEvent(new CustomEvent('annotated', {
      bubbles: true, detail: { marks: this.#handle.marks, result: this.#handle.result, text: this.#handle.text },
    }));
    return this.#handle.marks;
  }

  /** Removes every highlight; the article's markup is restored exactly. */
  clear() {
    this.#handle?.clear();
    this.#handle?.free();
    this.#handle = null;
    this.#byId.clear();
  }

  /** Re-attaches marks stored earlier (e.g. `marks` saved before a re-render). */
  async reanchor(stored) {
    await load();
    this.clear();
    this.#handle = reanchor(this.target, stored);
    this.#index();
    this.#decorate();
    return { placed: this.#handle.marks, unplaced: this.#handle.unplaced };
  }

  /** Clicks and Enter on highlights of the current target become `select`. */
  #listenOnTarget() {
    this.#listenOn(this.target);
  }

  #listenOn(element) {
    if (this.#listened === element) return;
    for (const type of ['click', 'keydown']) {
      this.#listened?.removeEventListener(type, this.#onActivate);
      element?.addEventListener(type, this.#onActivate);
    }
    this.#listened = element;
  }

  /** One run for any number of attribute changes in the same task. */
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.annotate().catch((error) => this.dispatchEvent(new CustomEvent('error', { detail: error })));
    });
  }

  #index() {
    this.#byId = new Map(this.#handle.marks.map((m) => [m.id, m]));
  }

  /** The first piece of each mark is focusable and says what it is. */
  #decorate() {
    const seen = new Set();
    for (const el of this.target.querySelectorAll('mark[data-ann]')) {
      const mark = this.#byId.get(el.dataset.ann);
      if (!mark || seen.has(mark.id)) continue;
      seen.add(mark.id);
      el.tabIndex = 0;
      el.setAttribute('aria-description', `${mark.kind}: ${mark.label.replaceAll('_', ' ')}${mark.detail ? ` (${mark.detail})` : ''}`);
    }
  }

  #onActivate = (event) => {
    if (event.type === 'keydown' && event.key !== 'Enter') return;
    const element = event.target.closest?.('mark[data-ann]');
    const mark = element && this.#byId.get(element.dataset.ann);
    if (mark) this.dispatchEvent(new CustomEvent('select', { bubbles: true, detail: { mark, element } }));
  };
}

if (!customElements.get('article-annotator')) customElements.define('article-annotator', ArticleAnnotator);
