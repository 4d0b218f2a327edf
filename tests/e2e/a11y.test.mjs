// Accessibility checked by axe-core (WCAG 2.1 A and AA rules, colour contrast
// included) on the annotated reference article, in the light and the dark theme,
// with the tooltip and the review dialog open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SHARED, serve, launch } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TEXT = fs.readFileSync(path.join(SHARED, 'articles/novaya-gazeta-rare-earths.txt'), 'utf8');
let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function audit(page, what) {
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    };
  });
  console.log(`# axe ${what}: ${result.passes} rules pass, ${result.violations.length} violated`);
  assert.deepEqual(result.violations, [], what);
}

for (const colorScheme of ['light', 'dark']) {
  test(`WCAG 2.1 AA in the ${colorScheme} theme`, async () => {
    // axe is injected as a script, which the page's own CSP would (rightly) refuse.
    const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => !document.getElementById('annotate').disabled);
    await page.locator('#source').fill(TEXT);
    await page.locator('#source').press('Control+Enter');
    await page.waitForFunction(() => window.__annotatorLast !== undefined);
    await page.addScriptTag({ path: AXE });
    await audit(page, `${colorScheme}, annotated`);
    await page.locator('#tab-claim').click();
    await page.locator('#view mark.first[data-kind="entity"]').first().focus();
    await audit(page, `${colorScheme}, claims list and tooltip`);
    await page.keyboard.press('Enter');
    await audit(page, `${colorScheme}, review dialog`);
    await context.close();
  });
}
