// The npm package in Node, as a CMS build would use it: initSync with the wasm
// bytes, annotate / Annotator / schemaVersion, real Errors, typed declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, loadPackage } from './harness.mjs';

const PKG = path.join(ROOT, 'www/pkg');

test('package.json is publishable and declares its types', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'article-annotator');
  assert.equal(pkg.license, 'MIT');
  assert.ok(pkg.description.length > 20);
  assert.ok(pkg.repository?.url);
  for (const file of pkg.files) assert.ok(fs.existsSync(path.join(PKG, file)), file);
  assert.equal(pkg.types, 'article_annotator.d.ts');
  const dts = fs.readFileSync(path.join(PKG, pkg.types), 'utf8');
  for (const name of ['export function annotate', 'export class Annotator', 'export function highlightElement',
    'export function reanchor', 'export class Highlight', 'export interface Annotations', 'export interface HighlightMark']) {
    assert.ok(dts.includes(name), `${name} declared`);
  }
  // No `any` in the public API (the raw wasm exports at the end are wasm-bindgen's).
  const api = dts.slice(0, dts.indexOf('export type InitInput'));
  assert.doesNotMatch(api, /\bany\b/);
});

test('annotate and Annotator in Node; invalid input is a real Error', async () => {
  const m = await loadPackage(PKG);
  assert.equal(m.schemaVersion(), 1);
  const text = 'Путин 👍 said “we will win”, according to Olha Stefanishyna.';
  const r = m.annotate(text);
  assert.equal(r.length, text.length);
  for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
  const a = new m.Annotator({ offsets: 'chars', customEntities: [{ text: 'Stefanishyna', label: 'PERSON' }] });
  assert.equal(a.annotate(text).offsets, 'chars');
  assert.throws(() => new m.Annotator({ offsets: 'utf32' }), (e) => e instanceof Error && /invalid options/.test(e.message));
  assert.throws(() => m.highlightElement({}), (e) => e instanceof Error && /expected a DOM Element/.test(e.message));
});
