// The forms can be completed with the keyboard alone: from the top of the
// page, Tab to each field, type, and submit with Enter or Space. Whatever has
// the focus shows it.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  USERS, assertFocusVisible, assertNotice, htmlLang, launch, newAccount, newContext, newPage, outboxFiles,
  requestReset, signIn, t, tabTo, uniqueName, vaasaPath, waitForLink,
} from './helpers.mjs';

/** Presses `key` and waits for the page it submits to load. */
async function press(page, key) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}

/** Signs in with the keyboard only; leaves the page where sign-in leads. */
async function keyboardSignIn(page, email, password) {
  await page.goto('/sign-in');
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await tabTo(page, '#password', 3);
  await page.keyboard.type(password);
  await press(page, 'Enter');
}

/** Tabs through the first `count` stops of the page, checking each shows its focus. */
async function checkEveryFocusStop(page, count) {
  const stops = new Set();
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      return el === document.body ? null : `${el.tagName}#${el.id}|${el.getAttribute('href') ?? el.getAttribute('name') ?? ''}|${el.textContent.trim().slice(0, 30)}|${[...el.parentNode.children].indexOf(el)}`;
    });
    if (stop === null || stops.has(stop)) break; // Back at the top: every stop was seen.
    stops.add(stop);
    await assertFocusVisible(page);
  }
  assert.ok(stops.size >= 5, `only ${stops.size} focus stops found on ${page.url()}`);
}

describe('keyboard only', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(() => browser?.close());

  test('every focus stop shows a visible focus outline', async () => {
    const visitor = await newPage(browser, 'fi');
    const member = await newPage(browser, 'en');
    try {
      await visitor.goto('/sign-in');
      await checkEveryFocusStop(visitor, 40);

      await signIn(member, USERS.coordinator);
      await member.goto(`${await vaasaPath(member)}/members`);
      await checkEveryFocusStop(member, 80);
    } finally {
      await Promise.all([visitor.context().close(), member.context().close()]);
    }
  });

  test('the skip link is the first stop and moves the focus to the content', async () => {
    const page = await newPage(browser, 'sv');
    try {
      await page.goto('/');
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      assert.ok(await skip.evaluate((el) => el === document.activeElement), 'the first Tab should reach the skip link');
      assert.ok(await skip.isVisible(), 'the focused skip link should be on screen');
      assert.equal((await skip.innerText()).trim(), t('sv', 'skip-to-content'));
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    } finally {
      await page.context().close();
    }
  });

  test('sign in', async () => {
    const page = await newPage(browser, 'sv');
    try {
      await keyboardSignIn(page, USERS.contributor, 'jamlik-demo-2026');
      assert.equal(new URL(page.url()).pathname, '/home');
      assert.ok(await page.locator('.site-nav a[href="/profile"]').isVisible(), 'signed in, the header links to the profile');
    } finally {
      await page.context().close();
    }
  });

  test('the language switcher', async () => {
    const page = await newPage(browser, 'sv');
    try {
      await page.goto('/');
      assert.equal(await htmlLang(page), 'sv');
      await tabTo(page, '.lang-switch button[value="fi"]');
      await assertFocusVisible(page);
      await press(page, 'Enter');
      assert.equal(await htmlLang(page), 'fi');
      assert.equal((await page.locator('h1').innerText()).trim(), t('fi', 'start-heading'));
      assert.equal(await page.locator('.lang-switch button[value="fi"]').getAttribute('aria-current'), 'true');
    } finally {
      await page.context().close();
    }
  });

  test('forgot password sends a link', async () => {
    const account = await newAccount(browser, 'forgot');
    const page = await newPage(browser, 'fi');
    try {
      const before = outboxFiles();
      await page.goto('/forgot-password');
      await tabTo(page, '#email');
      await page.keyboard.type(account.email);
      await press(page, 'Enter');
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      await assertNotice(page, 'notice-reset-sent');
      assert.match(await waitForLink(account.email, 'reset-password', before), /^\/reset-password\//);
    } finally {
      await page.context().close();
    }
  });

  test('reset the password through the mailed link, then sign in with it', async () => {
    const account = await newAccount(browser, 'reset');
    const link = await requestReset(browser, account.email);
    const page = await newPage(browser, 'en');
    try {
      const password = `new-${uniqueName('pw')}`;
      await page.goto(link);
      await tabTo(page, '#password');
      await page.keyboard.type(password);
      await tabTo(page, '#confirm', 3);
      await page.keyboard.type(password);
      await press(page, 'Enter');
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      await assertNotice(page, 'notice-password-set');

      await keyboardSignIn(page, account.email, account.password);
      assert.equal(new URL(page.url()).pathname, '/sign-in', 'the old password should no longer work');
      await keyboardSignIn(page, account.email, password);
      assert.equal(new URL(page.url()).pathname, '/home', 'the new password should work');
    } finally {
      await page.context().close();
    }
  });

  test('invite a member', async () => {
    const page = await newPage(browser, 'en');
    try {
      await signIn(page, USERS.coordinator);
      await page.goto(`${await vaasaPath(page)}/members`);
      const email = `${uniqueName('invitee')}@test.example`;
      const name = `Keyboard ${uniqueName('Invitee')}`;
      await tabTo(page, '#invite-email');
      await page.keyboard.type(email);
      await tabTo(page, '#invite-name', 3);
      await page.keyboard.type(name);
      await press(page, 'Enter');
      await assertNotice(page, 'notice-member-invited');
      const row = page.locator('table tbody tr').filter({ hasText: email });
      assert.equal(await row.count(), 1, `${email} should be listed once in the members table`);
      assert.match(await row.innerText(), new RegExp(name));
    } finally {
      await page.context().close();
    }
  });

  test('organisation settings: toggle a checkbox with Space and save', async () => {
    const page = await newPage(browser, 'en');
    try {
      await signIn(page, USERS.coordinator);
      const settings = `${await vaasaPath(page)}/settings`;
      await page.goto(settings);
      const box = page.locator('input[name="frameworks"][value="gender-mainstreaming"]');
      const was = await box.isChecked();
      await tabTo(page, box);
      await assertFocusVisible(page);
      await page.keyboard.press('Space');
      assert.equal(await box.isChecked(), !was, 'Space should toggle the checkbox');
      await tabTo(page, 'form[action$="/settings"] button[type="submit"]');
      await press(page, 'Space');
      await assertNotice(page, 'notice-settings-saved');
      await page.goto(settings);
      assert.equal(await box.isChecked(), !was, 'the change should be saved');
    } finally {
      await page.context().close();
    }
  });

  test('profile: change the name', async () => {
    const account = await newAccount(browser, 'profile');
    const page = await newPage(browser, 'fi');
    try {
      await signIn(page, account.email, account.password);
      await page.goto('/profile');
      const name = `Renamed ${uniqueName('Person')}`;
      await tabTo(page, '#name');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(name);
      await press(page, 'Enter');
      await assertNotice(page, 'notice-profile-saved');
      assert.equal(await page.locator('#name').inputValue(), name);
      assert.match(await page.locator('.site-nav a[href="/profile"]').innerText(), new RegExp(name));
    } finally {
      await page.context().close();
    }
  });

  test('profile: create an API token', async () => {
    const account = await newAccount(browser, 'token');
    const page = await newPage(browser, 'sv');
    try {
      await signIn(page, account.email, account.password);
      await page.goto('/profile');
      const label = `Keyboard token ${uniqueName('t')}`;
      await tabTo(page, '#token-name');
      await page.keyboard.type(label);
      await press(page, 'Enter');
      const lang = await htmlLang(page);
      const created = page.locator('main .notice.ok[role="status"]').filter({ has: page.locator('#new-token') });
      assert.match(await created.innerText(), new RegExp(t(lang, 'profile-token-created').slice(0, 20)));
      const secret = (await page.locator('#new-token').innerText()).trim();
      assert.ok(secret.length >= 20, `the new token's secret should be shown, not "${secret}"`);
      assert.equal(await page.locator('table tbody tr').filter({ hasText: label }).count(), 1, 'the token should be listed');
    } finally {
      await page.context().close();
    }
  });

  test('admin: add an organisation', async () => {
    const page = await newPage(browser, 'en');
    try {
      await signIn(page, USERS.admin);
      await page.goto('/admin/organisations');
      const id = uniqueName('');
      const names = { fi: `Testikunta ${id}`, sv: `Testkommun ${id}`, en: `Test municipality ${id}` };
      // The form is below a long table: the link at the top jumps there.
      await tabTo(page, 'main a[href="#new-org-heading"]');
      await page.keyboard.press('Enter');
      for (const lang of ['fi', 'sv', 'en']) {
        await tabTo(page, `#new-name-${lang}`);
        await page.keyboard.type(names[lang]);
      }
      await press(page, 'Enter');
      assert.match(new URL(page.url()).pathname, /^\/orgs\/[^/]+$/);
      await assertNotice(page, 'notice-organisation-created');
      assert.equal((await page.locator('h1').innerText()).trim(), names[await htmlLang(page)]);
    } finally {
      await page.context().close();
    }
  });
});
