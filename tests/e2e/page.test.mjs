// The page shell: paste the reference article, Ctrl+Enter, boilerplate is marked,
// the body is intact, and the page's JSON equals the CLI's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, SHARED, serve, launch, openPage, screenshotPath } from './harness.mjs';

const ARTICLE = path.join(SHARED, 'articles/novaya-gazeta-rare-earths.txt');
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function annotateInPage(page, text) {
  await page.locator('#source').fill(text);
  await page.locator('#source').press('Control+Enter');
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
}

test('reference article: boilerplate marked, body intact, same JSON as the CLI', async () => {
  const text = fs.readFileSync(ARTICLE, 'utf8');
  const { page, errors } = await openPage(browser, server.url);
  await annotateInPage(page, text);

  // The view shows exactly the input, character for character.
  const viewText = await page.locator('#view').evaluate((el) => el.textContent);
  assert.equal(viewText, text);

  const marks = await page.locator('mark[data-kind="boilerplate"]').evaluateAll((els) =>
    els.map((el) => ({ label: el.dataset.label, text: el.textContent })));
  assert.ok(marks.length >= 8, `expected the masthead lines to be marked, got ${marks.length}`);
  const marked = marks.map((m) => m.text).join('\n');
  assert.match(marked, /THE AMERICA ONE NEWS/);
  assert.match(marked, /Sponsor:/);
  assert.ok(marks.some((m) => m.label === 'sponsor'), 'sponsor lines carry their reason');
  // No body paragraph is touched.
  for (const body of ['Vladimir Putin said on Monday', 'Kyiv has faced mounting pressure', 'Under the terms reportedly']) {
    assert.ok(!marked.includes(body), `body text "${body}" must not be marked`);
  }
  // Sentences are addressable.
  const sentenceCount = await page.locator('#view [id^="sentence-"]').count();
  assert.ok(sentenceCount > 10, `sentences addressable by id, got ${sentenceCount}`);

  // Page JSON == CLI JSON.
  const pageJson = await page.evaluate(() => window.__annotatorLast.annotations);
  const cli = path.join(ROOT, 'target/release/annotate');
  const cliJson = JSON.parse(execFileSync(cli, [ARTICLE], { encoding: 'utf8' }));
  assert.deepEqual(pageJson, cliJson);

  await page.screenshot({ path: screenshotPath('reference-article.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('emoji, Cyrillic and CRLF: every span slices to the same text in the page', async () => {
  const text = 'Путин заявил 👍🏽 в понедельник.\r\nThe U.S. said “yes”. Zoë Brontë-Müller 🇺🇦 agreed!\r\n\r\nSponsor: ACME AI\r\n';
  const { page, errors } = await openPage(browser, server.url);
  await annotateInPage(page, text);
  // A textarea's value turns CRLF into LF: the annotator sees (and must index)
  // exactly the value; CRLF offsets are covered by tests/web.rs.
  const value = await page.locator('#source').inputValue();
  const viewText = await page.locator('#view').evaluate((el) => el.textContent);
  assert.equal(viewText, value);
  const ok = await page.evaluate((t) => {
    const r = window.__annotatorLast.annotations;
    const spans = [...r.paragraphs, ...r.sentences, ...r.boilerplate];
    return spans.every((s) => 0 <= s.start && s.start < s.end && s.end <= t.length && r.length === t.length);
  }, value);
  assert.ok(ok);
  assert.deepEqual(errors, []);
});

test('narrow screen (320 px) still shows the controls', async () => {
  const { page } = await openPage(browser, server.url, { width: 320, height: 640 });
  const box = await page.locator('#annotate').boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 320, 'Annotate button fits in 320 px');
  await page.screenshot({ path: screenshotPath('narrow-320.png') });
});
