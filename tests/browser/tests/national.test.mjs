// National monitoring in the browser: the open-data page and a self-report
// whose impossible figure is refused — named, with nothing stored — axe-clean
// and without horizontal scrolling at 320 px, in Swedish, Finnish and English.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LANGS, USERS,
  assertNoHorizontalScroll, assertTablesReadable, checkAxe, htmlLang, launch, navigates, newContext,
  setLanguage, signIn, t, vaasaPath,
} from './helpers.mjs';

const NARROW = { viewport: { width: 320, height: 640 } };

/** Fills the pay transparency report with sound figures, then one impossible share. */
async function fillImpossibleReport(page) {
  await page.locator('#sr-approved-on').fill('2026-03-02');
  await page.locator('#sr-approved-body').fill('Kaupunginhallitus');
  await page.locator('#sr-link').fill('https://example.org/pay-report.pdf');
  await page.locator('#sr-women-pay').fill('96,5');
  const shares = { q1: ['60', '40'], q2: ['55', '45'], q3: ['50', '50'], q4: ['40', '60'] };
  for (const [band, [women, men]] of Object.entries(shares)) {
    await page.locator(`#sr-${band}_women`).fill(women);
    await page.locator(`#sr-${band}_men`).fill(men);
  }
  // Impossible: 120 % of the lowest band are women.
  await page.locator('#sr-q1_women').fill('120');
  for (const [field, value] of Object.entries({ mean: '3400', median: '3300', min: '2100', max: '7800' })) {
    await page.locator(`#sr-${field}`).fill(value);
  }
}

describe('national monitoring', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser?.close());

  for (const lang of LANGS) {
    test(`the open-data page in ${lang}`, async () => {
      for (const options of [{}, NARROW]) {
        const context = await newContext(browser, lang, options);
        try {
          const page = await context.newPage();
          await page.goto('/open-data');
          assert.equal(await htmlLang(page), lang);
          assert.ok(await page.locator('.demo-banner').isVisible(), 'the demo data is marked');
          assert.ok((await page.locator('main').innerText()).includes('CC BY 4.0'));
          if (options.viewport) {
            await assertNoHorizontalScroll(page, `/open-data (${lang}, 320 px)`);
            await assertTablesReadable(page, `/open-data (${lang}, 320 px)`);
          } else {
            await checkAxe(page, `/open-data (${lang})`);
          }
        } finally {
          await context.close();
        }
      }
    });

    test(`a self-report with an impossible figure is refused in ${lang}`, async () => {
      const context = await newContext(browser, lang);
      try {
        const page = await context.newPage();
        await signIn(page, USERS.coordinator);
        await setLanguage(page, lang);
        const org = await vaasaPath(page);
        await page.goto(`${org}/self-reports?framework=eu-pay-transparency`);
        await checkAxe(page, `${org}/self-reports (${lang})`);
        const before = await page.locator('#self-report-history tbody tr').count();
        await fillImpossibleReport(page);
        await navigates(page, () => page.locator('form[aria-labelledby="self-report-heading"] button[type="submit"]').click());
        const error = page.locator('#form-error');
        assert.ok(await error.isVisible(), 'the impossible share is refused');
        const text = (await error.innerText()).trim();
        assert.ok(text.startsWith(t(lang, 'self-report-field-q1-women')), `the message names the field: ${text}`);
        assert.equal(await page.locator('#sr-q1_women').getAttribute('aria-invalid'), 'true');
        assert.equal(await page.locator('#sr-q1_women').inputValue(), '120', 'the typed values are kept');
        const afterCount = await page.locator('#self-report-history tbody tr').count();
        assert.equal(afterCount, before, 'nothing was stored');
        await checkAxe(page, `${org}/self-reports with an error (${lang})`, { status: 422 });
        await page.setViewportSize({ width: 320, height: 640 });
        await assertNoHorizontalScroll(page, `${org}/self-reports with an error (${lang}, 320 px)`);
      } finally {
        await context.close();
      }
    });
  }
});
