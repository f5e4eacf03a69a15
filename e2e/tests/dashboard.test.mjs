// The election-day dashboard in a real browser: the CEC's coordinator sees each agency's view of
// the joint risks, the overdue measures and a report to approve, on a wall screen and on a phone,
// and the incident count follows a report from the CERT without a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, invite, openBrowser, signInFirstTime, startLiaison, watch } from "./harness.mjs";

let liaison;
let browser;
const consoleErrors = [];
const PASSWORD = "a long password of my own";

before(async () => {
  liaison = await startLiaison();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await liaison?.stop();
});

/** Records the assessment of the signed-in person's organisation on the risk page at `url`. */
async function assess(page, url, likelihood, impact) {
  await page.goto(url);
  await page.selectOption("#likelihood", String(likelihood));
  await page.selectOption("#impact", String(impact));
  await page.click("button:has-text('Record for')");
  await page.waitForURL(url);
}

/** The distinct left edges of the dashboard's cards: how many columns the grid has. */
function columns(page) {
  return page.evaluate(
    () => new Set([...document.querySelectorAll("#dashboard > section")]
      .map((card) => Math.round(card.getBoundingClientRect().left))).size,
  );
}

test("the coordinator's dashboard on a wall screen and a phone, live", async () => {
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(admin, consoleErrors);
  await signInFirstTime(admin, liaison, PASSWORD);
  const people = { browser, liaison, admin, errors: consoleErrors };
  const cec = await invite(people, "coordinator@cec.example", "cec", "coordinator", PASSWORD);
  const cert = await invite(people, "duty@cert.example", "cert", "analyst", PASSWORD);

  // The CEC starts the register from the catalogue; it and the CERT rate the same risk apart.
  await cec.goto(`${liaison.url}/risks`);
  await cec.click("button:has-text('Add the risks the catalogue suggests')");
  await cec.goto(`${liaison.url}/risks?threat_kind=ddos`);
  const risk = new URL(await cec.getAttribute("table a[href^='/risks/']", "href"), liaison.url).href;
  await assess(cec, risk, 5, 4);
  await assess(cert, risk, 2, 3);
  assert.match(await cert.textContent("main"), /the agencies disagree/);

  // A measure due yesterday, and a report drafted for the task force the CEC chairs.
  const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  await cec.goto(`${liaison.url}/measures`);
  await cec.fill("#title", "Failover drill for the results site");
  await cec.selectOption("#owner", "cec");
  await cec.fill("#due_on", yesterday);
  await cec.click("form[action='/measures'] button[type=submit]");
  await cec.waitForSelector("text=Failover drill for the results site");
  await cec.goto(`${liaison.url}/sitreps`);
  await cec.selectOption("#forum", "taskforce");
  await cec.click("form[action='/sitreps'] button[type=submit]");
  await cec.waitForURL(/\/sitreps\/[0-9a-f-]{36}$/);

  // A wall screen: the whole picture side by side.
  await cec.setViewportSize({ width: 1920, height: 1080 });
  await cec.goto(`${liaison.url}/dashboard`);
  await cec.waitForSelector("[data-live].live-on");
  const risks = await cec.textContent("section[aria-labelledby=risks-title]");
  assert.match(risks, /agencies disagree/);
  assert.match(risks, /cec 20/);
  assert.match(risks, /cert 6/);
  assert.match(await cec.textContent("section[aria-labelledby=measures-title]"), /Failover drill/);
  assert.match(await cec.textContent("section[aria-labelledby=approve-title]"), /SITREP-1/);
  assert.ok((await columns(cec)) >= 4, "four or more columns on a wall screen");
  assert.match(await cec.textContent("section[aria-labelledby=incidents-title]"), /0 open/);

  // The CERT reports an attack on the results website; the CEC's count follows without a reload.
  await cert.goto(`${liaison.url}/incidents/new`);
  await cert.fill("#title", "Flood of requests at the results website");
  await cert.selectOption("#threat_kind", "ddos");
  await cert.selectOption("#severity", "high");
  await cert.selectOption("#assets", "results-website");
  await cert.click("main form button[type=submit]");
  await cert.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  await cec.waitForFunction(
    () => /1 open/.test(document.querySelector("section[aria-labelledby=incidents-title]")?.textContent ?? ""),
    null,
    { timeout: 10000 },
  );
  const height = await cec.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 1080, `the whole picture fits one wall screen (${height}px)`);
  await cec.screenshot({ path: join(artifacts, "20-dashboard-wall.png"), fullPage: true });

  // A phone: one column, nothing wider than the screen.
  await cec.setViewportSize({ width: 390, height: 844 });
  await cec.reload();
  const width = await cec.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390 + 1, `the dashboard fits the phone (${width}px)`);
  assert.equal(await columns(cec), 1, "one column on a phone");
  assert.match(await cec.textContent("section[aria-labelledby=incidents-title]"), /1 open/);
  await cec.screenshot({ path: join(artifacts, "21-dashboard-phone.png"), fullPage: true });
});

test("runs without script errors or policy violations", () => {
  assert.deepEqual(consoleErrors, []);
});
