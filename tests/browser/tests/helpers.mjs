// Shared helpers for the browser tests: launching Chromium, signing in,
// keyboard navigation, the axe-core check, the mail outbox and the
// translations. `cargo xtask browser` sets JAMLIK_URL, JAMLIK_OUTBOX and
// CHROMIUM_PATH and starts a fresh demo server.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

export const BASE = (process.env.JAMLIK_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const OUTBOX = process.env.JAMLIK_OUTBOX;
export const DEMO_PASSWORD = 'jamlik-demo-2026';
export const LANGS = ['sv', 'fi', 'en'];

export const USERS = {
  admin: 'admin@jamlik.example',
  monitor: 'monitor@jamlik.example',
  coordinator: 'coordinator@vaasa.example',
  contributor: 'contributor@vaasa.example',
  viewer: 'viewer@vaasa.example',
  porvoo: 'coordinator@porvoo.example',
  instructor: 'instructor@jamlik.example',
  // A contributor of Vaasa who has read every lesson of the demo course and
  // passed five of its six quizzes (courses.test.mjs takes the sixth).
  learner: 'hanna.holm@vaasa.example',
};

const ACCEPT_LANGUAGE = { sv: 'sv-FI,sv;q=0.9', fi: 'fi-FI,fi;q=0.9', en: 'en-GB,en;q=0.9' };
const LOCALE = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };

// ---------------------------------------------------------------- browser

/** Starts Debian's Chromium headless; never downloads a browser. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies) whose browser asks for `lang`. */
export async function newContext(browser, lang = 'en', options = {}) {
  const context = await browser.newContext({
    baseURL: BASE,
    locale: LOCALE[lang],
    extraHTTPHeaders: { 'Accept-Language': ACCEPT_LANGUAGE[lang] },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  // The status each page's document was answered with, for checkAxe.
  context.on('response', (response) => {
    const frame = response.frame();
    if (response.request().isNavigationRequest() && frame && frame === frame.page().mainFrame()) {
      documentStatus.set(frame.page(), { status: response.status(), url: response.url() });
    }
  });
  return context;
}

/** The last document each page was answered with: its status and address. */
const documentStatus = new WeakMap();

/** A new page in a fresh context; closing the page's context is up to the caller. */
export async function newPage(browser, lang = 'en', options = {}) {
  const context = await newContext(browser, lang, options);
  return context.newPage();
}

/** Waits for the navigation that `action` starts (a form post and its redirect). */
export async function navigates(page, action) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}

/** The language the page says it is in. */
export async function htmlLang(page) {
  return page.locator('html').getAttribute('lang');
}

/** Signs in through the form (with the mouse, not the keyboard) and lands on /home. */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await navigates(page, () => page.locator('form[action="/sign-in"] button[type="submit"]').click());
  assert.equal(new URL(page.url()).pathname, '/home', `signing in as ${email} should lead to /home, not ${page.url()}`);
}

/** Switches the language with the header's switcher (stored on the person when signed in). */
export async function setLanguage(page, lang) {
  if ((await htmlLang(page)) === lang) return;
  await navigates(page, () => page.locator(`.lang-switch button[value="${lang}"]`).click());
  assert.equal(await htmlLang(page), lang, `the language switcher should switch to ${lang}`);
}

/** The path of an organisation's dashboard, found from its member's /home by its name. */
export async function orgPath(page, name) {
  await page.goto('/home');
  const link = page.locator('main a[href^="/orgs/"]').filter({ hasText: name }).first();
  const href = await link.getAttribute('href');
  assert.match(href ?? '', /^\/orgs\/[^/]+$/, `/home should link to ${name}`);
  return href;
}

/** The path of Vaasa's dashboard (the page must be signed in as a member of Vaasa). */
export async function vaasaPath(page) {
  return orgPath(page, /Vaasa|Vasa/);
}

let unique = 0;
/** A name no other test or run uses. */
export function uniqueName(prefix) {
  unique += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${unique}`;
}

// ---------------------------------------------------------------- keyboard

/** Describes the focused element, for failure messages. */
async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent || el.value || '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id} "${text}"`;
  });
}

/**
 * Presses Tab (from wherever focus is: right after a page load, the top of
 * the page) until `locator`'s element has the focus; fails after `max` presses.
 */
export async function tabTo(page, locator, max = 60) {
  const target = typeof locator === 'string' ? page.locator(locator) : locator;
  await target.waitFor({ state: 'attached' });
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i + 1;
    seen.push(await describeFocus(page));
  }
  assert.fail(`Tab did not reach ${target} in ${max} presses; focus went: ${seen.join(' → ')}`);
}

/** Relative luminance of an `rgb()`/`rgba()` colour string, and its alpha. */
function parseColour(text) {
  const parts = (text.match(/[\d.]+/g) ?? []).map(Number);
  const [r, g, b, a = 1] = parts;
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return { luminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b), alpha: a };
}

/**
 * Checks that the focused element shows a focus indicator: an outline that is
 * not 'none', at least 2 px wide, with a contrast of at least 3:1 against the
 * background it is drawn on (WCAG 2.1 1.4.11 and 2.4.7).
 */
export async function assertFocusVisible(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    const css = getComputedStyle(el);
    // The outline is drawn just outside the element, over whatever is there:
    // look at a point on it and take the first opaque background beneath.
    const box = el.getBoundingClientRect();
    const out = parseFloat(css.outlineOffset) + parseFloat(css.outlineWidth) / 2;
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const x = box.left - out >= 0 ? box.left - out : Math.min(box.right + out, innerWidth - 1);
    const opaque = (node) => {
      for (; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        const alpha = bg.startsWith('rgba') ? Number(bg.split(',')[3].replace(')', '')) : 1;
        if (bg !== 'transparent' && alpha === 1) return bg;
      }
      return null;
    };
    const beneath = document.elementsFromPoint(x, y).filter((e) => e !== el && !el.contains(e));
    const background = beneath.map(opaque).find(Boolean) ?? 'rgb(255, 255, 255)';
    return { outlineStyle: css.outlineStyle, outlineWidth: css.outlineWidth, outlineColor: css.outlineColor, background };
  });
  const what = await describeFocus(page);
  assert.notEqual(style.outlineStyle, 'none', `${what} has no visible focus outline`);
  assert.ok(parseFloat(style.outlineWidth) >= 2, `${what}'s focus outline is only ${style.outlineWidth} wide`);
  const outline = parseColour(style.outlineColor);
  const ground = parseColour(style.background);
  const ratio = (Math.max(outline.luminance, ground.luminance) + 0.05) / (Math.min(outline.luminance, ground.luminance) + 0.05);
  assert.ok(ratio >= 3, `${what}'s focus outline (${style.outlineColor}) has a contrast of only ${ratio.toFixed(2)}:1 on ${style.background}`);
}

// ---------------------------------------------------------------- axe

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails listing every
 * violation. The app's CSP forbids inline scripts, so axe is evaluated through
 * the DevTools protocol rather than added as a <script>.
 */
export async function checkAxe(page, label = page.url(), { status = 'ok' } = {}) {
  // A 500 or a 403 page is not the page the test meant to check: a page is
  // expected to answer below 400, or the very status given (an error page
  // checked on purpose, a form shown again with its error).
  const answered = documentStatus.get(page);
  if (answered && status === 'ok') {
    assert.ok(answered.status < 400, `${label} answered ${answered.status} (${answered.url}), not the page itself`);
  } else if (answered) {
    assert.equal(answered.status, status, `${label} answered ${answered.status} (${answered.url}), not ${status}`);
  }
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  const report = results.violations.map((v) => {
    const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`);
    return `  ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
  });
  assert.equal(results.violations.length, 0, `axe found ${results.violations.length} violation(s) on ${label}:\n${report.join('\n')}`);
}

// ---------------------------------------------------------------- layout

/** Fails when the page scrolls sideways at its current viewport width. */
export async function assertNoHorizontalScroll(page, label = page.url()) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 0.5) return false;
        // Ignore what sits inside a container that scrolls by itself (tables).
        for (let p = el.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide: offenders };
  });
  assert.ok(
    scrollWidth <= 320,
    `${label} is ${scrollWidth} px wide at a ${clientWidth} px viewport; too wide: ${wide.join(', ') || '(not found)'}`,
  );
}

/**
 * Fails when a data table is hard to read at the current width: a word in a
 * cell broken across lines although it would fit the cell whole (a column
 * squeezed to a letter a line), or a table stacked into blocks for a narrow
 * screen whose content still sticks out sideways.
 */
export async function assertTablesReadable(page, label = page.url()) {
  const problems = await page.evaluate(() => {
    const found = [];
    const canvas = document.createElement('canvas').getContext('2d');
    for (const table of document.querySelectorAll('table')) {
      const wrap = table.closest('.table-wrap') ?? table.parentElement;
      const stacked = getComputedStyle(table.querySelector('tbody tr') ?? table).display === 'block';
      if (stacked && wrap.scrollWidth > wrap.clientWidth + 1) {
        found.push(`a stacked table is ${wrap.scrollWidth} px wide in ${wrap.clientWidth} px`);
      }
      for (const cell of table.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // The room a line has: the width of the block the text sits in.
          let block = node.parentElement;
          while (block !== cell && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
          const css = getComputedStyle(block);
          const room = block.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
          canvas.font = getComputedStyle(node.parentElement).font;
          // Breaking after a hyphen, an en dash or a slash is fine, and so is a
          // break at a syllable the server marked with a soft hyphen: count the
          // pieces between.
          for (const word of node.data.matchAll(/[^\s/\-–\u00AD]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            // A line broken at a soft hyphen shows the hyphen, and the browser
            // reports that glyph as part of the piece after it: leave it out.
            const afterShy = node.data[word.index - 1] === '\u00AD';
            const hyphen = canvas.measureText('-').width + 1;
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const last = rects.at(-1);
            const lines = new Set(rects
              .filter((r) => !(afterShy && r.width <= hyphen && last && r.top < last.top))
              .map((r) => Math.round(r.top)));
            if (lines.size > 1 && canvas.measureText(word[0]).width <= room) {
              found.push(`"${word[0]}" broken over ${lines.size} lines`);
            }
          }
        }
      }
    }
    return found;
  });
  assert.equal(problems.length, 0, `${label}: a table is hard to read: ${problems.slice(0, 10).join(', ')}`);
}

// ---------------------------------------------------------------- mail

/** Decodes a quoted-printable body (soft line breaks and =XX bytes, as UTF-8). */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Every mail in the outbox, oldest first: { file, to, body }. */
export function readOutbox() {
  assert.ok(OUTBOX, 'JAMLIK_OUTBOX is not set');
  let files;
  try {
    files = readdirSync(OUTBOX).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  // The files are named by UUIDv7, so the name sorts by time.
  return files.sort().map((file) => {
    const raw = readFileSync(path.join(OUTBOX, file), 'utf8');
    const split = raw.search(/\r?\n\r?\n/);
    const head = raw.slice(0, split);
    const rawBody = raw.slice(split).trimStart();
    const to = (head.match(/^To:\s*(.+)$/im)?.[1] ?? '').trim();
    const qp = /^Content-Transfer-Encoding:\s*quoted-printable/im.test(head);
    return { file, to, body: qp ? decodeQuotedPrintable(rawBody) : rawBody };
  });
}

/**
 * Waits for the newest mail to `to` holding a link to `/linkPath/...` and
 * not among `before` (file names); returns the link's path.
 */
export async function waitForLink(to, linkPath, before = new Set(), timeoutMs = 10_000) {
  const pattern = new RegExp(`https?://[^\\s/]+(/${linkPath}/[A-Za-z0-9_-]+)`);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const mails = readOutbox().filter((m) => !before.has(m.file) && m.to.includes(to) && pattern.test(m.body));
    if (mails.length > 0) return mails[mails.length - 1].body.match(pattern)[1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`no mail to ${to} with a /${linkPath}/ link arrived in ${OUTBOX} within ${timeoutMs} ms`);
}

/** The names of the mails now in the outbox. */
export function outboxFiles() {
  return new Set(readOutbox().map((m) => m.file));
}

/**
 * The coordinator of Porvoo invites a fresh address (through the members page,
 * with the mouse); returns the address, the name and the mailed welcome link's
 * path. Porvoo, so that the accounts tests spend do not lengthen Vaasa's
 * members table, which the keyboard tests tab through.
 */
export async function invite(browser, prefix = 'person') {
  const email = `${uniqueName(prefix)}@test.example`;
  const name = `Test ${prefix}`;
  const context = await newContext(browser, 'en');
  try {
    const page = await context.newPage();
    await signIn(page, USERS.porvoo);
    await page.goto(`${await orgPath(page, /Porvoo|Borgå/)}/members`);
    const before = outboxFiles();
    await page.locator('#invite-email').fill(email);
    await page.locator('#invite-name').fill(name);
    await navigates(page, () => page.locator('form[aria-labelledby="invite-heading"] button[type="submit"]').click());
    assert.match(page.url(), /notice=member-invited/, `inviting ${email} failed`);
    return { email, name, welcomePath: await waitForLink(email, 'welcome', before) };
  } finally {
    await context.close();
  }
}

/** A new account to spend on a test: invited, then its password set through the welcome link. */
export async function newAccount(browser, prefix = 'person') {
  const { email, name, welcomePath } = await invite(browser, prefix);
  const password = `pw-${uniqueName('secret')}`;
  const page = await newPage(browser, 'en');
  try {
    await page.goto(welcomePath);
    await page.locator('#password').fill(password);
    await page.locator('#confirm').fill(password);
    await navigates(page, () => page.locator('main form button[type="submit"]').click());
    assert.match(page.url(), /notice=password-set/, `setting ${email}'s password failed`);
  } finally {
    await page.context().close();
  }
  return { email, password, name };
}

/** Asks for a password reset for `email` (through the form) and returns the mailed link's path. */
export async function requestReset(browser, email) {
  const page = await newPage(browser, 'en');
  try {
    const before = outboxFiles();
    await page.goto('/forgot-password');
    await page.locator('#email').fill(email);
    await navigates(page, () => page.locator('main form button[type="submit"]').click());
    return await waitForLink(email, 'reset-password', before);
  } finally {
    await page.context().close();
  }
}

// ---------------------------------------------------------------- translations

const catalogues = {};

/** A message from the app's .ftl files (simple messages; `{ $x }` left as is unless given). */
export function t(lang, key, args = {}) {
  if (!catalogues[lang]) {
    const dir = path.join(here, '../../../crates/jamlik-i18n/locales', lang);
    const text = readdirSync(dir).filter((name) => name.endsWith('.ftl')).sort()
      .map((name) => readFileSync(path.join(dir, name), 'utf8')).join('\n');
    const entries = {};
    let current = null;
    for (const line of text.split('\n')) {
      const entry = line.match(/^([a-zA-Z][\w-]*)\s*=\s*(.*)$/);
      if (entry) {
        current = entry[1];
        entries[current] = entry[2];
      } else if (current && /^\s+\S/.test(line) && !/^\s*[.[*]/.test(line)) {
        entries[current] = `${entries[current]} ${line.trim()}`.trim();
      } else if (!/^\s/.test(line)) {
        current = null;
      }
    }
    catalogues[lang] = entries;
  }
  const message = catalogues[lang][key];
  assert.ok(message !== undefined, `no message ${key} in ${lang}`);
  return message.replace(/\{\s*\$(\w+)\s*\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/** Checks the page's success notice is the message `key` in the page's language. */
export async function assertNotice(page, key) {
  const lang = await htmlLang(page);
  const notice = page.locator('main .notice.ok[role="status"]').first();
  assert.ok(await notice.isVisible(), `no success notice on ${page.url()}`);
  assert.equal((await notice.innerText()).trim(), t(lang, key));
}

// ---------------------------------------------------------------- the pages

/** The pages anyone sees (the mailed-link pages are added by each test). */
export const PUBLIC_PAGES = [
  '/', '/sign-in', '/forgot-password', '/no-such-page',
  '/register', '/register?q=vaa', '/register?q=%25', '/o/FI-905', '/o/SE-0180', '/o/FI-999',
  '/overview', '/overview?status=no_plan', '/overview/map', '/overview/map?country=SE',
  '/guide', '/guide/fi-gender-equality', '/guide/fi-gender-equality/pay-survey', '/guide/no-such-guide',
  '/guide/search?q=suunnitelmassa', '/guide/search?q=%25', '/catalogue', '/catalogue?framework=fi-non-discrimination&category=services',
  '/catalogue?category=nonsense', '/handbooks/good-relations', '/handbooks/good-relations/safety',
  '/handbooks/urban-planning', '/handbooks/urban-planning/who-is-heard',
  // Online training: the course list, the course, a lesson with an image, a
  // quiz's page (signed out: its rules), the verification form and a code no
  // certificate has.
  '/courses', '/courses/equal-municipality', '/courses/equal-municipality/lessons/mainstreaming-3r',
  '/courses/equal-municipality/quiz/grounds', '/verify', '/verify/ABCD-EFGH-JKLM',
];

/** The status a public page answers with when it is checked in an error state on purpose. */
export const PUBLIC_STATUS = {
  '/no-such-page': 404, '/register?q=%25': 422, '/o/FI-999': 404,
  '/guide/no-such-guide': 404, '/guide/search?q=%25': 422, '/catalogue?category=nonsense': 422,
  '/verify/ABCD-EFGH-JKLM': 404,
};

/**
 * The pages of an organisation and the person, as its coordinator sees them;
 * and the person's certificates, the course with their progress and a quiz
 * with their attempts (the demo coordinator has completed the course and
 * holds a valid certificate).
 */
export function memberPages(org) {
  return [
    '/home', org, `${org}/members`, `${org}/settings`, `${org}/audit`, `${org}/plans`, `${org}/services`, '/profile', '/no-such-page',
    '/certificates', '/courses/equal-municipality', '/courses/equal-municipality/quiz/grounds',
    `${org}/training`,
  ];
}

/** The demo plan's page and one of its measures (ids are found, not fixed). */
export async function planningPages(page, org) {
  await page.goto(`${BASE}${org}/plans`);
  // The demo plan (other tests start plans of their own).
  const plan = await page.locator('main ul.cards a', { hasText: 'tasa-arvosuunnitelma 2025' }).first().getAttribute('href');
  assert.ok(plan, 'the demo organisation has a plan');
  await page.goto(`${BASE}${plan}`);
  const measure = await page.locator('main table a[href*="/measures/"]').first().getAttribute('href');
  assert.ok(measure, 'the demo plan has measures');
  const step = await page.locator('main ol.steps a').first().getAttribute('href');
  assert.ok(step, 'the plan page links to the frameworks\' steps');
  await page.goto(`${BASE}${plan}/assessment`);
  const service = await page.locator('main table.matrix th[scope="row"] a').first().getAttribute('href');
  assert.ok(service, 'the matrix links to each service\'s assessment');
  await page.goto(`${BASE}${plan}/rounds`);
  const round = await page.locator('main ul.cards a').first().getAttribute('href');
  assert.ok(round, 'the demo plan has a follow-up round');
  return [
    plan, measure, step, `${plan}/translations`, `${plan}/steps/fi-gender-equality/situation`,
    `${plan}/assessment`, service, `${plan}/consultations`, `${plan}/rounds`, round,
    ...(await analysisPages(page, org)),
  ];
}

/** The analysis list and the demo's finished analyses (one per kind). */
export async function analysisPages(page, org) {
  await page.goto(`${BASE}${org}/analysis`);
  const results = await page.locator('main table a[href*="/analysis/"]').evaluateAll(
    (links) => links.map((a) => a.getAttribute('href')),
  );
  assert.ok(results.length >= 5, 'the demo has a finished analysis per kind');
  return [`${org}/analysis`, ...results.slice(-5)];
}

/** The admin's pages. */
export const ADMIN_PAGES = ['/admin/organisations', '/admin/users', '/admin/audit', '/admin/instructors'];

/**
 * The national pages a monitor sees, with Vaasa's reviews and review form
 * (found through the register), and the review form opened on a demo
 * municipality's self-report (found through the form's list of subjects).
 */
export async function monitorPages(page) {
  const vaasa = await registerPath(page, 'Vaasa');
  let selfReport = null;
  for (const name of ['Alajärvi', 'Alavus', 'Alavieska', 'Akaa', 'Asikkala']) {
    const org = await registerPath(page, name);
    for (const framework of ['fi-gender-equality', 'fi-non-discrimination']) {
      await page.goto(`${org}/reviews/new/${framework}`);
      const links = page.locator('main nav a[href*="subject=self-report"]');
      if ((await page.locator('#review-self-report').count()) > 0) {
        selfReport = `${org}/reviews/new/${framework}`;
        break;
      }
      if ((await links.count()) > 0) {
        selfReport = await links.first().getAttribute('href');
        break;
      }
    }
    if (selfReport) break;
  }
  assert.ok(selfReport, 'a demo municipality has a self-report to review');
  return [
    '/national', '/national?status=no_plan', '/national/map', '/national/reminders',
    `${vaasa}/reviews`, `${vaasa}/reviews/new/fi-non-discrimination`, selfReport,
  ];
}

/** An organisation's path found through the admin register's search (for monitors). */
export async function registerPath(page, name) {
  await page.goto(`/admin/organisations?q=${encodeURIComponent(name)}`);
  const href = await page.locator('#org-results a[href^="/orgs/"]').first().getAttribute('href');
  assert.match(href ?? '', /^\/orgs\/[^/]+$/, `the register should find ${name}`);
  return href;
}

// ---------------------------------------------------------------- the crawl

/**
 * The most URLs the whole crawl fetches, so that it can never run forever:
 * the national demo has some 70,000 (the monitor and the admin reach some
 * 35,000 each in one language).
 */
export const MAX_FETCHES = 100_000;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references in an attribute's value. */
function decodeAttribute(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The GET links in a page, as written: every href (links and stylesheets),
 * src (scripts, images) and hx-get. Form actions are not links.
 */
export function linksIn(html) {
  const links = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/\s(?:href|src|hx-get)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    links.push(decodeAttribute(match[1] ?? match[2]).trim());
  }
  return links;
}

/** A same-site link's path and query (no fragment), or null for anything else. */
function sameSite(href, from) {
  if (!href || href.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(href)) return null;
  let url;
  try {
    url = new URL(href, from);
  } catch {
    return null;
  }
  if (url.origin !== new URL(BASE).origin) return null;
  return `${url.pathname}${url.search}`;
}

/**
 * A URL's route pattern: its path with every segment that looks like an id
 * (a UUID, a number, a code with digits in it) replaced by `{id}`, without
 * the query.
 */
export function routePattern(url) {
  const path = new URL(url, BASE).pathname;
  return path.split('/').map((segment) => {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)) return '{id}';
    if (/^\d+$/.test(segment)) return '{n}';
    if (segment.length >= 6 && /\d/.test(segment) && !segment.includes('.')) return '{id}';
    return segment;
  }).join('/');
}

/** What each kind of download must be: its content type and how its body starts. */
const DOWNLOADS = {
  pdf: { type: 'application/pdf', magic: '%PDF-' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: 'PK' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: 'PK' },
  csv: { type: 'text/csv' },
  html: { type: 'text/html', contains: '<html' },
  json: { type: 'application/json', json: true },
  geojson: { type: 'application/geo+json', json: true },
  css: { type: 'text/css' },
  js: { type: 'javascript' },
  svg: { type: 'image/svg+xml' },
  png: { type: 'image/png' },
};

/** Why a download is not what its name says, or null when it is. */
function downloadProblem(path, type, body) {
  if (body.length === 0) return 'an empty download';
  const ext = path.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
  const expected = DOWNLOADS[ext];
  if (!expected) return null;
  if (!type.includes(expected.type)) return `content-type ${type || '(none)'}, not ${expected.type}`;
  if (expected.magic && !body.subarray(0, expected.magic.length).equals(Buffer.from(expected.magic))) {
    return `the body does not start with ${expected.magic}`;
  }
  if (expected.contains && !body.toString('utf8').includes(expected.contains)) return `the body has no ${expected.contains}`;
  if (expected.json) {
    try {
      JSON.parse(body.toString('utf8'));
    } catch (error) {
      return `not JSON: ${error.message}`;
    }
  }
  return null;
}

/** The heading and first paragraph of an error page, for the report. */
function errorSummary(html) {
  const text = (pattern) => (html.match(pattern)?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return [text(/<h1[^>]*>([\s\S]*?)<\/h1>/i), text(/<main[\s\S]*?<p[^>]*>([\s\S]*?)<\/p>/i)].filter(Boolean).join(' — ').slice(0, 300);
}

/** A URL's pattern with the names of its query's parameters: what a spot check samples by. */
export function patternKey(url) {
  const keys = [...new URL(url, BASE).searchParams.keys()].sort();
  return keys.length ? `${routePattern(url)}?${keys.join('&')}` : routePattern(url);
}

/**
 * Whether a URL's response is the same whoever asks: the published plans'
 * files, the open data and the assets. A crawl skips such a download when an
 * earlier crawl (in the same language, or with `lang=` in the URL) checked it.
 */
function sharedDownload(url) {
  return /^\/(p\/[^/]+\/[^/?]+\.[a-z]+|open-data\/[^/?]+\.[a-z]+|assets\/)/.test(url);
}

/**
 * Crawls the site from `start` (and `seeds`: [url, found on] pairs) over
 * plain HTTP with `headers` (the session cookie and the language), following
 * every same-site GET link the pages print, `concurrency` at a time;
 * downloads are fetched and checked, not parsed. Redirects are followed on
 * the same site only. With `perPattern`, it is a spot check: at most that
 * many URLs of each pattern key. `budget.fetches` counts the fetches of the
 * whole run against `maxFetches`; `checked` holds the shared downloads
 * already found good.
 *
 * Returns { fetched, skipped, pages (the HTML pages: { url }), downloads,
 * failures ({ url, status, foundOn, detail }), foundOn (url → the page it
 * was found on), external (the other hosts linked) }.
 */
export async function crawlSite({
  start, seeds = [], headers = {}, lang, signedIn = false, perPattern = Infinity,
  budget = { fetches: 0 }, checked = new Set(), concurrency = 4, maxFetches = MAX_FETCHES,
}) {
  const foundOn = new Map();
  const perKey = new Map();
  const queue = [];
  const pages = [];
  const failures = [];
  const external = new Set();
  let downloads = 0;
  let fetched = 0;
  let skipped = 0;
  let stopped = false;
  const fail = (url, status, detail = '') => failures.push({ url, status, foundOn: foundOn.get(url) ?? '', detail });
  const cacheKey = (url) => (/[?&]lang=/.test(url) ? url : `${lang} ${url}`);

  const enqueue = (href, from) => {
    const url = sameSite(href, new URL(from.split(' ')[0], BASE));
    if (url === null) {
      if (/^https?:/i.test(href)) external.add(new URL(href).host);
      return;
    }
    if (foundOn.has(url)) return;
    const key = patternKey(url);
    if ((perKey.get(key) ?? 0) >= perPattern) return;
    if (sharedDownload(url) && checked.has(cacheKey(url))) {
      foundOn.set(url, from);
      skipped += 1;
      return;
    }
    if (budget.fetches + queue.length >= maxFetches) {
      if (!stopped) failures.push({ url, status: 'stopped', foundOn: from, detail: `the crawl reached ${maxFetches} fetches; the site has more links than the crawl allows` });
      stopped = true;
      return;
    }
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
    foundOn.set(url, from);
    queue.push(url);
  };

  const visit = async (url) => {
    budget.fetches += 1;
    fetched += 1;
    const response = await fetch(`${BASE}${url}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    const status = response.status;
    const type = response.headers.get('content-type') ?? '';
    const body = Buffer.from(await response.arrayBuffer());
    if (status >= 300 && status < 400) {
      const location = response.headers.get('location');
      if (!location) return fail(url, status, 'a redirect without a Location');
      const target = sameSite(location, new URL(url, BASE));
      if (target !== null && new URL(target, BASE).pathname === '/sign-in' && new URL(url, BASE).pathname !== '/sign-in') {
        return fail(url, status, signedIn ? `the session is refused: redirects to ${target}` : `a link for members only: redirects to ${target}`);
      }
      if (target !== null) enqueue(target, `${url} (redirected; found on ${foundOn.get(url)})`);
      return undefined;
    }
    if (status >= 400) {
      const text = body.toString('utf8');
      return fail(url, status, `${type.includes('html') ? errorSummary(text) : text.slice(0, 200)} [request ${response.headers.get('x-request-id') ?? '?'}]`);
    }
    const attachment = /attachment/i.test(response.headers.get('content-disposition') ?? '');
    if (type.startsWith('text/html') && !attachment) {
      const html = body.toString('utf8');
      const pageLang = html.match(/<html[^>]*\slang="([^"]*)"/i)?.[1];
      if (lang && pageLang !== lang) fail(url, status, `the page says lang="${pageLang}", not ${lang}`);
      pages.push({ url });
      for (const href of linksIn(html)) enqueue(href, url);
    } else {
      downloads += 1;
      const problem = downloadProblem(new URL(url, BASE).pathname, type, body);
      if (problem) fail(url, status, problem);
      else if (sharedDownload(url)) checked.add(cacheKey(url));
    }
    return undefined;
  };

  if (start) enqueue(start, '(start)');
  for (const [url, from] of seeds) enqueue(url, from);
  await new Promise((resolve) => {
    let active = 0;
    const pump = () => {
      while (active < concurrency && queue.length > 0) {
        const url = queue.shift();
        active += 1;
        visit(url)
          .catch((error) => fail(url, 'error', error.message))
          .finally(() => {
            active -= 1;
            pump();
          });
      }
      if (active === 0 && queue.length === 0) resolve();
    };
    pump();
  });
  return { fetched, skipped, pages, downloads, failures, foundOn, external };
}

/**
 * The failures as a readable list: each with its URL, status, role, language,
 * the page it was found on and what went wrong; of many failures of one kind
 * (status, pattern and detail) the first few and how many more.
 */
export function formatFailures(failures, shown = 5) {
  const groups = new Map();
  for (const f of failures) {
    const key = `${f.status} ${patternKey(f.url)} ${String(f.detail).replace(/\[request [^\]]*\]/, '')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const lines = [];
  for (const group of groups.values()) {
    for (const f of group.slice(0, shown)) {
      const detail = f.detail ? `\n      ${String(f.detail).replace(/\n/g, '\n      ')}` : '';
      lines.push(`  ${f.status} ${f.url}  (${f.role}, ${f.lang})\n      found on ${f.foundOn}${detail}`);
    }
    if (group.length > shown) lines.push(`  … and ${group.length - shown} more like it (${group[0].status} ${patternKey(group[0].url)})`);
  }
  return `${failures.length} failure(s):\n${lines.join('\n')}`;
}
