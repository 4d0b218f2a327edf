// The page's pure helpers, in Node (no browser): CSV cells, the article hash that
// keys a review, W3C selectors, and the flat list of annotations with stable ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from '../../www/export/exports.js';
import { hashText } from '../../www/review/store.js';
import { textQuoteSelector, textPositionSelector } from '../../www/export/selectors.js';
import { collectAnnotations, collectAnnotationsInTurns, scoreBand } from '../../www/view/annotations.js';

test('CSV cells: quoted when needed, formulas defused', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-5% drop'), "'-5% drop");
  assert.equal(csvCell('@cmd'), "'@cmd");
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(0.5), '0.5');
});

test('the review key is 64-bit FNV-1a over UTF-16 units', () => {
  const reference = (t) => {
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < t.length; i++) h = ((h ^ BigInt(t.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, '0');
  };
  for (const t of ['', 'a', 'Путин 👍🏽 said', 'x'.repeat(10_000), '\ud800 lone']) {
    assert.equal(hashText(t), reference(t));
  }
  assert.equal(hashText(''), 'cbf29ce484222325');
  assert.notEqual(hashText('a'), hashText('b'));
});

test('W3C selectors: exact text, prefix and suffix clipped at the ends', () => {
  const text = 'Zoë 👍🏽 met Putin in Kyiv.';
  const start = text.indexOf('Putin');
  assert.deepEqual(textQuoteSelector(text, start, start + 5, 6), {
    type: 'TextQuoteSelector', exact: 'Putin', prefix: ' met ', suffix: ' in Ky',
  }, 'six units back would split 🏽: the prefix stops after it');
  const tail = 'Kyiv 👍';
  assert.equal(textQuoteSelector(tail, 0, 4, 2).suffix, ' ', 'nor does the suffix split 👍');
  assert.deepEqual(textQuoteSelector(text, 0, 3, 32).prefix, '');
  assert.deepEqual(textPositionSelector(start, start + 5), { type: 'TextPositionSelector', start, end: start + 5 });
});

test('annotations get stable ids by kind and span; out-of-range spans are dropped', () => {
  const text = 'Putin said “yes”.';
  const result = {
    entity_groups: [{ id: 0, name: 'Vladimir Putin', label: 'PERSON', mentions: [0], roles: ['President'] }],
    entities: [{ start: 0, end: 5, label: 'PERSON', entity: 0, confidence: 0.9 }],
    quotes: [{ start: 11, end: 16, kind: 'direct', speaker: { start: 0, end: 5, text: 'Putin', entity: 0, unnamed: false } }],
    claims: [{ start: 0, end: 17, score: 0.8, reasons: [{ kind: 'attributed' }] }, { start: 5, end: 99, score: 0.2, reasons: [] }],
    boilerplate: [],
  };
  const items = collectAnnotations(result, text);
  assert.deepEqual(items.map((i) => [i.id, i.label, i.text]), [
    ['e0-5', 'PERSON', 'Putin'], ['q11-16', 'direct', '“yes”'], ['c0-17', 'attributed', text],
  ]);
  assert.equal(items[1].speaker, 'Vladimir Putin', 'the speaker is named by its entity group');
  assert.equal(items[0].group.roles[0], 'President');
  assert.deepEqual([scoreBand(0.9), scoreBand(0.6), scoreBand(0.3)], ['high', 'mid', 'low']);
});

test('annotations collected in turns are the same items; a refused turn gives up', async () => {
  const text = 'Putin met Putin. “Yes,” Putin said. Sponsor: X';
  const entity = (start, end) => ({ start, end, label: 'PERSON', entity: 0, confidence: 0.9 });
  const result = {
    entity_groups: [{ id: 0, name: 'Vladimir Putin', label: 'PERSON', mentions: [0, 1, 2, 3], roles: [] }],
    // The same span twice: the second gets a "~2" id in either way of collecting.
    entities: [entity(0, 5), entity(10, 15), entity(10, 15), entity(24, 29)],
    quotes: [{ start: 17, end: 23, kind: 'direct', speaker: { start: 24, end: 29, text: 'Putin', entity: 0, unnamed: false } }],
    claims: [{ start: 0, end: 16, score: 0.6, reasons: [{ kind: 'statistic' }] }],
    boilerplate: [{ start: 36, end: 46, reason: 'sponsor' }],
  };
  const whole = collectAnnotations(result, text);
  assert.deepEqual(whole.map((i) => i.id), ['e0-5', 'e10-15', 'e10-15~2', 'e24-29', 'q17-23', 'c0-16', 'b36-46']);
  let turns = 0;
  const inTurns = await collectAnnotationsInTurns(result, text, async () => { turns++; return true; }, 2);
  assert.deepEqual(inTurns, whole);
  assert.equal(turns, 3, 'a turn after every two of the seven items');
  assert.equal(await collectAnnotationsInTurns(result, text, async () => false, 2), null);
});
