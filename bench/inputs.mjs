// The benchmark's texts: the reference article, 40 copies of it joined (~110 k
// characters), the 263 texts of GUM joined (1.2 MB, every genre, nothing repeated),
// and a 2 MB mix of real articles (GUM news texts and the reference article,
// repeated), read from ../shared/data beside the checkout. The largest comes last.
//
// The two repeating texts are the issue's; the GUM text is there because repeats
// flatter the annotator: it marks a repeated paragraph as boilerplate and scores no
// claims in it, where the other systems redo all their work.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/data');

export function inputs() {
  const reference = fs.readFileSync(path.join(DATA, 'articles/novaya-gazeta-rare-earths.txt'), 'utf8');
  const gum = fs.readFileSync(path.join(DATA, 'gum/gum-news.jsonl'), 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line).text);
  const allGum = fs.readFileSync(path.join(DATA, 'gum/gum.jsonl'), 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line).text);
  const texts = [reference, ...gum];
  const mix = [];
  let size = 0;
  for (let i = 0; size < 2_000_000; i++) {
    mix.push(texts[i % texts.length]);
    size += texts[i % texts.length].length + 2;
  }
  return [
    { name: 'reference article', text: reference },
    { name: '40 × reference', text: Array(40).fill(reference).join('\n\n') },
    { name: `GUM, ${allGum.length} texts, none repeated`, text: allGum.join('\n\n') },
    { name: '2 MB mix of articles', text: mix.join('\n\n').slice(0, 2_000_000) },
  ];
}

export { ROOT };
