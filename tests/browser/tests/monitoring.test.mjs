// National monitoring in the browser: the dashboard, the map and its list
// (by keyboard), a review sent by the monitor and answered by the
// coordinator; axe-clean in three languages and without sideways scrolling
// at 320 px.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LANGS, USERS,
  assertFocusVisible, assertNoHorizontalScroll, checkAxe, htmlLang, launch, monitorPages, navigates,
  newContext, registerPath, setLanguage, signIn, t, tabTo, uniqueName,
} from './helpers.mjs';

const NARROW = { viewport: { width: 320, height: 640 } };

describe('national monitoring', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser?.close());

  for (const lang of LANGS) {
    test(`the monitor's pages are axe-clean and reflow at 320 px in ${lang}`, async () => {
      const wide = await newContext(browser, lang);
      const narrow = await newContext(browser, lang, NARROW);
      try {
        const page = await wide.newPage();
        await signIn(page, USERS.monitor);
        await setLanguage(page, lang);
        const paths = await monitorPages(page);
        for (const path of paths) {
          await page.goto(path);
          assert.equal(await htmlLang(page), lang);
          await checkAxe(page, `${path} (${lang})`);
        }
        const phone = await narrow.newPage();
        await signIn(phone, USERS.monitor);
        await setLanguage(phone, lang);
        for (const path of paths) {
          await phone.goto(path);
          await assertNoHorizontalScroll(phone, `${path} at 320 px (${lang})`);
          await checkAxe(phone, `${path} at 320 px (${lang})`);
        }
      } finally {
        await Promise.all([wide.close(), narrow.close()]);
      }
    });
  }

  test('every chart on the dashboard has a text alternative and a table of its numbers', async () => {
    const context = await newContext(browser, 'en');
    try {
      const page = await context.newPage();
      await signIn(page, USERS.monitor);
      await page.goto('/national');
      const charts = page.locator('main figure.chart');
      const count = await charts.count();
      assert.ok(count >= 5, `the dashboard should draw its breakdowns, found ${count}`);
      for (let i = 0; i < count; i += 1) {
        const chart = charts.nth(i);
        const svg = chart.locator('svg[role="img"]');
        assert.ok((await svg.locator('desc').textContent()).length > 20, 'each chart describes itself');
        const bars = await svg.locator('text').count();
        const rows = await chart.locator('table tbody tr').count();
        assert.equal(rows, bars, 'the table has a row for each bar');
      }
      // The filters work without JavaScript: a GET form.
      await page.locator('#f-country').selectOption('FI');
      await navigates(page, () => page.locator('form.filters button[type="submit"]').click());
      assert.match(page.url(), /country=FI/);
      const countries = page.locator('#by-country-caption + svg text');
      assert.equal(await countries.count(), 1, 'filtered to Finland, one country is left');
    } finally {
      await context.close();
    }
  });

  test('the map is used with the keyboard and its list holds the same municipalities', async () => {
    const context = await newContext(browser, 'en');
    try {
      const page = await context.newPage();
      await signIn(page, USERS.monitor);
      await page.goto('/national/map');
      const places = page.locator('svg.map-svg a');
      const rows = page.locator('.map-list tbody tr');
      assert.equal(await places.count(), 309, 'every Finnish municipality is on the map');
      assert.equal(await rows.count(), await places.count(), 'the list has a row for each place on the map');
      const mapCodes = (await places.evaluateAll((as) => as.map((a) => a.dataset.code))).sort();
      const listCodes = (await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.code))).sort();
      assert.deepEqual(listCodes, mapCodes);
      // Tab reaches the first municipality; its name says its status.
      await tabTo(page, places.first(), 80);
      await assertFocusVisible(page);
      const label = await places.first().getAttribute('aria-label');
      const statuses = ['no_plan', 'draft', 'approved_current', 'outdated', 'elements_missing', 'pay_survey_missing', 'follow_up_overdue']
        .map((s) => t('en', `status-${s.replaceAll('_', '-')}`));
      assert.ok(statuses.some((s) => label.endsWith(`: ${s}`)), `the accessible name says the status: ${label}`);
      await navigates(page, () => page.keyboard.press('Enter'));
      assert.match(new URL(page.url()).pathname, /^\/orgs\/[^/]+\/reviews$/, 'Enter opens the municipality');
    } finally {
      await context.close();
    }
  });

  test('a monitor reviews Vaasa\'s plan, the coordinator reads the feedback and answers', async () => {
    const monitorContext = await newContext(browser, 'en');
    const coordinatorContext = await newContext(browser, 'en');
    try {
      const monitor = await monitorContext.newPage();
      await signIn(monitor, USERS.monitor);
      await setLanguage(monitor, 'en');
      const vaasa = await registerPath(monitor, 'Vaasa');
      await monitor.goto(`${vaasa}/reviews/new/fi-non-discrimination`);
      // An empty feedback is refused with a message, and what was typed stays.
      const findings = uniqueName('Findings ');
      await monitor.locator('#review-findings').fill(findings);
      await monitor.locator('#recommendation-revise').check();
      await navigates(monitor, () => monitor.locator('main form button[type="submit"]').click());
      assert.equal((await monitor.locator('#form-error').innerText()).trim(), t('en', 'error-review-empty-feedback'));
      assert.equal(await monitor.locator('#review-findings').inputValue(), findings);
      // Judge the first element and send, with the keyboard.
      const firstVerdict = monitor.locator('select[name^="verdict:"]').first();
      await firstVerdict.selectOption('partly');
      const feedback = uniqueName('Please complete the plan ');
      await monitor.locator('#review-feedback').fill(feedback);
      await monitor.locator('#review-feedback').focus();
      await tabTo(monitor, monitor.locator('main form button[type="submit"]'));
      await navigates(monitor, () => monitor.keyboard.press('Enter'));
      assert.equal((await monitor.locator('main .notice.ok').innerText()).trim(), t('en', 'notice-review-sent'));
      await checkAxe(monitor, 'reviews after sending');

      const coordinator = await coordinatorContext.newPage();
      await signIn(coordinator, USERS.coordinator);
      await setLanguage(coordinator, 'en');
      await coordinator.goto(`${vaasa}/reviews`);
      const review = coordinator.locator('article.review', { hasText: feedback });
      assert.ok(await review.isVisible(), 'the coordinator sees the feedback');
      assert.ok((await review.innerText()).includes(t('en', 'review-recommendation-revise')));
      const answer = uniqueName('We will add the staff data ');
      await review.locator('textarea').fill(answer);
      await navigates(coordinator, () => review.locator('button[type="submit"]').click());
      assert.equal((await coordinator.locator('main .notice.ok').innerText()).trim(), t('en', 'notice-review-answered'));

      await monitor.goto(`${vaasa}/reviews`);
      const seen = monitor.locator('article.review', { hasText: feedback });
      assert.ok((await seen.innerText()).includes(answer), 'the monitor sees the answer; the history stays');
    } finally {
      await Promise.all([monitorContext.close(), coordinatorContext.close()]);
    }
  });

  test('an instructor sees the organisations assigned to them only', async () => {
    const context = await newContext(browser, 'en');
    try {
      const page = await context.newPage();
      await signIn(page, USERS.instructor);
      await page.goto('/national');
      assert.ok((await page.locator('main').innerText()).includes(t('en', 'overview-instructor-scope')));
      await checkAxe(page, '/national as an instructor');
      await page.goto('/national/map');
      const places = await page.locator('svg.map-svg a').count();
      assert.ok(places > 0 && places < 309, `the instructor's map links their municipalities only (${places})`);
      await checkAxe(page, '/national/map as an instructor');
    } finally {
      await context.close();
    }
  });
});
