// The election-day dashboard in a real browser: the CEC's coordinator sees each agency's view of
// the joint risks, the overdue measures and a report to approve, on a wall screen and on a phone,
// and the incident count follows a report from the CERT without a reload. Then a whole country's
// worth of data, at two hours of the day: the picture still fits one wall screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, invite, openBrowser, signInFirstTime, startLiaison, watch } from "./harness.mjs";

/** A Wednesday in office hours, when nearly every desk answers, and the Saturday night after. */
const OFFICE_HOURS = "2026-11-25T11:20:00Z";
const NIGHT = "2026-11-28T02:30:00Z";
const WALL = { width: 1920, height: 1080 };

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
  const yesterday = new Date(Date.parse(liaison.now) - 86400000).toISOString().slice(0, 10);
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
  await cec.setViewportSize(WALL);
  await cec.goto(`${liaison.url}/dashboard`);
  await cec.waitForSelector("[data-live].live-on");
  const risks = await cec.textContent("section[aria-labelledby=risks-title]");
  assert.match(risks, /agencies disagree/);
  assert.match(risks, /CEC 20/);
  assert.match(risks, /CERT-DL 6/);
  assert.match(await cec.textContent("section[aria-labelledby=measures-title]"), /Failover drill/);
  assert.match(await cec.textContent("section[aria-labelledby=approve-title]"), /SITREP-1/);
  assert.ok((await columns(cec)) >= 4, "four or more columns on a wall screen");
  assert.match(await cec.textContent("section[aria-labelledby=incidents-title]"), /0 open/);
  // The live stream's first event is the part as the page shows it: the page stays as it is and
  // the reader keeps their place (focus), so nothing moves under their finger.
  await cec.addInitScript(() => {
    window.dashboardsReplaced = 0;
    new MutationObserver((changes) => {
      for (const change of changes) {
        window.dashboardsReplaced += [...change.removedNodes].filter((node) => node.id === "dashboard").length;
      }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", () => {
      window.firstText = document.getElementById("dashboard")?.textContent;
    });
  });
  await cec.reload();
  await cec.waitForFunction(() => document.body.dataset.lastFragment, null, { timeout: 10000 });
  // (The pinned clock runs on: should the minute turn in between, "as of" changed and the part with it.)
  const [replaced, same] = await cec.evaluate(() => [
    window.dashboardsReplaced,
    window.firstText === document.getElementById("dashboard")?.textContent,
  ]);
  assert.ok(replaced === 0 || !same, "the first part, the same as shown, replaces nothing");

  // The CERT reports an attack on the results website; the CEC's count follows without a reload.
  await cert.goto(`${liaison.url}/incidents/new`);
  await cert.fill("#title", "Flood of requests at the results website");
  await cert.selectOption("#threat_kind", "ddos");
  await cert.selectOption("#severity", "high");
  await cert.fill("#assets-search", "results website");
  await cert.keyboard.press("Enter");
  await cert.click("main form button[type=submit]");
  await cert.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  await cec.waitForFunction(
    () => /1 open/.test(document.querySelector("section[aria-labelledby=incidents-title]")?.textContent ?? ""),
    null,
    { timeout: 10000 },
  );
  // The pushed part is the coordinator's own: the report they drafted is still theirs to approve.
  assert.match(await cec.textContent("section[aria-labelledby=approve-title]"), /SITREP-1/);
  assert.ok(await cec.evaluate(() => document.body.dataset.lastFragment), "the part came pushed by the live stream");
  await assertFitsTheWall(cec);
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

/** The page needs no scrolling on a wall screen. */
async function assertFitsTheWall(page) {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  assert.ok(height <= WALL.height, `the whole picture fits one wall screen (${height}px high)`);
  assert.ok(width <= WALL.width, `the whole picture fits one wall screen (${width}px wide)`);
}

/**
 * A country's worth of data through the API, as a coordinator of the CEC: 15 more emergency
 * desks in the local offices, open in office hours (40 emergency contacts answer on a weekday,
 * 9 at night), 30 overdue measures, 20 open incidents of eight kinds, 10 reports to approve.
 */
async function fillTheCountry(platform) {
  const printed = platform.command("admin", "token", "--org", "cec", "--role", "coordinator");
  const token = printed.trim().split("\n").pop();
  const call = async (method, path, body, expected) => {
    const response = await fetch(`${platform.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    });
    const text = await response.text();
    assert.equal(response.status, expected, `${path}: ${text}`);
    return JSON.parse(text);
  };
  const post = (path, body) => call("POST", path, body, 201);
  const offices = ["north", "centre", "south"].flatMap((r) => [1, 2, 3, 4].map((n) => `local-${r}-${n}`));
  for (let i = 0; i < 15; i++) {
    await post("/records/contact", {
      entry: {
        id: `desk-${i}`,
        organisation: offices[i % offices.length],
        name: `Polling support desk ${i}`,
        kind: "function",
        availability: "office_hours",
        emergency: true,
        channels: [{ kind: "landline", value: `+999 30 000 ${1000 + i}` }],
      },
    });
  }
  for (let i = 0; i < 30; i++) {
    await post("/measures", {
      family: "securing_technology",
      title: `Patch round ${i} of the results network`,
      owner: "cec",
      due_on: `2026-10-${String((i % 28) + 1).padStart(2, "0")}`,
    });
  }
  const kinds = [
    "ddos", "defacement", "malware", "ransomware", "apt", "social_engineering", "insider", "supply_chain",
  ];
  for (let i = 0; i < 20; i++) {
    await post("/incidents", {
      title: `Incident ${i} at a polling support desk`,
      threat_kind: kinds[i % kinds.length],
      severity: ["low", "medium", "high", "critical"][i % 4],
      tlp: "amber",
    });
  }
  for (let i = 0; i < 10; i++) {
    await post("/sitreps", { forum: "taskforce" });
  }
  // The register from the catalogue, with more assessed risks than the panel shows.
  await call("POST", "/risks/seed", {}, 200);
  const { risks } = await call("GET", "/risks", undefined, 200);
  for (const [i, risk] of risks.slice(0, 8).entries()) {
    await call("POST", `/risks/${risk.id}/assessments`, { likelihood: 5 - (i % 3), impact: 4 }, 200);
  }
}

/** A fresh platform at `now`, filled; the CEC's coordinator on its dashboard on a wall screen. */
async function filledDashboard(now) {
  const platform = await startLiaison({ now });
  const screen = await openBrowser({ now });
  const admin = await screen.newPage({ viewport: { width: 1280, height: 900 } });
  watch(admin, consoleErrors);
  await signInFirstTime(admin, platform, PASSWORD);
  await fillTheCountry(platform);
  const people = { browser: screen, liaison: platform, admin, errors: consoleErrors };
  const cec = await invite(people, "coordinator@cec.example", "cec", "coordinator", PASSWORD);
  await cec.setViewportSize(WALL);
  await cec.goto(`${platform.url}/dashboard`);
  await cec.waitForSelector("[data-live].live-on");
  return {
    cec,
    url: platform.url,
    async close() {
      await screen.close();
      await platform.stop();
    },
  };
}

test("a whole country's dashboard fits one wall screen in office hours", async () => {
  const { cec, url, close } = await filledDashboard(OFFICE_HOURS);
  try {
    await assertFitsTheWall(cec);
    assert.match(await cec.textContent("section[aria-labelledby=duty-title]"), /30 more reachable now/);
    assert.match(await cec.textContent("section[aria-labelledby=measures-title]"), /25 more overdue/);
    assert.match(await cec.textContent("section[aria-labelledby=approve-title]"), /6 more to approve/);
    assert.match(await cec.textContent("section[aria-labelledby=incidents-title]"), /20 open/);
    await cec.screenshot({ path: join(artifacts, "22-dashboard-country-office-hours.png"), fullPage: true });

    // The summary leads to everyone who answers now.
    await cec.click("a:has-text('30 more reachable now')");
    await cec.waitForURL(/\/contact-sheet\?reachable=now$/);
    assert.equal(await cec.locator("main tbody tr").count(), 40);
    await cec.screenshot({ path: join(artifacts, "23-reachable-now.png"), fullPage: true });

    // And on a phone: one column, nothing wider than the screen.
    await cec.setViewportSize({ width: 390, height: 844 });
    await cec.goto(`${url}/dashboard`);
    const width = await cec.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390 + 1, `the dashboard fits the phone (${width}px)`);
    assert.equal(await columns(cec), 1, "one column on a phone");
    await cec.screenshot({ path: join(artifacts, "25-dashboard-country-phone.png"), fullPage: true });
  } finally {
    await close();
  }
});

test("a whole country's dashboard fits one wall screen at night, with the few who answer", async () => {
  const { cec, close } = await filledDashboard(NIGHT);
  try {
    await assertFitsTheWall(cec);
    assert.doesNotMatch(await cec.textContent("section[aria-labelledby=duty-title]"), /more reachable now/);
    assert.equal(await cec.locator("section[aria-labelledby=duty-title] li").count(), 9);
    assert.match(await cec.textContent("section[aria-labelledby=measures-title]"), /25 more overdue/);
    await cec.screenshot({ path: join(artifacts, "24-dashboard-country-night.png"), fullPage: true });
  } finally {
    await close();
  }
});

test("runs without script errors or policy violations", () => {
  assert.deepEqual(consoleErrors, []);
});
