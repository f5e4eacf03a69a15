// An incident on election day, in real browsers: a local election office reports it in one,
// and the CERT's duty officer sees it appear in another without reloading.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, invite, openBrowser, signInFirstTime, startLiaison, watch } from "./harness.mjs";

let liaison;
let browser;
const consoleErrors = [];
const PASSWORD = "a long password of my own";

/** Someone of `organisation`, invited by the administrator, in a browser of their own. */
function person(admin, email, organisation, role) {
  return invite({ browser, liaison, admin, errors: consoleErrors }, email, organisation, role, PASSWORD);
}

before(async () => {
  liaison = await startLiaison();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await liaison?.stop();
});

test("a report from a local office appears live at the CERT", async () => {
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(admin, consoleErrors);
  await signInFirstTime(admin, liaison, PASSWORD);
  const office = await person(admin, "clerk@north1.example", "local-north-1", "analyst");
  const cert = await person(admin, "duty@cert.example", "cert", "analyst");

  await cert.goto(`${liaison.url}/incidents`);
  await cert.waitForSelector("[data-live].live-on");
  assert.match(await cert.textContent("#incident-rows"), /No incident you can see/);

  await office.goto(`${liaison.url}/incidents/new`);
  await office.fill("#title", "Results website down in the north");
  await office.fill("#description", "The results website answers with errors since 20:05.");
  await office.selectOption("#threat_kind", "ddos");
  await office.selectOption("#severity", "high");
  await office.selectOption("#phase", "voting");
  await office.fill("#assets-search", "results website");
  await office.keyboard.press("Enter");
  await office.fill("#observables", "ipv4 198.51.100.7\ndomain results-cec[.]example");
  await office.click("main form button[type=submit]");
  await office.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  assert.match(await office.textContent("h1"), /INC-1: Results website down in the north/);
  assert.match(await office.textContent("main"), /Routed to/);
  await office.screenshot({ path: join(artifacts, "10-incident-reported.png"), fullPage: true });

  // The CERT's list updates by itself: no reload (the wait is a bound, not a measure of speed).
  await cert.waitForFunction(
    () => document.querySelector("#incident-rows")?.textContent.includes("Results website down"),
    null,
    { timeout: 10000 },
  );
  // The count on the dashboard cards follows (the number sits in its own element).
  await cert.waitForFunction(
    () => document.querySelector("#incident-counts")?.textContent.includes("1open incidents"),
  );
  await cert.screenshot({ path: join(artifacts, "11-incident-live-at-cert.png"), fullPage: true });

  // The CERT acknowledges; the office's page shows it without a reload.
  await cert.click("#incident-rows a");
  await cert.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  await cert.click("button:has-text('Acknowledge for')");
  await cert.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  await office.waitForFunction(
    () => /acknowledged/i.test(document.querySelector("#incident-live")?.textContent ?? "")
      && document.querySelectorAll("#incident-live .ok").length > 0,
    null,
    { timeout: 10000 },
  );
});

test("a false claim is reported with a screenshot and a rectification request", async () => {
  const admin = await browser.newPage();
  watch(admin, consoleErrors);
  await admin.goto(`${liaison.url}/login`);
  await admin.fill("#email", liaison.email);
  await admin.fill("#password", PASSWORD);
  await admin.click("main button[type=submit]");
  const press = await person(admin, "press@cec.example", "cec", "analyst");
  await press.goto(`${liaison.url}/disinformation`);
  await press.fill("#claim", "Polling stations in the north are closed because of a cyber attack");
  await press.selectOption("#threat_kind", "disinformation_turnout");
  await press.fill("#platform", "Chirp");
  await press.fill("#where_seen", "https://chirp.example/post/123");
  await press.fill("#reach", "48,000");
  await press.check("input[name=tlp][value=green]");
  await press.click("form[method=post][action='/disinformation'] button[type=submit]");
  await press.waitForURL(/\/disinformation\/[0-9a-f-]{36}$/);
  assert.match(await press.textContent("h1"), /DIS-1/);
  await press.setInputFiles("#file", {
    name: "screenshot.png",
    mimeType: "image/png",
    buffer: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  });
  await press.click("button:has-text('Add a screenshot')");
  await press.waitForSelector("a:has-text('screenshot.png')");
  await press.fill("#request-reference", "CASE-881");
  await press.click("button:has-text('Record the request')");
  await press.waitForSelector("text=CASE-881");
  assert.match(await press.textContent("main"), /Rectification requested/);
  await press.screenshot({ path: join(artifacts, "12-false-claim.png"), fullPage: true });
});

test("runs without script errors or policy violations", () => {
  assert.deepEqual(consoleErrors, []);
});
