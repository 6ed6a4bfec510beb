// The core forms work with JavaScript turned off: the pages are plain HTML
// forms, and htmx only improves them.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { USERS, assertNotice, htmlLang, launch, navigates, newContext, signIn, t, uniqueName, vaasaPath } from './helpers.mjs';

describe('without JavaScript', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(() => browser?.close());

  test('sign in and invite a member', async () => {
    const context = await newContext(browser, 'fi', { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await signIn(page, USERS.coordinator);
      assert.equal(await page.evaluate(() => typeof window.htmx).catch(() => 'no script'), 'undefined', 'scripts should be off');
      const members = `${await vaasaPath(page)}/members`;
      await page.goto(members);
      const email = `${uniqueName('nojs')}@test.example`;
      await page.locator('#invite-email').fill(email);
      await page.locator('#invite-name').fill('No Script');
      await navigates(page, () => page.locator('form[aria-labelledby="invite-heading"] button[type="submit"]').click());
      assert.equal(new URL(page.url()).pathname, members);
      await assertNotice(page, 'notice-member-invited');
      assert.equal(await page.locator('table tbody tr').filter({ hasText: email }).count(), 1, `${email} should be listed`);
    } finally {
      await context.close();
    }
  });

  test('a lesson is marked read and a certificate verified with plain forms', async () => {
    const member = await newContext(browser, 'sv', { javaScriptEnabled: false });
    const visitor = await newContext(browser, 'sv', { javaScriptEnabled: false });
    try {
      // The viewer has read every lesson: "Continue" leads on to the next one.
      const page = await member.newPage();
      await signIn(page, USERS.viewer);
      await page.goto('/courses/equal-municipality/lessons/grounds-protected');
      await navigates(page, () => page.locator('main form[action$="/lessons/grounds-protected"] button[type="submit"]').click());
      assert.equal(new URL(page.url()).pathname, '/courses/equal-municipality/lessons/grounds-intersectionality');

      // The coordinator's certificate, verified by anyone through the form.
      await page.context().clearCookies();
      await signIn(page, USERS.coordinator);
      await page.goto('/certificates');
      const href = await page.locator('main table tbody a[href^="/verify/"]:not([href$=".pdf"])').first().getAttribute('href');
      assert.match(href ?? '', /^\/verify\/[A-Z0-9-]{14}$/, 'the coordinator has a certificate');
      const anyone = await visitor.newPage();
      await anyone.goto('/verify');
      await anyone.locator('#code').fill(href.slice('/verify/'.length).toLowerCase());
      await navigates(anyone, () => anyone.locator('main form button[type="submit"]').click());
      assert.equal(new URL(anyone.url()).pathname, href, 'the code, typed in lower case, finds the certificate');
      const lang = await htmlLang(anyone);
      assert.equal((await anyone.locator('main .certificate .badge').innerText()).trim(), t(lang, 'certificate-valid'));

      // A code no certificate has is an error in the form.
      await anyone.locator('#code').fill('ABCD-EFGH-JKLM');
      await navigates(anyone, () => anyone.locator('main form button[type="submit"]').click());
      assert.equal((await anyone.locator('#code-error').innerText()).trim(), t(lang, 'error-certificate-not-found'));
      assert.equal(await anyone.locator('#code').getAttribute('aria-invalid'), 'true');
    } finally {
      await Promise.all([member.close(), visitor.close()]);
    }
  });

  test('the admin search works as a plain form', async () => {
    const context = await newContext(browser, 'en', { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await signIn(page, USERS.admin);
      await page.goto('/admin/organisations');
      await page.locator('#org-search').fill('Kuopio');
      await navigates(page, () => page.locator('form[role="search"] button[type="submit"]').click());
      assert.match(page.url(), /q=Kuopio/);
      const rows = page.locator('#org-results tbody tr');
      assert.ok((await rows.count()) >= 1, 'Kuopio should be found');
      for (const text of await rows.allInnerTexts()) assert.match(text, /Kuopio/);
    } finally {
      await context.close();
    }
  });
});
