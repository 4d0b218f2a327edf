// One cold start, printed as JSON: compile + instantiate the package, then
// annotate the reference article once (the lexicons and rules are built lazily
// on this first call).
import fs from 'node:fs';
import path from 'node:path';
import { inputs, ROOT } from './inputs.mjs';

const PKG = path.join(ROOT, 'www/pkg');
const [reference] = inputs();
const t0 = performance.now();
const wasm = await import(path.join(PKG, 'article_annotator.js'));
wasm.initSync({ module: fs.readFileSync(path.join(PKG, 'article_annotator_bg.wasm')) });
const t1 = performance.now();
wasm.annotate(reference.text);
const t2 = performance.now();
console.log(JSON.stringify({ instantiate: t1 - t0, first: t2 - t1, total: t2 - t0 }));
