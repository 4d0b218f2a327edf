// The embedding example (www/embed.html): <article-annotator for="story"> marks
// the live article in place, fires `annotated` and `select`, follows its `kinds`
// attribute, and clear() / reanchor() restore and re-attach exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshotPath } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openEmbed() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(new URL('embed.html', server.url).href);
  await page.waitForFunction(() => Array.isArray(window.__embedMarks));
  return { page, errors };
}

test('the custom element highlights the live article without changing its text or markup', async () => {
  const { page, errors } = await openEmbed();
  const story = page.locator('#story');
  const marks = await page.evaluate(() => window.__embedMarks);
  assert.ok(marks.some((m) => m.kind === 'entity' && m.text === 'Olha Stefanishyna' && m.label === 'PERSON'));
  assert.ok(marks.some((m) => m.kind === 'quote' && m.text.includes('very constructive')));
  assert.ok(marks.some((m) => m.kind === 'claim'));
  assert.ok(!marks.some((m) => m.kind === 'boilerplate'), 'kinds="entity quote claim"');
  // Fenced-off widgets are left alone.
  assert.equal(await page.locator('.related mark, .widget mark').count(), 0);
  // The markup survives: links, emphasis, the figure, the name's <span>.
  assert.equal(await story.locator('a[href="#"]').count(), 3);
  assert.ok(await story.locator('span.name mark[data-kind="entity"]').count() >= 1);
  assert.equal(await story.locator('figure img').count(), 1);
  // Every mark's TextPositionSelector indexes the text the element reads.
  const ok = await page.evaluate((ms) => ms.every((m) => m.selectors[0].exact === m.text), marks);
  assert.ok(ok);
  // `select` fires for a click on a highlight and for Enter on a focused one.
  await story.locator('mark[data-kind="entity"]', { hasText: 'Olha' }).first().click();
  assert.equal(await page.evaluate(() => window.__embedSelected.text), 'Olha Stefanishyna');
  await story.locator('mark[data-kind="quote"][tabindex="0"]').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__embedSelected.kind), 'quote');
  await page.screenshot({ path: screenshotPath('embed.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('kinds attribute, clear() and reanchor() after a re-render', async () => {
  const { page, errors } = await openEmbed();
  const story = page.locator('#story');
  // Unchecking quotes and claims re-runs with kinds="entity".
  await page.evaluate(() => { window.__embedMarks = null; });
  await page.locator('input[value="quote"]').uncheck();
  await page.waitForFunction(() => Array.isArray(window.__embedMarks));
  await page.evaluate(() => { window.__embedMarks = null; });
  await page.locator('input[value="claim"]').uncheck();
  await page.waitForFunction(() => Array.isArray(window.__embedMarks));
  const kinds = await story.locator('mark').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.kind))]);
  assert.deepEqual(kinds, ['entity']);

  // clear() restores the article's markup exactly.
  const stored = await page.evaluate(() => document.getElementById('annotator').marks);
  const cleared = await page.evaluate(() => {
    document.getElementById('annotator').clear();
    return document.getElementById('story').innerHTML;
  });
  assert.doesNotMatch(cleared, /<mark/);
  const pristine = await page.evaluate(async () => {
    const html = await (await fetch('embed.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.getElementById('story').innerHTML;
  });
  assert.equal(cleared, pristine, 'identical innerHTML after clear()');

  // The CMS re-renders with an edit before the names; stored marks find their text.
  const result = await page.evaluate(async (marks) => {
    const story = document.getElementById('story');
    story.innerHTML = `<p>Correction appended on Tuesday.</p>${story.innerHTML.replace('Olha Stefanishyna', 'Olha <b>Stefanishyna</b>')}`;
    const { placed, unplaced } = await document.getElementById('annotator').reanchor(marks);
    return { placed: placed.map((m) => `${m.anchored}:${m.text}`), unplaced: unplaced.length };
  }, stored);
  assert.ok(result.placed.includes('moved:Olha Stefanishyna'), result.placed.join(', '));
  assert.equal(result.unplaced, 0);
  assert.equal(await story.locator('mark', { hasText: 'Stefanishyna' }).count(), 1);
  assert.deepEqual(errors, []);
});
