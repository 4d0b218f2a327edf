// Speed as a reader feels it (figures printed, loose bounds asserted): the first
// highlights after Ctrl+Enter on a cold page, and a 2 MB mix of real articles
// annotated and drawn while the page keeps answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SHARED, serve, launch, openPage, screenshotPath, loadPackage } from './harness.mjs';

const REFERENCE = fs.readFileSync(path.join(SHARED, 'articles/novaya-gazeta-rare-earths.txt'), 'utf8');
let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** About `bytes` of real news: the GUM news texts and the reference article, repeated. */
function mix(bytes) {
  const lines = fs.readFileSync(path.join(SHARED, 'gum/gum-news.jsonl'), 'utf8').trim().split('\n');
  const texts = [REFERENCE, ...lines.map((l) => JSON.parse(l).text)];
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    out.push(t);
    size += t.length + 2;
  }
  return out.join('\n\n').slice(0, bytes);
}

/** Watches the main thread: the longest gap between 10 ms timer ticks. */
async function startJankMeter(page) {
  await page.evaluate(() => {
    window.__jank = { max: 0, last: performance.now(), stalls: [] };
    window.__jank.timer = setInterval(() => {
      const now = performance.now();
      const gap = now - window.__jank.last;
      if (gap > 250) window.__jank.stalls.push(`${Math.round(gap)} ms at ${Math.round(window.__jank.last - window.__pressed)} ms`);
      window.__jank.max = Math.max(window.__jank.max, gap);
      window.__jank.last = now;
    }, 10);
  });
}

async function pressAndTime(page, text, beforePress = async () => {}) {
  await page.evaluate(() => { window.__annotatorLast = undefined; });
  // As a paste would: one value change (typing 2 MB through fill() takes minutes).
  await page.evaluate((t) => { document.getElementById('source').value = t; }, text);
  await page.evaluate(() => {
    window.__firstMark = null;
    const view = document.getElementById('view');
    const observer = new MutationObserver(() => {
      if (window.__firstMark === null && view.querySelector('mark[data-kind="entity"]')) {
        window.__firstMark = performance.now() - window.__pressed;
        observer.disconnect();
      }
    });
    observer.observe(view, { childList: true, subtree: true });
    document.getElementById('source').addEventListener('keydown', () => { window.__pressed = performance.now(); }, { capture: true, once: true });
  });
  await beforePress();
  await page.locator('#source').press('Control+Enter');
}

test('first highlights of the reference article on a cold page', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await pressAndTime(page, REFERENCE);
  await page.waitForFunction(() => window.__annotatorLast !== undefined);
  const t = await page.evaluate(() => ({ first: window.__firstMark, ...window.__annotatorTimings }));
  console.log(`# reference article, cold page: first highlights ${t.first.toFixed(0)} ms after Ctrl+Enter `
    + `(annotate ${t.annotateMs.toFixed(0)} ms in the worker, all drawn at ${t.totalMs.toFixed(0)} ms)`);
  assert.ok(t.first < 3000, 'first highlights within seconds even on a loaded machine');
  assert.deepEqual(errors, []);
});

test('a 2 MB article: the page keeps answering while it is annotated and drawn', async () => {
  const text = mix(2_000_000);
  const { page, errors } = await openPage(browser, server.url);
  // The meter starts once the browser has laid out the 2 MB textarea (the cost of
  // the paste itself, the same with any page): it measures what Ctrl+Enter does.
  await pressAndTime(page, text, async () => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(500);
    await startJankMeter(page);
  });
  // While the worker annotates, the page answers input.
  await page.waitForFunction(() => !document.getElementById('progress').hidden);
  const clickedAt = Date.now();
  await page.locator('#tab-quote').click({ timeout: 2000 });
  const clickMs = Date.now() - clickedAt;
  await page.waitForFunction(() => window.__annotatorLast !== undefined, null, { timeout: 180_000 });
  const r = await page.evaluate(() => ({
    first: window.__firstMark, jank: window.__jank.max, stalls: window.__jank.stalls, ...window.__annotatorTimings,
    marks: document.querySelectorAll('#view mark').length,
  }));
  console.log(`# 2 MB mix (${text.length.toLocaleString()} chars): annotate ${(r.annotateMs / 1000).toFixed(1)} s in the worker, `
    + `first highlights ${(r.first / 1000).toFixed(1)} s, all ${r.marks.toLocaleString()} pieces drawn at ${(r.totalMs / 1000).toFixed(1)} s; `
    + `longest main-thread stall ${r.jank.toFixed(0)} ms (stalls over 250 ms: ${r.stalls.join(', ') || 'none'}); `
    + `a click answered in ${clickMs} ms`);
  assert.equal(await page.locator('#view').evaluate((el) => el.textContent.length), text.length);
  // The worker posts a result this large in parts (worker.js); put together, it is
  // the package's own result for the text.
  const pkg = await loadPackage();
  const expected = new pkg.Annotator({ offsets: 'utf16' }).annotate(text);
  assert.ok(expected.entities.length > 5000, 'the result comes in parts');
  const shown = await page.evaluate(async () => {
    const { hashText } = await import('./review/store.js');
    const json = JSON.stringify(window.__annotatorLast.annotations);
    return { length: json.length, hash: hashText(json) };
  });
  const { hashText } = await import('../../www/review/store.js');
  const json = JSON.stringify(expected);
  assert.deepEqual(shown, { length: json.length, hash: hashText(json) }, 'the page has the whole result');
  assert.ok(r.jank < 2000, `the main thread never stalls for seconds (longest ${r.jank.toFixed(0)} ms)`);
  await page.screenshot({ path: screenshotPath('two-megabytes.png') });
  assert.deepEqual(errors, []);
});
