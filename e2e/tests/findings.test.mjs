// From finding to fix, in a real browser: the analysis names and links each finding's objects
// and fix, Lowport's own page says it is cut off, and the agency network marks it, on a laptop
// and on a phone. Screenshots are kept for review.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, openBrowser, signInFirstTime, startLiaison, watch } from "./harness.mjs";

let liaison;
let browser;
const errors = [];
const SIZES = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

before(async () => {
  liaison = await startLiaison();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await liaison?.stop();
});

test("a finding leads to its fix, and the office cut off is marked everywhere", async () => {
  const context = await browser.newContext({ viewport: SIZES.laptop });
  const page = await context.newPage();
  watch(page, errors);
  await signInFirstTime(page, liaison, "a long password of my own");

  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);

    await page.goto(`${liaison.url}/analysis`);
    const finding = page.locator("[id='finding-local_office_isolated/local-south-4']");
    assert.match(await finding.textContent(), /Lowport Island Election Office/);
    assert.equal(await finding.locator("a.fix").first().getAttribute("href"), "/records/organisation/local-south-4/edit");
    await page.screenshot({ path: join(artifacts, `findings-analysis-${size}.png`) });

    // From the finding to the office's own page, which says it is cut off.
    await finding.locator("a[href='/organisations/local-south-4']").first().click();
    await page.waitForURL(/\/organisations\/local-south-4$/);
    assert.match(await page.textContent("#findings + p"), /finds/);
    assert.match(await page.textContent("main"), /Local election office cut off/);
    await page.screenshot({ path: join(artifacts, `findings-lowport-${size}.png`), fullPage: true });

    // The rule explains itself inside the platform.
    await page.click("a[href='/analysis/rules#local_office_isolated']");
    await page.waitForURL(/\/analysis\/rules#local_office_isolated$/);
    assert.match(await page.textContent("#local_office_isolated"), /local offices rarely have the expertise/);

    // The network marks it and names it beside the graph.
    await page.goto(`${liaison.url}/network`);
    await page.waitForSelector("#network[data-ready=true]", { timeout: 20000 });
    assert.match(await page.textContent(".cut-off-list"), /Lowport Island Election Office/);
    assert.equal(await page.isVisible("#network-zoom"), true, "zoom controls once drawn");
    await page.screenshot({ path: join(artifacts, `findings-network-${size}.png`), fullPage: true });
    await page.locator(".network-layout").screenshot({ path: join(artifacts, `findings-network-graph-${size}.png`) });
  }

  // Filtering by threat keeps those the matrix makes answer for it.
  await page.setViewportSize(SIZES.laptop);
  await page.goto(`${liaison.url}/network`);
  await page.selectOption("#threat", "ddos");
  await page.click("form[action='/network'] button[type=submit]");
  await page.waitForSelector("#network[data-ready=true]", { timeout: 20000 });
  assert.match(await page.textContent("#network-count"), /accountable or responsible for/);
  await page.screenshot({ path: join(artifacts, "findings-network-ddos-laptop.png") });
  assert.deepEqual(errors, []);
});
