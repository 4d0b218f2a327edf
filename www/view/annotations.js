// Turns the annotator's result into one flat list of annotations the page shows,
// each with a stable id (kind + UTF-16 span), so that a review saved for an
// article finds its annotations again after a reload or a re-run.

/** The four kinds of highlight, outermost first when they overlap. */
export const KINDS = ['claim', 'quote', 'boilerplate', 'entity'];

export const KIND_NAMES = {
  entity: 'Entities', quote: 'Quotes', claim: 'Claims', boilerplate: 'Boilerplate',
};

/** Labels a reviewer may choose when relabelling, per kind. */
export const LABELS = {
  entity: ['PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART',
    'LAW', 'LANGUAGE', 'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL'],
  quote: ['direct', 'partial', 'scare', 'reported', 'according_to'],
  claim: ['statistic', 'comparison', 'causal', 'prediction', 'hedged', 'unattributed',
    'anonymous_source', 'attributed', 'contested_term', 'disputed'],
  boilerplate: ['masthead', 'dateline', 'sponsor', 'scraper_prefix', 'navigation',
    'cookie_banner', 'duplicate'],
};

const PREFIX = { entity: 'e', quote: 'q', claim: 'c', boilerplate: 'b' };

/** A claim's band by score: drawn as a thicker, more solid underline when higher. */
export function scoreBand(score) {
  if (score >= 0.75) return 'high';
  if (score >= 0.5) return 'mid';
  return 'low';
}

/** Human name of a label: "according_to" -> "according to". */
export function labelName(label) {
  return String(label).replaceAll('_', ' ');
}

/**
 * All annotations of `result` as {id, kind, label, start, end, text, source, index,
 * group, speaker, unnamed, band}, with null (`unnamed`: false) in the fields of
 * other kinds. `source` is the object from the result, `group` an entity's group.
 *
 * Every item is made by one object literal, so all have one shape. Made with a
 * spread of per-kind fields, they had four, and the code that reads every item
 * (counts, panels, drawing) slowed: on a 2 MB article the page's longest stall
 * after the drawing went from about 230 ms to 370–525 ms.
 */
export function collectAnnotations(result, text) {
  const items = [];
  for (const _ of collecting(result, text, items, Infinity));
  return items;
}

/**
 * [`collectAnnotations`] in runs of `run` items with `await turn()` between
 * them (the page's turn; false: give up, resolving to null). A 2 MB article's
 * 47,000 items took 100–150 ms in one go.
 */
export async function collectAnnotationsInTurns(result, text, turn, run = 10_000) {
  const items = [];
  for (const _ of collecting(result, text, items, run)) {
    if (!await turn()) return null;
  }
  return items;
}

/** Appends the items of `result` to `items`, pausing after every `run` of them. */
function* collecting(result, text, items, run) {
  const used = new Set();
  let made = 0;
  const add = (kind, source, label, index, group, speaker, unnamed, band) => {
    const { start, end } = source;
    if (!(start < end && end <= text.length)) return;
    let id = `${PREFIX[kind]}${start}-${end}`;
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}~${n}`)) n++;
      id = `${id}~${n}`;
    }
    used.add(id);
    items.push({
      id, kind, label, start, end, text: text.slice(start, end), source, index, group, speaker, unnamed, band,
    });
  };
  // One item per source, with a pause after every `run` items made.
  function* each(list, make) {
    for (let index = 0; index < list.length; index++) {
      make(list[index], index);
      if (++made % run === 0) yield;
    }
  }
  const groups = new Map(result.entity_groups.map((g) => [g.id, g]));
  yield* each(result.entities, (e, index) => {
    add('entity', e, e.label, index, groups.get(e.entity) || null, null, false, null);
  });
  yield* each(result.quotes, (q, index) => {
    const speaker = q.speaker
      ? (q.speaker.entity != null && groups.get(q.speaker.entity)?.name) || q.speaker.text
      : null;
    add('quote', q, q.kind, index, null, speaker, Boolean(q.speaker?.unnamed), null);
  });
  yield* each(result.claims, (c, index) => {
    add('claim', c, c.reasons[0]?.kind || 'claim', index, null, null, false, scoreBand(c.score));
  });
  yield* each(result.boilerplate, (b, index) => add('boilerplate', b, b.reason, index, null, null, false, null));
}
