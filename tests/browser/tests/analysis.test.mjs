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

/** Staff: gender, category, basic and variable pay. */
function staffPay() {
  const lines = ['category,gender,basic_pay,variable_pay'];
  for (let i = 0; i < 60; i += 1) {
    const woman = i % 3 !== 0;
    const category = i % 2 === 0 ? 'office' : 'care';
    const basic = 2800 + ((i * 37) % 400) - (woman ? 150 : 0);
    const variable = i % 4 === 0 ? 120 + (i % 7) * 10 : 0;
    lines.push(`${category},${woman ? 'nainen' : 'mies'},${basic},${variable}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Uploads a file and returns the mapping page's path. */
async function uploadFile(page, org, name, text) {
  await page.goto(`${org}/analysis`);
  await page.locator('#analysis-file').setInputFiles({
    name: `${uniqueName(name)}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text),
  });
  await navigates(page, () => page.locator('form[action$="/analysis"] button[type="submit"]').click());
  return new URL(page.url()).pathname;
}

describe('representation and pay transparency', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  test('against the population of Vaasa, and the EU indicators, from the keyboard', async () => {
    const context = await newContext(browser, 'en');
    try {
      const page = await context.newPage();
      await signIn(page, USERS.coordinator);
      await setLanguage(page, 'en');
      const org = await vaasaPath(page);

      // Representation: the population of Vaasa is offered and chosen.
      const mapping = await uploadFile(page, org, 'staff', staffPay());
      assert.equal(await page.locator('#baseline').inputValue(), 'population');
      await page.locator('input[name="kind"][value="representation"]').check();
      await page.locator('#age_from').fill('18');
      await page.locator('#age_to').fill('64');
      await checkAxe(page, `${mapping} (representation)`);
      const run = page.locator('form[action*="/analysis/uploads/"] button[type="submit"]');
      await run.focus();
      await navigates(page, () => page.keyboard.press('Enter'));
      assert.match(await page.locator('main').textContent(), /Vaasa, aged 18 to 64/);
      assert.ok(await page.locator('main svg.chart desc').count() === 1, 'the chart has a text alternative');
      await checkAxe(page, `${new URL(page.url()).pathname} (representation)`);

      // Pay transparency: the roles are guessed from the names.
      await uploadFile(page, org, 'pay', staffPay());
      assert.equal(await page.locator('input[name="kind"][value="pay_transparency"]').isChecked(), true);
      assert.equal(await page.locator('#role-variable').inputValue(), 'variable_pay');
      assert.equal(await page.locator('#role-category').inputValue(), 'category');
      const again = page.locator('form[action*="/analysis/uploads/"] button[type="submit"]');
      await again.focus();
      await navigates(page, () => page.keyboard.press('Enter'));
      assert.ok(await page.locator('main table.result').count() >= 2, 'the gaps and variable pay in tables');
      await checkAxe(page, `${new URL(page.url()).pathname} (pay transparency)`);
    } finally {
      await context.close();
    }
  });
});

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
