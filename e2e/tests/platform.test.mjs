// A person's first session with Liaison, in a real browser: sign in, keep a contact current,
// read the matrix and the network, and print the emergency contact sheet.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, openBrowser, signInFirstTime, startLiaison } from "./harness.mjs";

let liaison;
let browser;
let page;
const consoleErrors = [];

before(async () => {
  liaison = await startLiaison();
  browser = await openBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
});

after(async () => {
  await browser?.close();
  await liaison?.stop();
});

test("signs in with the printed one-time password and chooses a new one", async () => {
  await signInFirstTime(page, liaison, "a long password of my own");
  await page.goto(`${liaison.url}/`);
  assert.match(await page.textContent("h1"), /Demoland/);
  await page.screenshot({ path: join(artifacts, "01-home.png"), fullPage: true });
});

test("confirms a contact with one click and edits another", async () => {
  await page.goto(`${liaison.url}/organisations/cec`);
  const row = page.locator("#contact-cec-duty");
  await row.locator("button", { hasText: "Still correct" }).click();
  const today = liaison.now.slice(0, 10);
  // The day is written in words, with the ISO date it stands for in its datetime.
  await page.waitForFunction(
    (day) => document.querySelector(`#contact-cec-duty time[datetime="${day}"]`) !== null,
    today,
  );
  assert.equal(new URL(page.url()).pathname, "/organisations/cec", "htmx swapped the row in place");

  await page.goto(`${liaison.url}/contacts/cert-duty/edit`);
  await page.fill("#role", "Incident handler on duty, round the clock");
  await page.check("input[name=verified_now]");
  await page.click("main form button[type=submit]");
  await page.waitForURL(/\/organisations\/cert$/);
  assert.match(await page.textContent("main"), /Incident handler on duty, round the clock/);
  await page.screenshot({ path: join(artifacts, "02-contact-edited.png"), fullPage: true });
});

test("opens the responsibility matrix with its gaps and overlaps", async () => {
  await page.goto(`${liaison.url}/matrix`);
  const summary = await page.textContent("#matrix-summary");
  assert.match(summary, /[1-9]\d* cells with no accountable organisation/);
  assert.ok(await page.locator("td.gap").count() > 0, "gaps are marked");
  await page.goto(`${liaison.url}/matrix?asset=voter_register`);
  assert.ok(await page.locator("td.overlap").count() > 0, "the overlap on the voter register is marked");
  await page.screenshot({ path: join(artifacts, "03-matrix.png"), fullPage: true });
});

test("draws the agency network", async () => {
  await page.goto(`${liaison.url}/network`);
  await page.waitForSelector("#network[data-ready=true]", { timeout: 20000 });
  assert.ok(await page.locator("#network canvas").count() > 0);
  await page.screenshot({ path: join(artifacts, "04-network.png") });
});

test("prints the emergency contact sheet of a forum", async () => {
  await page.goto(`${liaison.url}/contact-sheet?forum=taskforce`);
  assert.match(await page.textContent("h1"), /Election Cyber Task Force/);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("header.top").isVisible(), false, "no navigation on paper");
  await page.screenshot({ path: join(artifacts, "05-contact-sheet-print.png"), fullPage: true });
  const pdf = await page.pdf({ path: join(artifacts, "05-contact-sheet.pdf"), format: "A4" });
  assert.ok(pdf.length > 10000, "a real PDF");
  await page.emulateMedia({ media: "screen" });
});

test("is usable on a phone", async () => {
  const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await phone.context().addCookies(await page.context().cookies());
  await phone.goto(`${liaison.url}/organisations/cec`);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375 + 1, `the page fits the screen (${width}px)`);
  await phone.screenshot({ path: join(artifacts, "06-phone.png"), fullPage: true });
  await phone.close();
});

test("runs without script errors or policy violations", () => {
  assert.deepEqual(consoleErrors, []);
});
