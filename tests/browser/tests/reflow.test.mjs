// At 320 CSS px wide (WCAG 2.1 1.4.10 Reflow) no page scrolls sideways, in
// any of the three languages (Finnish has the longest words), and the data
// tables stay readable: no column squeezed to a letter a line, nothing of a
// stacked table sticking out.

import { after, before, describe, test } from 'node:test';
import {
  ADMIN_PAGES, LANGS, PUBLIC_PAGES, USERS,
  assertNoHorizontalScroll, assertTablesReadable, invite, launch, newContext, requestReset, setLanguage, signIn, vaasaPath,
  memberPages,
  planningPages,
} from './helpers.mjs';

const NARROW = { viewport: { width: 320, height: 640 } };

async function checkPages(page, lang, paths) {
  for (const path of paths) {
    await page.goto(path);
    await assertNoHorizontalScroll(page, `${path} (${lang})`);
    await assertTablesReadable(page, `${path} (${lang})`);
  }
}

describe('320 px wide: no horizontal scrolling', () => {
  let browser;
  let mailed;
  before(async () => {
    browser = await launch();
    const resetPath = await requestReset(browser, USERS.viewer);
    const { welcomePath } = await invite(browser, 'reflow');
    mailed = [resetPath, welcomePath];
  });
  after(() => browser?.close());

  for (const lang of LANGS) {
    test(`every page in ${lang}`, async () => {
      const visitor = await newContext(browser, lang, NARROW);
      const coordinator = await newContext(browser, lang, NARROW);
      const admin = await newContext(browser, lang, NARROW);
      try {
        const page = await visitor.newPage();
        await checkPages(page, lang, [...PUBLIC_PAGES, ...mailed]);

        const member = await coordinator.newPage();
        await signIn(member, USERS.coordinator);
        await setLanguage(member, lang);
        const org = await vaasaPath(member);
        await checkPages(member, lang, [...memberPages(org), ...(await planningPages(member, org))]);

        const boss = await admin.newPage();
        await signIn(boss, USERS.admin);
        await setLanguage(boss, lang);
        await checkPages(boss, lang, ADMIN_PAGES);
      } finally {
        await Promise.all([visitor.close(), coordinator.close(), admin.close()]);
      }
    });
  }
});
