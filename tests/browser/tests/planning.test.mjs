// The planning cycle as a coordinator and a contributor walk it: start a
// plan, list a service, record a finding, turn it into a measure, report on
// it, approve and publish — each page axe-clean in the language in use.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  USERS, assertNotice, checkAxe, launch, navigates, newContext, setLanguage, signIn, uniqueName, vaasaPath,
} from './helpers.mjs';

/** Fills the form's fields by label-less selectors and submits it. */
async function submit(page, form, fields) {
  for (const [selector, value] of Object.entries(fields)) {
    const field = page.locator(`${form} ${selector}`);
    const tag = await field.evaluate((el) => `${el.tagName}:${el.type}`);
    if (tag.startsWith('SELECT')) await field.selectOption(value);
    else if (tag === 'INPUT:checkbox' || tag === 'INPUT:radio') await field.check();
    else await field.fill(value);
  }
  await navigates(page, () => page.locator(`${form} button[type="submit"]`).click());
}

describe('the planning cycle', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  for (const lang of ['sv', 'fi', 'en']) {
    test(`coordinator and contributor walk the cycle in ${lang}`, async () => {
      const coordinatorContext = await newContext(browser, lang);
      const contributorContext = await newContext(browser, lang);
      const publicContext = await newContext(browser, lang);
      try {
        const coordinator = await coordinatorContext.newPage();
        await signIn(coordinator, USERS.coordinator);
        await setLanguage(coordinator, lang);
        const org = await vaasaPath(coordinator);

        // Start a plan.
        const title = uniqueName('Plan');
        await coordinator.goto(`${org}/plans`);
        await checkAxe(coordinator);
        await submit(coordinator, 'form[action$="/plans"]', {
          '#plan-title': title,
          'input[value="fi-non-discrimination"]': true,
          '#period-start': '2026-01-01',
          '#period-end': '2029-12-31',
          '#working-group': 'Kaisa, Björn',
        });
        await assertNotice(coordinator, 'notice-plan-created');
        const planPath = new URL(coordinator.url()).pathname;
        await checkAxe(coordinator);

        // List a service the contributor owns.
        const service = uniqueName('Service');
        await coordinator.goto(`${org}/services`);
        await coordinator.locator('#service-owner option', { hasText: 'Björn' }).first().waitFor({ state: 'attached' });
        const owner = await coordinator.locator('#service-owner option', { hasText: 'Björn' }).first().getAttribute('value');
        await submit(coordinator, 'form[action$="/services"]', { '#service-name': service, '#service-unit': 'Social services', '#service-owner': owner });
        await assertNotice(coordinator, 'notice-service-added');
        await checkAxe(coordinator);

        // The contributor records a finding for it.
        const contributor = await contributorContext.newPage();
        await signIn(contributor, USERS.contributor);
        await setLanguage(contributor, lang);
        // The contributor assesses the service they own, ground by ground, from the matrix.
        await contributor.goto(`${planPath}/assessment`);
        await checkAxe(contributor);
        await navigates(contributor, () => contributor.locator('table.matrix th[scope="row"] a', { hasText: service }).click());
        await contributor.locator('input[name="conclusion:language"][value="risk"]').check();
        await contributor.locator('#evidence-language').fill('Client register: a quarter Swedish-speaking');
        await contributor.locator('input[name="conclusion:age"][value="no_risk"]').check();
        await navigates(contributor, () => contributor.locator('main form button[type="submit"]').first().click());
        await assertNotice(contributor, 'notice-assessment-saved');
        assert.equal(await contributor.locator('#evidence-language').inputValue(), 'Client register: a quarter Swedish-speaking');
        await checkAxe(contributor);
        await contributor.goto(`${planPath}/assessment`);
        assert.equal(await contributor.locator('table.matrix td.cell-risk').count(), 1, 'the matrix shows the risk');

        await contributor.goto(planPath);
        const finding = uniqueName('Letters only in Finnish');
        const serviceId = await contributor.locator('#finding-service option', { hasText: service }).getAttribute('value');
        await submit(contributor, 'form[action$="/findings"]', {
          '#finding-service': serviceId,
          '#finding-ground': 'language',
          'input[name="kind"][value="indirect"]': true,
          '#finding-description': finding,
          '#finding-affected': 'Swedish-speaking clients',
          '#finding-severity': '3',
          '#finding-likelihood': '4',
        });
        await assertNotice(contributor, 'notice-finding-added');
        assert.ok(await contributor.locator('main').getByText(finding).isVisible(), 'the finding is listed');
        await checkAxe(contributor);

        // The coordinator turns it into a measure owned by the contributor.
        await coordinator.goto(planPath);
        const findingId = await coordinator.locator('#measure-finding option', { hasText: finding }).getAttribute('value');
        const measure = uniqueName('Bilingual letters');
        await submit(coordinator, 'form[action$="/measures"]', {
          '#measure-title': measure,
          '#measure-finding': findingId,
          '#measure-goal': 'Every letter in the client’s language',
          '#measure-owner': owner,
          '#measure-unit': 'Social services',
          '#measure-budget': '1 500',
          '#measure-due': '2026-12-31',
        });
        await assertNotice(coordinator, 'notice-measure-added');
        const measurePath = new URL(coordinator.url()).pathname;
        await checkAxe(coordinator);

        // The contributor reports progress; the history keeps it.
        await contributor.goto(measurePath);
        await submit(contributor, 'form[action$="/status"]', { '#measure-status': 'in_progress', '#measure-note': 'Templates drafted' });
        await assertNotice(contributor, 'notice-measure-updated');
        assert.ok(await contributor.locator('ol.history').getByText('Templates drafted').isVisible());
        await checkAxe(contributor);

        // The coordinator records who was consulted, and writes a section of the plan.
        await coordinator.goto(`${planPath}/consultations`);
        await submit(coordinator, 'form[action$="/consultations"]', {
          '#consultation-party': 'disability_council',
          '#consultation-held-on': '2026-01-10',
          '#consultation-summary': 'Easy-to-read letters, please',
        });
        await assertNotice(coordinator, 'notice-consultation-added');
        await checkAxe(coordinator);
        await coordinator.goto(`${planPath}/steps/fi-non-discrimination/monitor`);
        await coordinator.locator('#section-follow-up').fill('Reported to the board each spring.');
        await navigates(coordinator, () => coordinator.locator('main form button[type="submit"]').click());
        await assertNotice(coordinator, 'notice-step-saved');
        await checkAxe(coordinator);

        // Approve and publish; the public reads it without signing in.
        await coordinator.goto(planPath);
        await submit(coordinator, 'form[action$="/approve"]', { '#approve-body': 'Kaupunginvaltuusto', '#approve-date': '2026-01-20', '#approve-decision': '§ 7' });
        await assertNotice(coordinator, 'notice-plan-approved');
        await navigates(coordinator, () => coordinator.locator('form[action$="/publish"] button[type="submit"]').click());
        await assertNotice(coordinator, 'notice-plan-published');
        const publicPath = await coordinator.locator('a[href^="/p/"]').first().getAttribute('href');
        const reader = await publicContext.newPage();
        await reader.goto(publicPath);
        assert.ok(await reader.locator('h1').getByText(title).isVisible(), 'the published plan is public');
        assert.ok(await reader.locator('main').getByText(measure).isVisible());
        await checkAxe(reader);

        // Exports: the plan as tagged PDF and as DOCX in the language in use, and the public PDF.
        const pdf = await coordinator.request.get(`${planPath}/export/plan.pdf?lang=${lang}`);
        assert.equal(pdf.status(), 200);
        assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
        const docx = await coordinator.request.get(`${planPath}/export/plan.docx?lang=${lang}`);
        assert.equal(docx.status(), 200);
        assert.equal((await docx.body()).subarray(0, 2).toString(), 'PK');
        const publicPdf = await reader.request.get(`${publicPath}/plan.pdf?lang=${lang}`);
        assert.equal(publicPdf.status(), 200);
        assert.equal(publicPdf.headers()['content-type'], 'application/pdf');

        // The measure is done; a second approval; its changes since the first read clearly.
        await coordinator.goto(measurePath);
        await submit(coordinator, 'form[action$="/status"]', { '#measure-status': 'done', '#measure-note': 'Sent to print' });
        await coordinator.goto(planPath);
        await submit(coordinator, 'form[action$="/approve"]', { '#approve-body': 'Kaupunginvaltuusto', '#approve-date': '2026-02-20' });
        await navigates(coordinator, () => coordinator.locator('a[href$="/versions/2/changes"]').click());
        assert.ok(await coordinator.locator('main table').getByText(measure).first().isVisible(), 'the measure\'s status change is listed');
        await checkAxe(coordinator);
      } finally {
        await coordinatorContext.close();
        await contributorContext.close();
        await publicContext.close();
      }
    });
  }
});
