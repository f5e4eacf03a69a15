// Every page, in every shipped language, for every role: axe-core finds nothing (WCAG 2.1 A and
// AA), and Arabic pages run right to left.
//
// The pages are found, not listed: each role's crawl starts at the home page and follows every
// link of the platform it is shown, so that a new page is checked as soon as something links to
// it. Pages of one shape (/incidents/<id>) are checked once per role and language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { artifacts, invite, openBrowser, signInFirstTime, startLiaison, watch } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const LANGUAGES = ["en", "fr", "es", "ar"];
const PASSWORD = "a long password of my own";

let liaison;
let browser;
const consoleErrors = [];
/** One browser page per role, signed in. */
const people = {};

before(async () => {
  liaison = await startLiaison();
  browser = await openBrowser();
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(admin, consoleErrors);
  await signInFirstTime(admin, liaison, PASSWORD);
  people["platform administrator"] = admin;
  const who = [
    ["organisation administrator", "admin@cec.example", "cec", "organisation_admin"],
    ["coordinator", "coordinator@cec.example", "cec", "coordinator"],
    ["analyst", "duty@cert.example", "cert", "analyst"],
    ["reader", "reader@north1.example", "local-north-1", "reader"],
    ["observer", "observer@demowatch.example", "observers-demowatch", "observer"],
  ];
  for (const [role, email, organisation, id] of who) {
    people[role] = await invite({ browser, liaison, admin, errors: consoleErrors }, email, organisation, id, PASSWORD);
  }
  // Something on every kind of page: an incident reported by the coordinator to the CERT.
  const coordinator = people.coordinator;
  await coordinator.goto(`${liaison.url}/incidents/new`);
  await coordinator.fill("#title", "Results website down in the north");
  await coordinator.fill("#description", "The results website answers with errors since 20:05.");
  await coordinator.selectOption("#threat_kind", "ddos");
  await coordinator.selectOption("#severity", "high");
  await coordinator.selectOption("#phase", "voting");
  await coordinator.click("main form button[type=submit]");
  await coordinator.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  // The model kept for the election, so that its comparison page is crawled too.
  await coordinator.goto(`${liaison.url}/model/history`);
  await coordinator.click("form[action='/model/history'] button[type=submit]");
  await coordinator.waitForURL(/\/model\/history\/.+$/);
});

after(async () => {
  await browser?.close();
  await liaison?.stop();
});

/**
 * The shape of a path: its collections and actions kept, its identifiers (every second segment,
 * /organisations/{key}/contacts/{id}/edit) replaced, so that one page of a kind is enough.
 */
const ACTIONS = /^(new|edit|rules|password|notifications|accounts|audit|tokens|webhooks|invitations|import|measures|escalations|language|totp|history)$/;
function shape(path) {
  return path
    .split("/")
    // "/organisations/cec".split("/") is ["", "organisations", "cec"]: collections at odd places.
    .map((segment, i) => (i % 2 === 1 || ACTIONS.test(segment) ? segment : "{id}"))
    .join("/");
}

/** Links not to follow: leaving, files, streams, and the model's many records of one kind. */
function skipped(url) {
  return (
    /^\/(logout|static|api|events|healthz|readyz|metrics)/.test(url.pathname) ||
    /\.(csv|ics|pdf|json|svg|png|txt)$/.test(url.pathname) ||
    /\/(download|export|events)(\/|$)/.test(url.pathname) ||
    url.pathname.includes("/attachments/")
  );
}

/** axe-core's WCAG 2.1 A and AA violations on the page now shown. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      // Only the violations are read: gathering the passes too costs most of the time.
      resultTypes: ["violations"],
    }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * A page of the person of `storageState`, asking for `language` (Accept-Language follows the
 * context's locale). axe needs its script on the page, so the context lets it past the policy.
 */
async function pageIn(storageState, language) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
    storageState,
    locale: language,
  });
  const page = await context.newPage();
  watch(page, consoleErrors);
  return page;
}

/** Shows `path` and returns axe's violations there, each named with who saw it in which language. */
async function checkShown(page, role, language, path) {
  await page.goto(`${liaison.url}${path}`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  assert.equal(lang, language, `${path} for the ${role} is not in ${language}`);
  return (await violations(page)).map((v) => `${role}, ${language}, ${path}: ${v}`);
}

/**
 * Crawls the platform's pages the person of `storageState` reaches from the home page, one of
 * each shape, checking each in English on the way. Returns the pages and the violations.
 */
async function crawlInEnglish(storageState, role) {
  const page = await pageIn(storageState, "en");
  const start = new URL(liaison.url);
  const queue = ["/"];
  const seen = new Set(queue);
  const shapes = new Set();
  const pages = [];
  const found = [];
  while (queue.length) {
    const path = queue.shift();
    // Files (exports, calendars) download rather than show: ask first what the link gives.
    const head = await page.context().request.get(`${liaison.url}${path}`);
    if (!(head.headers()["content-type"] || "").includes("text/html")) continue;
    found.push(...(await checkShown(page, role, "en", path)));
    pages.push(path);
    const links = await page.$$eval("a[href]", (anchors) => anchors.map((a) => a.href));
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== start.origin || skipped(url)) continue;
      const key = shape(url.pathname);
      const path = `${url.pathname}${url.search}`;
      if (shapes.has(key) || seen.has(path)) continue;
      // A query string makes another page of the same shape: the first is enough.
      shapes.add(key);
      seen.add(path);
      queue.push(path);
    }
  }
  await page.context().close();
  return { pages, found };
}

/** Checks `paths` in `language` as the person of `storageState`; returns the violations. */
async function check(storageState, role, language, paths) {
  const page = await pageIn(storageState, language);
  const found = [];
  for (const path of paths) found.push(...(await checkShown(page, role, language, path)));
  await page.context().close();
  return found;
}

/**
 * Runs `tasks` (functions returning promises) `width` at a time, results in the tasks' order.
 * Most of a page check is waiting for the server and the renderer: a few at once keep both
 * cores busy.
 */
async function inParallel(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
const WIDTH = 3;
const SLICE = 12;

// What a page shows differs by role (its actions, its items) and by language (its words):
// every role's pages are checked in English, and every page any role reaches in each of the
// other languages, as the first role that reaches it sees it.
// The crawl takes minutes: scripts/test runs it once (LIAISON_E2E_AXE=0 skips it).
const crawlSkipped = process.env.LIAISON_E2E_AXE === "0";

test("axe-core finds nothing on any page, in any language, for any role", { skip: crawlSkipped }, async () => {
  const roles = await Promise.all(
    Object.entries(people).map(async ([role, signedIn]) => ({
      role,
      storageState: await signedIn.context().storageState(),
    })),
  );
  const crawled = await inParallel(
    roles.map(({ role, storageState }) => () => crawlInEnglish(storageState, role)),
    WIDTH,
  );
  const found = crawled.flatMap((c) => c.found);
  let checked = 0;
  // The first role in the list that reaches a shape checks it in the other languages.
  const byShape = new Map();
  crawled.forEach(({ pages }, i) => {
    checked += pages.length;
    for (const path of pages) {
      if (!byShape.has(shape(path))) byShape.set(shape(path), { ...roles[i], path });
    }
  });
  const others = [];
  for (const language of LANGUAGES.slice(1)) {
    for (const { role, storageState } of roles) {
      const mine = [...byShape.values()].filter((p) => p.role === role).map((p) => p.path);
      // In slices, so that the role that reaches most pages does not check alone at the end.
      for (let at = 0; at < mine.length; at += SLICE) {
        const slice = mine.slice(at, at + SLICE);
        others.push(() => check(storageState, role, language, slice));
      }
      checked += mine.length;
    }
  }
  for (const f of await inParallel(others, WIDTH)) found.push(...f);
  console.log(`${checked} pages checked, ${byShape.size} kinds of page`);
  assert.ok(byShape.size > 30, `only ${byShape.size} kinds of page were found`);
  assert.deepEqual(found, [], `${found.length} violations:\n${found.join("\n")}`);
});

test("Arabic pages run right to left, and the Arabic home page is readable on a phone", async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await people.coordinator.context().storageState(),
    locale: "ar",
  });
  const page = await context.newPage();
  watch(page, consoleErrors);
  await page.goto(`${liaison.url}/incidents`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  // The brand sits at the start of the line: on the right in Arabic.
  const brand = await page.locator(".brand").boundingBox();
  assert.ok(brand.x + brand.width > 390 / 2, `the brand is at x=${brand.x}, on the left`);
  assert.ok(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    "the Arabic page scrolls sideways on a phone",
  );
  await page.screenshot({ path: join(artifacts, "40-incidents-arabic-phone.png"), fullPage: true });
  await page.goto(`${liaison.url}/`);
  await page.screenshot({ path: join(artifacts, "41-home-arabic-phone.png"), fullPage: true });
  await context.close();
});

test("runs without script errors or policy violations", () => {
  assert.deepEqual(consoleErrors, []);
});
