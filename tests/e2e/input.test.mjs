// Getting an article in: HTML pasted from a news site goes through the wasm
// cleaner (hostile markup never runs), files open as text or HTML, and the
// Content-Security-Policy holds with the page working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshotPath } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const HOSTILE = `<html><head><title>Site</title><script>window.__pwned = 'script';</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><p>Sponsor: QWIKET AI</p><h1>Kyiv talks resume</h1>
<p>Ukraine&#8217;s Deputy Prime Minister Olha Stefanishyna said the talks were &ldquo;very constructive&rdquo;.</p>
<img src="x" onerror="window.__pwned = 'img'">
<p>The deal covers 17 elements, according to officials in <b>Kyiv</b>.<script>window.__pwned = 'inline';</script></p>
<iframe src="javascript:parent.__pwned='iframe'"></iframe>
</article></body></html>`;

async function paste(page, types) {
  await page.locator('#source').focus();
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(data)) dt.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.getElementById('source').dispatchEvent(event);
  }, types);
}

function watchCsp(page) {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  return violations;
}

test('pasted HTML is cleaned by wasm; scripts and handlers never run', async () => {
  const { page, errors } = await openPage(browser, server.url);
  const csp = watchCsp(page);
  await page.evaluate(() => { window.__annotatorLast = undefined; });
  await paste(page, { 'text/html': HOSTILE, 'text/plain': 'plain fallback' });
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  const value = await page.locator('#source').inputValue();
  assert.match(value, /Olha Stefanishyna said the talks were “very constructive”/);
  assert.doesNotMatch(value, /__pwned|<script|onerror|plain fallback/);
  assert.equal(await page.locator('#view').evaluate((el) => el.textContent), value);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing hostile ran');
  assert.equal(await page.locator('#view img, #view script, #view iframe').count(), 0);
  const r = await page.evaluate(() => window.__annotatorLast.annotations);
  assert.ok(r.html, 'annotated as HTML: offsets index the cleaned text');
  assert.ok(r.entities.some((e) => e.text === 'Olha Stefanishyna' && e.label === 'PERSON'));
  assert.ok(r.quotes.some((q) => q.text.includes('very constructive')));
  // The site's navigation is not article text; a sponsor line is boilerplate, marked not dropped.
  assert.doesNotMatch(value, /Home \| World/);
  assert.equal(await page.locator('#view mark[data-kind="boilerplate"][data-label="sponsor"]').textContent(), 'Sponsor: QWIKET AI');
  // Annotating again (Ctrl+Enter) with the cleaned text unchanged keeps the HTML mode.
  await page.evaluate(() => { window.__annotatorLast = undefined; });
  await page.locator('#source').press('Control+Enter');
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  assert.ok(await page.evaluate(() => Boolean(window.__annotatorLast.annotations.html)));
  await page.screenshot({ path: screenshotPath('pasted-html.png') });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(csp, []);
  assert.deepEqual(errors, []);
});

test('plain-text paste is the browser default; an opened .html or .txt file is annotated', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await paste(page, { 'text/plain': 'Angela Merkel visited Paris on Monday.' });
  // No text/html on the clipboard: the page does not intercept (a synthetic
  // event cannot insert text, so the textarea stays as it was).
  assert.equal(await page.evaluate(() => window.__annotatorRuns || 0), 0);

  await page.evaluate(() => { window.__annotatorLast = undefined; });
  await page.locator('#file').setInputFiles({
    name: 'story.html', mimeType: 'text/html',
    buffer: Buffer.from('<p>Boris Johnson met <i>Emmanuel Macron</i> in London.</p><script>window.__pwned=1</script>'),
  });
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  assert.equal(await page.locator('#source').inputValue(), 'Boris Johnson met Emmanuel Macron in London.');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  await page.evaluate(() => { window.__annotatorLast = undefined; });
  await page.locator('#file').setInputFiles({
    name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('<b>not markup</b> said Joe Biden.'),
  });
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  assert.equal(await page.locator('#source').inputValue(), '<b>not markup</b> said Joe Biden.');
  assert.equal(await page.locator('#view').evaluate((el) => el.textContent), '<b>not markup</b> said Joe Biden.');
  assert.equal(await page.locator('#view b').count(), 0);
  assert.deepEqual(errors, []);
});

test('every control is reachable by keyboard with a visible focus ring', async () => {
  const { page } = await openPage(browser, server.url);
  await page.locator('#example').click();
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  await page.locator('#skip').focus(); // the top of the tab order
  const seen = new Set(['skip']);
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.id || el.className || el.textContent.trim().slice(0, 20), outline: style.outlineStyle, width: style.outlineWidth };
    });
    seen.add(info.id);
    assert.notEqual(info.outline, 'none', `${info.id} shows focus`);
  }
  for (const id of ['skip', 'source', 'annotate', 'example', 'file', 'export-json', 'export-webanno',
    'export-csv', 'export-html', 'clear-review', 'view', 'tab-entity']) {
    assert.ok(seen.has(id), `${id} reachable by Tab (saw ${[...seen].join(', ')})`);
  }
});

test('a .txt file dropped on the article area is annotated', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.evaluate(() => { window.__annotatorLast = undefined; });
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Emmanuel Macron said on Friday that 45% of voters agreed.'], 'dropped.txt', { type: 'text/plain' }));
    const zone = document.getElementById('input-section');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  assert.equal(await page.locator('#source').inputValue(), 'Emmanuel Macron said on Friday that 45% of voters agreed.');
  const labels = await page.locator('#view mark[data-kind="entity"]').evaluateAll((els) => els.map((e) => `${e.dataset.label}:${e.textContent}`));
  assert.deepEqual(labels, ['PERSON:Emmanuel Macron', 'DATE:Friday', 'PERCENT:45%']);
  assert.match(await page.locator('#status').textContent(), /Annotated/);
  assert.deepEqual(errors, []);
});
