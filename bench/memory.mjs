// Peak wasm memory only (what `make bench` prints last), without the throughput
// runs: one instance annotates each benchmark text RUNS times and prints the
// memory after each; wasm memory only grows, so the last figure is the peak.
// Unlike the benchmark, no warm-up call comes first and the largest text goes
// first (the order that fragmented the heap most before the package primed its
// shared resources itself). `node bench/memory.mjs`
import fs from 'node:fs';
import path from 'node:path';
import { inputs, ROOT } from './inputs.mjs';

const PKG = path.join(ROOT, 'www/pkg');
const wasm = await import(path.join(PKG, 'article_annotator.js'));
const exports = wasm.initSync({ module: fs.readFileSync(path.join(PKG, 'article_annotator_bg.wasm')) });
const mb = () => (exports.memory.buffer.byteLength / 1e6).toFixed(1);
console.log(`after instantiation: ${mb()} MB`);
const annotator = new wasm.Annotator({ offsets: 'utf16' });
const RUNS = Number(process.env.RUNS || 5);
const texts = inputs().reverse();
for (const { name, text } of texts) {
  for (let run = 0; run < RUNS; run++) annotator.annotate(text);
  console.log(`after ${name} (${text.length.toLocaleString('en')} chars): ${mb()} MB`);
}
const largest = Buffer.byteLength(texts[0].text);
console.log(`Peak wasm memory: ${mb()} MB = ${(exports.memory.buffer.byteLength / largest).toFixed(1)}× the largest input (UTF-8)`);
