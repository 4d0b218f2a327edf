// The reader of the result tape (src/wasm/tape.js), in Node: every op, chunks
// cut at every op boundary, and unreadable tapes as real Errors. The writer is
// tested in Rust (src/output/tape/tests.rs); the two together, against
// serde-wasm-bindgen, in tests/web.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TapeReader } from '../../src/wasm/tape.js';

const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, ARRAY = 5, OBJECT = 6;
const END = -1, NEW_KEY = -2;

// [ops of one op, its text]: the tape of
// [{"a": null, "bé": [true, false, 1.5, "😀x", [], {}]}, {"a": "", "bé": -0}, "Путин"]
const GROUPS = [
  [[ARRAY]],
  [[OBJECT]],
  [[NEW_KEY, 1], 'a'], [[NULL]],
  [[NEW_KEY, 2], 'bé'], [[ARRAY]], [[TRUE]], [[FALSE]], [[NUMBER, 1.5]], [[STRING, 3], '😀x'],
  [[ARRAY]], [[END]], [[OBJECT]], [[END]], [[END]],
  [[END]],
  [[OBJECT]], [[0]], [[STRING, 0]], [[1]], [[NUMBER, -0]], [[END]],
  [[STRING, 5], 'Путин'],
  [[END]],
];
const VALUE = [{ a: null, 'bé': [true, false, 1.5, '😀x', [], {}] }, { a: '', 'bé': -0 }, 'Путин'];

const chunk = (groups) => [Float64Array.from(groups.flatMap(([ops]) => ops)), groups.map(([, s]) => s ?? '').join('')];

function read(...chunks) {
  const reader = new TapeReader();
  for (const [ops, strings] of chunks) reader.feed(ops, strings);
  return reader.finish();
}

test('a tape reads back as its value, whole or cut at any op', () => {
  assert.deepEqual(read(chunk(GROUPS)), VALUE);
  for (let cut = 1; cut < GROUPS.length; cut++) {
    assert.deepEqual(read(chunk(GROUPS.slice(0, cut)), chunk(GROUPS.slice(cut))), VALUE, `cut at ${cut}`);
  }
  // one op a chunk
  assert.deepEqual(read(...GROUPS.map((g) => chunk([g]))), VALUE);
  // keys keep their insertion order
  assert.deepEqual(Object.keys(read(chunk(GROUPS))[0]), ['a', 'bé']);
});

test('a lone value and an empty array', () => {
  assert.equal(read(chunk([[[NULL]]])), null);
  assert.equal(read(chunk([[[NUMBER, 7]]])), 7);
  assert.deepEqual(read(chunk([[[ARRAY]], [[END]]])), []);
});

test('unreadable tapes are real Errors', () => {
  const fails = (chunks, pattern) => assert.throws(() => read(...chunks), (e) => e instanceof Error && pattern.test(e.message));
  fails([chunk([[[9]]])], /unreadable result \(op 9 at 0\)/);
  fails([chunk([[[OBJECT]], [[3]]])], /unknown key 3/);
  fails([chunk([[[ARRAY]]])], /incomplete/);
  fails([chunk([[[NULL]], [[NULL]]])], /data after the value/);
  fails([chunk([[[END]]])], /op -1/);
  fails([[Float64Array.of(STRING, 1), 'ab']], /strings left over/);
  fails([chunk([[[OBJECT]], [[NEW_KEY, 1], 'k'], [[END]]])], /op -1/);
});
