// axe-core finds no WCAG 2.0/2.1 A or AA violation on any page, in Swedish,
// Finnish and English, and each page says which language it is in.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_PAGES, LANGS, PUBLIC_PAGES, PUBLIC_STATUS, USERS,
  checkAxe, htmlLang, invite, launch, memberPages, planningPages, navigates, newContext, requestReset,
  setLanguage, signIn, uniqueName, vaasaPath,
} from './helpers.mjs';

/** Opens each path, checks <html lang> and runs axe. */
async function checkPages(page, lang, paths) {
  for (const path of paths) {
    await page.goto(path);
    assert.equal(await htmlLang(page), lang, `${path} should say lang="${lang}"`);
    // Pages checked on purpose in an error state say the status they answer with.
    await checkAxe(page, `${path} (${lang})`, { status: PUBLIC_STATUS[path] ?? 'ok' });
  }
}

describe('axe-core, WCAG 2.1 A and AA', () => {
  let browser;
  let mailed; // the reset and welcome links, as a visitor gets them by mail
  before(async () => {
    browser = await launch();
    const resetPath = await requestReset(browser, USERS.viewer);
    const { welcomePath } = await invite(browser, 'axe');
    mailed = [resetPath, welcomePath];
  });
  after(() => browser?.close());

  for (const lang of LANGS) {
    test(`public pages and the mailed links in ${lang}`, async () => {
      const context = await newContext(browser, lang);
      try {
        const page = await context.newPage();
        await checkPages(page, lang, [...PUBLIC_PAGES, ...mailed]);

        // Vaasa's published plan and follow-up report, found as a resident finds them.
        await page.goto('/o/FI-905');
        const published = [];
        for (const prefix of ['/p/', '/f/']) {
          const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
          assert.ok(href, `Vaasa's page links a publication under ${prefix}`);
          published.push(href);
        }
        await checkPages(page, lang, published);

        // A form with an error in it.
        await page.goto('/sign-in');
        await page.locator('#email').fill(`${uniqueName('nobody')}@test.example`);
        await page.locator('#password').fill('not the password');
        await navigates(page, () => page.locator('main form button[type="submit"]').click());
        assert.ok(await page.locator('#form-error').isVisible(), 'a failed sign-in should show an error');
        await checkAxe(page, `/sign-in with an error (${lang})`, { status: 401 });
      } finally {
        await context.close();
      }
    });

    test(`organisation and profile pages as the coordinator in ${lang}`, async () => {
      const context = await newContext(browser, lang);
      try {
        const page = await context.newPage();
        await signIn(page, USERS.coordinator);
        await setLanguage(page, lang);
        const org = await vaasaPath(page);
        await checkPages(page, lang, [...memberPages(org), ...(await planningPages(page, org))]);

        // The invitation form with an error in it.
        await page.goto(`${org}/members`);
        await page.locator('#invite-email').fill('not an address');
        await navigates(page, () => page.locator('form[aria-labelledby="invite-heading"] button[type="submit"]').click());
        assert.ok(await page.locator('#form-error').isVisible(), 'a bad address should show an error');
        await checkAxe(page, `${org}/members with an error (${lang})`, { status: 422 });
      } finally {
        await context.close();
      }
    });

    test(`admin pages as the admin in ${lang}`, async () => {
      const context = await newContext(browser, lang);
      try {
        const page = await context.newPage();
        await signIn(page, USERS.admin);
        await setLanguage(page, lang);
        await checkPages(page, lang, ADMIN_PAGES);

        // The live search replaces the table; the result must pass too.
        await page.goto('/admin/organisations');
        const swapped = page.waitForResponse((r) => r.url().includes('q=Kuopio') && r.request().headers()['hx-request'] === 'true');
        await page.locator('#org-search').fill('Kuopio');
        await swapped;
        await page.waitForFunction(() => {
          const rows = [...document.querySelectorAll('#org-results tbody tr')];
          return rows.length > 0 && rows.every((tr) => tr.textContent.includes('Kuopio'));
        });
        await checkAxe(page, `/admin/organisations after a live search (${lang})`);
      } finally {
        await context.close();
      }
    });
  }
});
