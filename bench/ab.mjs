// A/B of two builds of the wasm package in one Node process:
//   node bench/ab.mjs DIR_A DIR_B [--texts 0,2] [--runs 25]
// (DIR: a wasm-pack output directory, e.g. a copy of www/pkg before a change;
// for a null test, two copies of one build: one directory twice is one instance).
//
// Why: on this shared host the same build's time for the reference article
// varies 2.4–3.6 ms from one process to the next, so figures from separate
// `make bench` runs cannot show a change of a few per cent. Within a process
// both builds meet the same machine state. The build that runs second in a
// pair was seen to gain up to 14% (40 × reference), so pairs alternate
// A B, B A (ABBA), and the ratio of the medians is printed with each order's
// own ratio: when those two disagree in sign, the difference is noise.
// Texts: indices into bench/inputs.mjs (0 reference article, 1 40 × reference,
// 2 GUM, 3 the 2 MB mix).
import fs from 'node:fs';
import path from 'node:path';
import { inputs } from './inputs.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const texts = option('--texts', '0,1,2').split(',').map(Number);
const runs = Number(option('--runs', '25'));
if (args.length !== 2) {
  console.error('usage: node bench/ab.mjs DIR_A DIR_B [--texts 0,1,2] [--runs 25]');
  process.exit(2);
}

const annotators = [];
for (const dir of args.map((d) => path.resolve(d))) {
  const wasm = await import(`${path.join(dir, 'article_annotator.js')}?${dir}`);
  wasm.initSync({ module: fs.readFileSync(path.join(dir, 'article_annotator_bg.wasm')) });
  annotators.push(new wasm.Annotator({ offsets: 'utf16' }));
}

const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const all = inputs();
for (const index of texts) {
  const { name, text } = all[index];
  // as in bench.mjs: a timed run annotates at least 100,000 characters
  const reps = Math.max(1, Math.ceil(100_000 / text.length));
  const time = (k) => {
    const start = performance.now();
    for (let j = 0; j < reps; j++) annotators[k].annotate(text);
    return (performance.now() - start) / reps;
  };
  const warmEnd = performance.now() + 2000;
  while (performance.now() < warmEnd) for (const k of [0, 1]) time(k);
  // times[order][build]: order 0 is A then B, order 1 is B then A
  const times = [[[], []], [[], []]];
  for (let r = 0; r < runs; r++) {
    const order = r % 2;
    for (const k of order === 0 ? [0, 1] : [1, 0]) times[order][k].push(time(k));
  }
  const ratio = (order) => median(times[order][1]) / median(times[order][0]);
  const a = median([...times[0][0], ...times[1][0]]);
  const b = median([...times[0][1], ...times[1][1]]);
  console.log(`${name}: A ${a.toFixed(2)} ms  B ${b.toFixed(2)} ms  B/A ${(b / a).toFixed(3)}`
    + `  (A first ${ratio(0).toFixed(3)}, B first ${ratio(1).toFixed(3)})`);
}
