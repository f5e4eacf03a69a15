// On a phone: a local election office reports an incident to the CERT, choosing the CERT with
// the searchable picker; the navigation folds behind a menu; the contact sheet and the
// dashboard's "Reachable now" fit a 360 px screen. Screenshots go to e2e/artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, invite, openBrowser, signInFirstTime, startLiaison, watch } from "./harness.mjs";

let liaison;
let browser;
let office;
const consoleErrors = [];
const PASSWORD = "a long password of my own";
const PHONES = [
  { name: "390", width: 390, height: 844 },
  { name: "360", width: 360, height: 740 },
];

before(async () => {
  liaison = await startLiaison();
  browser = await openBrowser();
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(admin, consoleErrors);
  await signInFirstTime(admin, liaison, PASSWORD);
  office = await invite({ browser, liaison, admin, errors: consoleErrors }, "clerk@north1.example", "local-north-1", "analyst", PASSWORD);
});

after(async () => {
  await browser?.close();
  await liaison?.stop();
});

/** The page's width beyond the screen's, in pixels (0 when nothing scrolls sideways). */
async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("the navigation folds behind a menu on a phone and opens with a tap or the keyboard", async () => {
  for (const phone of PHONES) {
    await office.setViewportSize({ width: phone.width, height: phone.height });
    await office.goto(`${liaison.url}/`);
    assert.equal(await office.isVisible("nav#menu"), false, "the menu starts folded");
    const header = await office.evaluate(() => document.querySelector("header.top").getBoundingClientRect().height);
    assert.ok(header < 200, `the folded header takes ${header}px`);
    await office.screenshot({ path: join(artifacts, `30-nav-folded-${phone.name}.png`) });
    await office.click(".menu-toggle");
    assert.equal(await office.isVisible("nav#menu"), true);
    assert.equal(await office.getAttribute(".menu-toggle", "aria-expanded"), "true");
    await office.screenshot({ path: join(artifacts, `31-nav-open-${phone.name}.png`) });
    // Escape folds it again; Enter on the focused button opens it.
    await office.keyboard.press("Escape");
    assert.equal(await office.isVisible("nav#menu"), false);
    await office.focus(".menu-toggle");
    await office.keyboard.press("Enter");
    assert.equal(await office.isVisible("nav#menu"), true);
    // Every link of the open menu is a tap target of at least 44 px.
    const small = await office.$$eval("nav#menu a", (links) => links.filter((a) => a.getBoundingClientRect().height < 44).map((a) => a.textContent));
    assert.deepEqual(small, []);
    assert.ok((await overflow(office)) <= 0);
  }
  // Without JavaScript the menu opens by its link's target.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, storageState: await office.context().storageState() });
  const bare = await context.newPage();
  await bare.goto(`${liaison.url}/`);
  assert.equal(await bare.isVisible("nav#menu"), false);
  await bare.click(".menu-toggle");
  assert.equal(await bare.isVisible("nav#menu"), true);
  await context.close();
  // On a laptop the navigation is shown as before, with no menu button.
  await office.setViewportSize({ width: 1280, height: 900 });
  await office.goto(`${liaison.url}/`);
  assert.equal(await office.isVisible("nav#menu"), true);
  assert.equal(await office.isVisible(".menu-toggle"), false);
});

test("the contact sheet and Reachable now fit a 360 px phone, numbers one tap away", async () => {
  for (const phone of PHONES) {
    await office.setViewportSize({ width: phone.width, height: phone.height });
    await office.goto(`${liaison.url}/contact-sheet`);
    const scroll = await office.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll[0] <= scroll[1], `the contact sheet is ${scroll[0]}px wide on a ${scroll[1]}px screen`);
    assert.ok(await office.locator("a[href^='tel:']").count() > 0, "numbers dial");
    await office.locator("table.stackable").first().scrollIntoViewIfNeeded();
    await office.screenshot({ path: join(artifacts, `32-contact-sheet-${phone.name}.png`) });
    await office.goto(`${liaison.url}/dashboard`);
    const width = await office.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(width[0] <= width[1], `the dashboard is ${width[0]}px wide on a ${width[1]}px screen`);
    // The live stream's first part arrives after the page; scroll to what stays.
    await office.waitForFunction(() => document.body.dataset.lastFragment, null, { timeout: 10000 });
    await office.locator("#duty-title").scrollIntoViewIfNeeded();
    await office.screenshot({ path: join(artifacts, `33-reachable-now-${phone.name}.png`) });
  }
});

test("a local office reports an incident to the CERT with the picker, on a phone", async () => {
  for (const phone of PHONES) {
    await office.setViewportSize({ width: phone.width, height: phone.height });
    await office.goto(`${liaison.url}/incidents/new`);
    assert.equal(await office.locator("select[multiple]").count(), 0);
    assert.doesNotMatch(await office.textContent("main"), /Ctrl/);
    await office.fill("#title", `Results website down (${phone.name})`);
    await office.selectOption("#threat_kind", "ddos");
    await office.selectOption("#phase", "voting");
    // The matrix's suggestions follow the kind and phase.
    await office.waitForFunction(() => /denial of service.*in the voting phase/.test(document.querySelector("#organisations .picker-because")?.textContent ?? ""));
    await office.waitForFunction(() => /Demoland Computer Emergency Response Team/.test(document.querySelector("#organisations .picker-suggest")?.textContent ?? ""));
    // Affected system: search and Enter.
    await office.fill("#assets-search", "results web");
    await office.keyboard.press("Enter");
    assert.match(await office.textContent("#assets .picker-chips"), /Official results website/);
    // The CERT: search "cert", pick it from the list.
    await office.check("input[name=tlp][value='amber+strict']");
    await office.fill("#organisations-search", "cert");
    await office.click("#organisations-listbox [role=option]:has-text('Computer Emergency Response Team')");
    const chips = await office.textContent("#organisations .picker-chips");
    assert.match(chips, /Demoland Computer Emergency Response Team/);
    assert.equal(await office.locator("#organisations input[name=organisations]:checked").count(), 1);
    await office.screenshot({ path: join(artifacts, `34-picker-${phone.name}.png`), fullPage: true });
    // Backspace in the empty search box removes the last chip; picking again brings it back.
    await office.fill("#organisations-search", "");
    await office.keyboard.press("Backspace");
    assert.equal(await office.locator("#organisations input[name=organisations]:checked").count(), 0);
    await office.fill("#organisations-search", "cert");
    await office.keyboard.press("ArrowDown");
    await office.keyboard.press("Enter");
    assert.equal(await office.locator("#organisations input[name=organisations]:checked").count(), 1);
    assert.ok((await overflow(office)) <= 0, "the form fits the phone");
    // Every control one thumb uses is at least 44 px tall.
    const small = await office.$$eval("main form.stack button, main form.stack input[type=text], main form.stack select", (els) =>
      els.filter((e) => e.offsetParent && e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)));
    assert.deepEqual(small, []);
    await office.click("main form.stack button[type=submit]:has-text('Report')");
    await office.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    const main = await office.textContent("main");
    assert.match(main, /Demoland Computer Emergency Response Team/);
    await office.screenshot({ path: join(artifacts, `35-incident-reported-${phone.name}.png`), fullPage: true });
  }
  assert.deepEqual(consoleErrors, []);
});
