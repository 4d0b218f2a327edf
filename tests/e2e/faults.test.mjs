// A failing layer in the wasm package, through the JavaScript API: the layer is
// left empty with an error naming it and the other layers still arrive; a panic
// outside the layers throws a real Error with the panic's message; either way
// the instance keeps working. The package under test is built with the
// `fault-injection` feature (`make test-e2e` builds it into target/pkg-faults),
// where a text containing `[[fault:LAYER]]` makes LAYER panic (src/guard.rs).
// The shipped package is built the same way without the feature: the last test
// checks that it, too, can unwind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, loadPackage } from './harness.mjs';

const FAULTS = path.join(ROOT, 'target/pkg-faults');
const SHIPPED = path.join(ROOT, 'www/pkg');
const TEXT = 'Vladimir Putin said on Monday that the deals were “very constructive”, and '
  + 'reportedly worth $1.2 billion, 45% more than in 2024.\n\nSponsor: ACME Corp';

/** Each layer's part of a result, as JSON, in pipeline order. */
const layers = (r) => [
  JSON.stringify(r.boilerplate),
  JSON.stringify([r.entities, r.entity_groups]),
  JSON.stringify([r.quotes, r.speakers]),
  JSON.stringify(r.claims),
];
const NAMES = ['boilerplate', 'entities', 'quotes', 'claims'];
const EMPTY = ['[]', '[[],[]]', '[[],[]]', '[]'];

test('a failing layer is left empty, reported, and the other layers arrive', async () => {
  const m = await loadPackage(FAULTS);
  const annotator = new m.Annotator({ offsets: 'utf16' });
  const whole = annotator.annotate(TEXT);
  assert.deepEqual(whole.errors, []);
  const before = layers(whole);
  for (const [i, name] of NAMES.entries()) assert.ok(before[i].length > 10, `${name} found nothing`);
  const silenced = console.error; // the panic hook logs each panic
  const logged = [];
  console.error = (...args) => logged.push(args.join(' '));
  try {
    for (const [k, name] of NAMES.entries()) {
      const text = `${TEXT}\n\n[[fault:${name}]]`;
      const r = annotator.annotate(text);
      assert.deepEqual(r.errors.map((e) => e.layer), [name]);
      assert.match(r.errors[0].message, /left empty: injected fault in/);
      const after = layers(r);
      assert.equal(after[k], EMPTY[k], `${name} emptied`);
      for (const j of NAMES.keys()) {
        if (j < k) assert.equal(after[j], before[j], `${NAMES[j]} unchanged when ${name} fails`);
        else if (j > k) assert.ok(after[j].length > 10, `${NAMES[j]} still found when ${name} fails`);
      }
      for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
    }
  } finally {
    console.error = silenced;
  }
  assert.ok(logged.some((l) => l.includes('injected fault in claims')), 'the panic hook logged');
  // the instance and the shared default are whole afterwards
  assert.deepEqual(layers(annotator.annotate(TEXT)), before);
  assert.deepEqual(layers(m.annotate(TEXT)), before);
});

test('a panic outside the layers throws an Error with its message; the next call works', async () => {
  const m = await loadPackage(FAULTS);
  const silenced = console.error;
  console.error = () => {};
  try {
    assert.throws(() => m.annotate(`${TEXT} [[fault:pipeline]]`),
      (e) => e instanceof Error && /injected fault in pipeline/.test(e.message));
  } finally {
    console.error = silenced;
  }
  const r = m.annotate(TEXT);
  assert.deepEqual(r.errors, []);
  assert.ok(r.entities.some((e) => e.text === 'Vladimir Putin'));
});

test('the shipped package is built to unwind and has no fault points', async () => {
  // Exception handling adds a tag section (id 13) to the module.
  const bytes = fs.readFileSync(path.join(SHIPPED, 'article_annotator_bg.wasm'));
  const sections = [];
  for (let i = 8; i < bytes.length;) {
    const id = bytes[i++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[i++];
      size += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    sections.push(id);
    i += size;
  }
  assert.ok(sections.includes(13), `sections ${sections}`);
  const m = await loadPackage(SHIPPED);
  const r = m.annotate(`${TEXT}\n\n[[fault:quotes]]`);
  assert.deepEqual(r.errors, []);
  assert.ok(r.quotes.length > 0);
});
