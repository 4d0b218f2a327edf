// Annotates every line of a JSON Lines file ({"id", "text", "html"?}) with the
// wasm package in www/pkg and prints one result per line, in the shape of
// `annotate --jsonl`, so that scripts/wasm_parity.sh can compare the two builds.
// Usage: node scripts/wasm_parity.mjs INPUT.jsonl [OPTIONS.json] > OUT.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = await import(path.join(root, 'www/pkg/article_annotator.js'));
pkg.initSync({ module: fs.readFileSync(path.join(root, 'www/pkg/article_annotator_bg.wasm')) });

const [input, optionsFile] = process.argv.slice(2);
const options = optionsFile ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {};
const plain = new pkg.Annotator(options);
const html = new pkg.Annotator({ ...options, html: true });
const out = [];
for (const line of fs.readFileSync(input, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, text, html: isHtml } = JSON.parse(line);
  out.push(JSON.stringify({ id, ...(isHtml ? html : plain).annotate(text) }));
}
process.stdout.write(out.join('\n') + '\n');
