// The core forms work with JavaScript turned off: the pages are plain HTML
// forms, and htmx only improves them.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { USERS, assertNotice, launch, navigates, newContext, signIn, uniqueName, vaasaPath } from './helpers.mjs';

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
