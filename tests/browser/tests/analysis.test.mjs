// An equality analysis as a coordinator walks it: upload a CSV, check the
// columns read, choose the analysis and run it with the keyboard, read the
// findings, the chart and its table, attach the result as evidence — each
// page axe-clean in the language in use, and readable at 320 px.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LANGS, USERS, assertNoHorizontalScroll, assertNotice, assertTablesReadable, checkAxe, launch, navigates,
  newContext, setLanguage, signIn, tabTo, uniqueName, vaasaPath,
} from './helpers.mjs';

/** Home-care decisions: women are granted fewer hours. */
function homeCare() {
  const lines = ['gender,assessed_need,age,granted_hours'];
  for (let i = 0; i < 60; i += 1) {
    const woman = i % 5 < 3;
    const need = 1 + (i % 4);
    const hours = 2 * need + ((i * 37) % 10) / 10 - (woman ? 1 : 0);
    lines.push(`${woman ? 'nainen' : 'mies'},${need},${70 + ((i * 7) % 25)},${hours.toFixed(1)}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('an equality analysis', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  for (const lang of LANGS) {
    test(`upload, map, run and attach as evidence in ${lang}`, async () => {
      const context = await newContext(browser, lang);
      const narrow = await newContext(browser, lang, { viewport: { width: 320, height: 640 } });
      try {
        const page = await context.newPage();
        await signIn(page, USERS.coordinator);
        await setLanguage(page, lang);
        const org = await vaasaPath(page);

        // Upload.
        await page.goto(`${org}/analysis`);
        await checkAxe(page);
        await page.locator('#analysis-file').setInputFiles({
          name: `${uniqueName('home-care')}.csv`, mimeType: 'text/csv', buffer: Buffer.from(homeCare()),
        });
        await navigates(page, () => page.locator('form[action$="/analysis"] button[type="submit"]').click());
        const mapping = new URL(page.url()).pathname;
        assert.match(mapping, /\/analysis\/uploads\//);
        await checkAxe(page, `${mapping} (${lang})`);

        // The columns read, and roles guessed from their names.
        assert.equal(await page.locator('#role-group').inputValue(), 'gender');
        assert.equal(await page.locator('#role-outcome').inputValue(), 'granted_hours');

        // The same page at phone width.
        const phone = await narrow.newPage();
        await signIn(phone, USERS.coordinator);
        await setLanguage(phone, lang);
        await phone.goto(mapping);
        await assertNoHorizontalScroll(phone, `${mapping} at 320 px (${lang})`);
        await assertTablesReadable(phone, `${mapping} at 320 px (${lang})`);

        // Choose the gap with two controls and run it from the keyboard.
        await page.locator('input[name="kind"][value="gap"]').check();
        await page.locator('input[name="controls"][value="assessed_need"]').check();
        await page.locator('input[name="controls"][value="age"]').check();
        const run = page.locator('form[action*="/analysis/uploads/"] button[type="submit"]');
        await run.focus();
        await navigates(page, () => page.keyboard.press('Enter'));
        const result = new URL(page.url()).pathname;
        assert.match(result, /\/analysis\/[0-9a-f-]+$/);

        // Findings, a chart with its text alternative, and the table.
        assert.ok(await page.locator('main ul.findings li').first().isVisible(), 'findings are shown');
        assert.ok(await page.locator('main svg.chart title').count() === 1, 'the chart has a title');
        assert.ok((await page.locator('main svg.chart desc').textContent()).length > 20, 'the chart has a text alternative');
        assert.ok(await page.locator('main table.result').first().isVisible(), 'the figures are in a table');
        await checkAxe(page, `${result} (${lang})`);
        await phone.goto(result);
        await assertNoHorizontalScroll(phone, `${result} at 320 px (${lang})`);
        await assertTablesReadable(phone, `${result} at 320 px (${lang})`);

        // Attach it to the first assessment offered, with the keyboard.
        const target = page.locator('#attach-target');
        await tabTo(page, target);
        const first = await target.locator('option').first().getAttribute('value');
        assert.match(first, /^assessment:/);
        await target.selectOption(first);
        await page.keyboard.press('Tab');
        await navigates(page, () => page.keyboard.press('Enter'));
        await assertNotice(page, 'notice-evidence-attached');
        assert.ok(await page.locator('#evidence').isVisible());
        assert.ok(await page.locator('main a[href*="/evidence/"]').count() >= 1);
      } finally {
        await Promise.all([context.close(), narrow.close()]);
      }
    });
  }
});
