// The page's tools on the reference article: highlights of every kind with
// tooltips, legend toggles that never re-run the annotator, panels that scroll to
// a highlight, n/p navigation, review that survives a reload, and the exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SHARED, serve, launch, openPage, screenshotPath } from './harness.mjs';

const TEXT = fs.readFileSync(path.join(SHARED, 'articles/novaya-gazeta-rare-earths.txt'), 'utf8');
let server;
let browser;

before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function annotate(page, text = TEXT) {
  await page.evaluate(() => { window.__annotatorLast = undefined; });
  await page.locator('#source').fill(text);
  await page.locator('#source').press('Control+Enter');
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), body: fs.readFileSync(await file.path(), 'utf8') };
}

test('every kind is highlighted; the view text equals the input; tooltips explain', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await annotate(page);
  assert.equal(await page.locator('#view').evaluate((el) => el.textContent), TEXT);
  for (const kind of ['entity', 'quote', 'claim', 'boilerplate']) {
    assert.ok(await page.locator(`#view mark[data-kind="${kind}"]`).count() > 0, `${kind} highlighted`);
  }
  // Each annotation's pieces, joined, are exactly its span of the input.
  const bad = await page.evaluate(() => {
    const { annotations: r, text } = window.__annotatorLast;
    const pieces = new Map();
    for (const m of document.querySelectorAll('#view mark[data-ann]')) {
      pieces.set(m.dataset.ann, (pieces.get(m.dataset.ann) || '') + m.textContent);
    }
    const spans = [...r.entities.map((e) => ['e', e]), ...r.quotes.map((q) => ['q', q]),
      ...r.claims.map((c) => ['c', c]), ...r.boilerplate.map((b) => ['b', b])];
    return spans.filter(([k, s]) => pieces.get(`${k}${s.start}-${s.end}`) !== text.slice(s.start, s.end))
      .map(([k, s]) => `${k}${s.start}-${s.end}`);
  });
  assert.deepEqual(bad, []);
  // Hover on "Vladimir Putin" in the body shows the entity and the covering layers.
  const putin = page.locator('#view mark[data-kind="entity"][data-label="PERSON"]', { hasText: 'Vladimir Putin' }).first();
  await putin.hover();
  const tip = page.locator('#tip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /PERSON \(entity\)/);
  await page.screenshot({ path: screenshotPath('tooltip.png') });
  // A quote's tooltip names its speaker; a claim's gives reasons with explanations.
  await page.locator('#view mark[data-kind="quote"]', { hasText: 'very constructive' }).first().hover();
  assert.match(await tip.textContent(), /Speaker: Olha Stefanishyna/);
  await page.mouse.move(0, 0);
  const annexed = await page.evaluate(() => {
    const c = window.__annotatorLast.annotations.claims.find((x) => x.text.includes('illegally annexed'));
    return `c${c.start}-${c.end}`;
  });
  await page.locator(`#ann-${annexed}`).focus();
  assert.match(await tip.textContent(), /contested term: .+/);
  assert.deepEqual(errors, []);
});

test('legend toggles restyle without re-running the annotator', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await annotate(page);
  const runs = await page.evaluate(() => window.__annotatorRuns);
  const person = page.locator('#view mark[data-kind="entity"][data-label="PERSON"]').first();
  const bg = () => person.evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await bg();
  await page.locator('#legend input[data-kind="entity"][data-label="PERSON"]').uncheck();
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await page.locator('#legend input[data-kind="entity"][data-label="PERSON"]').check();
  assert.equal(await bg(), before);
  await page.locator('#legend legend input[data-kind="quote"]').uncheck();
  assert.ok(await page.locator('#view.hide-quote').count() === 1);
  const quoteBg = await page.locator('#view mark[data-kind="quote"]').first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(quoteBg, 'rgba(0, 0, 0, 0)');
  assert.equal(await page.evaluate(() => window.__annotatorRuns), runs, 'no new annotator run');
  // Counts in the legend match the result.
  const label = await page.locator('#legend legend label:has(input[data-kind="entity"])').textContent();
  const n = await page.evaluate(() => window.__annotatorLast.annotations.entities.length);
  assert.match(label, new RegExp(`\\(${n}\\)`));
  assert.deepEqual(errors, []);
});

test('panels scroll to a highlight; n and p move between highlights of the open list', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await annotate(page);
  await page.locator('#tab-claim').click();
  const first = page.locator('#panel-claim button.go').last();
  const id = await first.getAttribute('data-ann');
  await first.click();
  const focused = await page.evaluate(() => document.activeElement.id);
  assert.equal(focused, `ann-${id}`);
  assert.ok(await page.locator(`#ann-${id}`).evaluate((el) => el.classList.contains('flash')));
  // The scroll is smooth (unless the reader asks for reduced motion): wait for
  // it to bring the highlight into the view, which takes longer the farther it is.
  const inView = await page
    .waitForFunction((annId) => {
      const el = document.getElementById(annId);
      const v = document.getElementById('view').getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.bottom > v.top && r.top < v.bottom;
    }, `ann-${id}`, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(inView, 'the highlight is scrolled into the view');
  // Keyboard: the quotes tab, then n, n, p visits quotes in document order.
  await page.locator('#tab-quote').click();
  await page.locator('#view').focus();
  const order = await page.locator('#view mark.first[data-kind="quote"]').evaluateAll((els) => els.map((e) => e.id));
  const visit = [];
  for (const key of ['n', 'n', 'n', 'p']) {
    await page.keyboard.press(key);
    visit.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(visit, [order[0], order[1], order[2], order[1]]);
  // Enter on a highlight opens its review; Escape closes it and focus returns.
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('#review-dialog').evaluate((d) => d.open));
  await page.keyboard.press('Escape');
  assert.ok(!(await page.locator('#review-dialog').evaluate((d) => d.open)));
  assert.equal(await page.evaluate(() => document.activeElement.id), order[1]);
  assert.deepEqual(errors, []);
});

test('a review (reject, relabel, note) survives a reload and reaches every export', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.evaluate(() => localStorage.clear());
  await annotate(page);
  // Relabel "EPA-EFE" and add a note; reject the first claim.
  const epa = page.locator('#view mark.first[data-kind="entity"]', { hasText: 'EPA-EFE' }).first();
  const epaId = await epa.getAttribute('data-ann');
  await epa.click();
  await page.locator('#review-dialog input[value="accepted"]').check();
  await page.locator('#review-dialog select[name="label"]').selectOption('ORG');
  await page.locator('#review-dialog select[name="label"]').selectOption('PRODUCT');
  await page.locator('#review-dialog textarea[name="note"]').fill('A photo agency, "EPA", not a product, <b>check</b>');
  await page.screenshot({ path: screenshotPath('review-dialog.png') });
  await page.locator('#review-dialog button[value="save"]').click();
  await page.locator('#tab-claim').click();
  const claimId = await page.locator('#panel-claim button.review-btn').first().getAttribute('data-ann');
  await page.locator('#panel-claim button.review-btn').first().click();
  await page.locator('#review-dialog input[value="rejected"]').check();
  await page.locator('#review-dialog button[value="save"]').click();

  await page.reload();
  await page.waitForFunction(() => window.__annotatorLast !== undefined, null, { timeout: 15000 });
  assert.equal(await page.locator('#source').inputValue(), TEXT, 'the article is restored');
  assert.equal(await page.locator(`#ann-${epaId}`).getAttribute('data-label'), 'PRODUCT');
  assert.equal(await page.locator(`#ann-${claimId}`).getAttribute('data-review'), 'rejected');

  const json = JSON.parse((await download(page, '#export-json')).body);
  const epaOut = json.entities.find((e) => `e${e.start}-${e.end}` === epaId);
  assert.equal(epaOut.review.label, 'PRODUCT');
  assert.match(epaOut.review.note, /photo agency/);
  assert.equal(json.claims.find((c) => `c${c.start}-${c.end}` === claimId).review.status, 'rejected');
  assert.equal(json.version, 1);

  const ld = JSON.parse((await download(page, '#export-webanno')).body);
  assert.equal(ld['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const items = ld.first.items;
  assert.equal(items.length, json.entities.length + json.quotes.length + json.claims.length + json.boilerplate.length);
  for (const a of items) {
    const [quote, position] = a.target.selector;
    assert.equal(TEXT.slice(position.start, position.end), quote.exact);
    assert.ok(TEXT.slice(0, position.start).endsWith(quote.prefix));
    assert.ok(TEXT.slice(position.end).startsWith(quote.suffix));
  }
  const epaLd = items.find((a) => a.id.endsWith(`#${epaId}`));
  assert.ok(epaLd.body.some((b) => b.purpose === 'commenting' && /photo agency/.test(b.value)));
  assert.ok(epaLd.body.some((b) => b.purpose === 'tagging' && b.value === 'entity:PRODUCT'));

  const csv = (await download(page, '#export-csv')).body;
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'id,score,start,end,claim,reasons,explanations,speaker,review,label,note');
  assert.equal(lines.length - 1, json.claims.length);
  const scores = lines.slice(1).map((l) => Number(l.split(',')[1]));
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'highest score first');
  assert.ok(lines.some((l) => l.startsWith(`${claimId},`) && l.includes(',rejected,')));

  const html = (await download(page, '#export-html')).body;
  assert.doesNotMatch(html, /<script/i);
  const check = await browser.newPage();
  await check.setContent(html);
  assert.equal(await check.locator('article.view').evaluate((el) => el.textContent), TEXT);
  assert.ok(await check.locator('article.view mark[data-kind="claim"]').count() > 0);
  await check.screenshot({ path: screenshotPath('export.png') });
  await check.close();

  // Clearing the review removes it from storage.
  page.once('dialog', (d) => d.accept());
  await page.click('#clear-review');
  assert.equal(await page.locator('#view mark[data-review]').count(), 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':review:')).length), 0);
  assert.deepEqual(errors, []);
});

test('dark theme and a 320 px screen stay usable', async () => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => !document.getElementById('annotate').disabled);
  await annotate(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no horizontal scroll at 320 px (${width})`);
  await page.screenshot({ path: screenshotPath('dark-320.png'), fullPage: false });
  await context.close();
});
