// The link crawl (issue 14): the demo, crawled as the public from `/` and as
// each demo role from their home page, in Swedish, Finnish and English. Every
// same-site GET link the app prints (pages, downloads, assets, htmx GETs) is
// fetched over plain HTTP with the role's session and language; the crawl
// fails on any 5xx, on any 4xx (a link printed for a role must work for that
// role, so 401 and 403 fail too), on a link that sends the role to the
// sign-in page, on a page in the wrong language and on a download that is
// not what its name says. One page per route pattern and language is checked
// with axe-core in Chromium. And every plan published in the national demo
// opens as a page, a PDF, a DOCX and an HTML file, in each language.
//
// The national demo is big: the monitor and the admin each reach some 35,000
// URLs. A role whose crawl in Swedish reaches more than FULL_CRAWL_LIMIT URLs
// is crawled in full in Swedish and spot-checked in Finnish and English: every
// pattern (path with ids replaced, and the query's parameter names) the
// Swedish crawl found, SPOT_PER_PATTERN URLs of each, and their links by the
// same rule. The published plans' files and the open data, the same for
// everyone, are fetched once per run.
//
// All failures of a crawl are collected and listed together (URL, status,
// the page the link was found on, role, language).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BASE, LANGS, USERS,
  checkAxe, crawlSite, formatFailures, htmlLang, launch, linksIn, newContext, patternKey, routePattern,
  setLanguage, signIn,
} from './helpers.mjs';

/** The demo's roles (Porvoo's coordinator would crawl the same pages as Vaasa's). */
const ROLES = ['coordinator', 'contributor', 'viewer', 'instructor', 'monitor', 'admin'];

/** A role with more URLs than this in its first language is spot-checked in the others. */
const FULL_CRAWL_LIMIT = 5_000;
/** How many URLs of each pattern a spot check fetches. */
const SPOT_PER_PATTERN = 3;

/** The export formats of a published plan, with what each must look like. */
const EXPORTS = {
  'plan.pdf': { type: 'application/pdf', magic: '%PDF-' },
  'plan.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: 'PK' },
  'plan.html': { type: 'text/html', magic: '<!' },
};

/** Runs `fn` over `items`, `limit` at a time. */
async function eachLimited(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** The first `n` URLs of each pattern key a crawl found, as seeds for a spot check. */
function sample(foundOn, n) {
  const perKey = new Map();
  const seeds = [];
  for (const [url, from] of foundOn) {
    const key = patternKey(url);
    if ((perKey.get(key) ?? 0) >= n) continue;
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
    seeds.push([url, from]);
  }
  return seeds;
}

describe('link crawl', () => {
  let browser;
  // Route patterns (per language) axe has checked: each once, on the page
  // of the first role to reach it (the public first, then the roles above).
  const axeChecked = new Set();
  // The shared downloads (published plans' files, open data, assets) found good.
  const checked = new Set();
  const budget = { fetches: 0 };
  const began = Date.now();

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    console.log(`the crawl: ${budget.fetches} fetches, ${axeChecked.size} axe pages, ${((Date.now() - began) / 1000).toFixed(0)} s`);
  });

  /**
   * Crawls in each language with `context` (signed in, or not), then runs
   * axe on the route patterns not yet checked in that language; returns the
   * failures.
   */
  async function crawlRole(t, role, context, start, langs = LANGS) {
    const failures = [];
    const page = await context.newPage();
    let first = null;
    for (const lang of langs) {
      const started = Date.now();
      if (role !== 'public') {
        await page.goto(start);
        await setLanguage(page, lang);
      }
      const cookies = await context.cookies(BASE);
      const headers = { 'Accept-Language': lang };
      if (cookies.length > 0) headers.Cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const spot = first !== null && first.fetched + first.skipped > FULL_CRAWL_LIMIT;
      const result = await crawlSite({
        start,
        headers,
        lang,
        signedIn: role !== 'public',
        budget,
        checked,
        ...(spot ? { seeds: sample(first.foundOn, SPOT_PER_PATTERN), perPattern: SPOT_PER_PATTERN } : {}),
      });
      first ??= result;
      for (const f of result.failures) failures.push({ ...f, role, lang });

      let axed = 0;
      for (const { url } of result.pages) {
        const key = `${lang} ${routePattern(url)}`;
        if (axeChecked.has(key)) continue;
        axeChecked.add(key);
        axed += 1;
        try {
          await page.goto(url);
          assert.equal(await htmlLang(page), lang, `${url} should say lang="${lang}" in the browser`);
          await checkAxe(page, `${url} (${role}, ${lang})`);
        } catch (error) {
          const detail = error.message.replace(/\s*\d+ !== \d+\s*$/, '');
          failures.push({ role, lang, url, status: 'axe', foundOn: result.foundOn.get(url) ?? '', detail });
        }
      }
      t.diagnostic(
        `${role} ${lang} (${spot ? 'spot check' : 'full'}): ${result.fetched} URLs fetched `
        + `(${result.pages.length} pages, ${result.downloads} downloads), ${result.skipped} shared files already checked, `
        + `${axed} axe pages, ${((Date.now() - started) / 1000).toFixed(1)} s`
        + `${result.external.size ? `; other hosts linked: ${[...result.external].join(', ')}` : ''}`,
      );
    }
    await page.close();
    return failures;
  }

  test('every published plan opens as a page, PDF, DOCX and HTML, in each language', async (t) => {
    const failures = [];
    const found = (url, status, foundOn, detail, lang = '') => failures.push({ role: 'public', lang, url, status, foundOn, detail });
    // The plans the start page lists, and every published plan in the open data.
    const start = await (await fetch(`${BASE}/`)).text();
    const listed = linksIn(start).filter((href) => /^\/p\/[^/?#]+$/.test(href));
    assert.ok(listed.length >= 1, 'the start page lists published plans');
    const openData = await (await fetch(`${BASE}/open-data/plans.json`)).json();
    // Open data links are absolute (the server's public address); the plan's path is what is crawled here.
    const published = openData.items
      .map((item) => (item.link ?? '').replace(/^https?:\/\/[^/]+/, ''))
      .filter((link) => /^\/p\/[^/?#]+$/.test(link));
    assert.ok(published.length >= listed.length, 'the open data lists the published plans');
    const plans = [...new Set([...listed, ...published])];
    await eachLimited(plans, 4, async (plan) => {
      const foundOn = listed.includes(plan) ? '/' : '/open-data/plans.json';
      const response = await fetch(`${BASE}${plan}`, { redirect: 'manual' });
      const html = await response.text();
      if (response.status !== 200) {
        found(plan, response.status, foundOn, 'the published plan does not open');
        return;
      }
      const links = new Set(linksIn(html));
      for (const lang of LANGS) {
        for (const [file, expected] of Object.entries(EXPORTS)) {
          const path = `${plan}/${file}?lang=${lang}`;
          if (!links.has(path)) found(path, 'no link', plan, `the plan's page does not link ${file} in this language`, lang);
          const download = await fetch(`${BASE}${path}`, { redirect: 'manual' });
          const body = Buffer.from(await download.arrayBuffer());
          const type = download.headers.get('content-type') ?? '';
          if (download.status !== 200) {
            found(path, download.status, plan, body.toString('utf8').slice(0, 200), lang);
          } else if (!type.startsWith(expected.type)) {
            found(path, download.status, plan, `content-type ${type}, not ${expected.type}`, lang);
          } else if (!body.subarray(0, expected.magic.length).equals(Buffer.from(expected.magic))) {
            found(path, download.status, plan, `the body does not start with ${expected.magic}`, lang);
          } else if (file === 'plan.html' && !new RegExp(`<html[^>]*\\slang="${lang}"`).test(body.toString('utf8'))) {
            found(path, download.status, plan, `the HTML file does not say lang="${lang}"`, lang);
          } else if (body.length < 1000) {
            found(path, download.status, plan, `only ${body.length} bytes`, lang);
          } else {
            checked.add(path);
          }
        }
      }
    });
    t.diagnostic(`${plans.length} published plans (${listed.length} on the start page), ${plans.length * (1 + LANGS.length * 3)} URLs`);
    assert.equal(failures.length, 0, formatFailures(failures));
  });

  test('as the public, from /', async (t) => {
    const failures = [];
    for (const lang of LANGS) {
      // Not signed in, the language is the browser's: a context per language.
      const context = await newContext(browser, lang);
      try {
        failures.push(...await crawlRole(t, 'public', context, '/', [lang]));
      } finally {
        await context.close();
      }
    }
    assert.equal(failures.length, 0, formatFailures(failures));
  });

  for (const role of ROLES) {
    test(`as the ${role}, from their home page`, async (t) => {
      const context = await newContext(browser, 'en');
      try {
        const page = await context.newPage();
        await signIn(page, USERS[role]);
        const home = new URL(page.url()).pathname;
        await page.close();
        // English last: the person's language is left as the other tests expect.
        const failures = await crawlRole(t, role, context, home);
        assert.equal(failures.length, 0, formatFailures(failures));
      } finally {
        await context.close();
      }
    });
  }
});
