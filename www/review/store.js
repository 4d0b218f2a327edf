// The reviewer's decisions (accept, reject, relabel, note), kept in localStorage
// per article so that a reload or a crash loses nothing. An article is known by a
// hash of its exact text; decisions by the annotation's id (kind + span), which
// the annotator reproduces for the same text.

const PREFIX = 'article-annotator:review:';
const DRAFT = 'article-annotator:draft';

/** 64-bit FNV-1a of the UTF-16 code units, as 16 hex digits (fast, stable, not secret). */
export function hashText(text) {
  // BigInt per unit is slow on megabytes: the 64-bit state is two 32-bit halves.
  let lo = 0x84222325 | 0;
  let hi = 0xcbf29ce4 | 0;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // (hi:lo) * 0x100000001b3 mod 2^64 = (hi:lo) * 0x1b3 + (lo << 40)
    const loMul = lo >>> 0;
    const a = loMul * 0x1b3;
    const newLo = a >>> 0;
    const carry = Math.floor(a / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + ((loMul << 8) | 0)) | 0;
    lo = newLo | 0;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // quota or privacy mode: the page still works, unsaved
  }
}

/**
 * The review of one article: `get(id)` is `{status?, label?, note?, at}` or null.
 * Decisions are kept in a Map: the page asks for every annotation's decision
 * (47,000 on a 2 MB article), and looking a fresh id string up as an object's
 * property cost about two microseconds each (107 ms in all).
 */
export class ReviewStore {
  constructor(text) {
    this.key = hashText(text);
    const saved = read(PREFIX + this.key)?.decisions;
    this.decisions = new Map(saved && typeof saved === 'object' ? Object.entries(saved) : []);
  }

  get(id) {
    return this.decisions.size ? this.decisions.get(id) || null : null;
  }

  /** Sets or (with an empty decision) removes the decision for `id`. */
  set(id, decision) {
    const clean = {};
    if (decision.status) clean.status = decision.status;
    if (decision.label) clean.label = decision.label;
    if (decision.note) clean.note = decision.note;
    if (Object.keys(clean).length) this.decisions.set(id, { ...clean, at: new Date().toISOString() });
    else this.decisions.delete(id);
    return this.save();
  }

  count() {
    return this.decisions.size;
  }

  save() {
    if (!this.count()) {
      localStorage.removeItem(PREFIX + this.key);
      return true;
    }
    return write(PREFIX + this.key, { version: 1, decisions: Object.fromEntries(this.decisions) });
  }

  clear() {
    this.decisions.clear();
    localStorage.removeItem(PREFIX + this.key);
  }
}

/**
 * Longest article kept as a draft: localStorage holds about 5 M UTF-16 units per
 * site, and the reviews must still fit beside it.
 */
export const DRAFT_LIMIT = 1_000_000;

/** The article being worked on, restored after a reload. */
export const draft = {
  load: () => read(DRAFT),
  save(text, html) {
    if (text.length > DRAFT_LIMIT) {
      localStorage.removeItem(DRAFT);
      return false;
    }
    return write(DRAFT, { text, html: html || null });
  },
};
