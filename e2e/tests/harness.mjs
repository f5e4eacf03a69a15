// Starts Liaison on a fresh data directory and a free port, and opens Debian's chromium.
//
// Nothing here depends on the machine or the hour: the platform and the browser run on a
// pinned clock (NOW), in UTC and British English, and the browser draws every page in the
// fonts stated below, found through a font configuration of its own.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const artifacts = join(here, "..", "artifacts");
mkdirSync(artifacts, { recursive: true });

const binary = process.env.LIAISON_BIN || join(here, "..", "..", "target", "debug", "liaison");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

/**
 * The time the browser tests run at, as the Rust tests: LIAISON_TEST_NOW, or a Wednesday in
 * office hours. Tests about the hour start the platform at a time of their own.
 */
export const NOW = process.env.LIAISON_TEST_NOW || "2026-11-25T11:20:00Z";

/**
 * The fonts pages are drawn and measured in: DejaVu, from Debian's fonts-dejavu-core, which
 * scripts/install-test-deps installs. Every family the stylesheet asks for resolves to them.
 */
export const FONT_DIRECTORY = "/usr/share/fonts/truetype/dejavu";
export const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"];

/** A font configuration that knows the stated fonts only; returns its path. */
function fontConfiguration() {
  const missing = FONT_FILES.filter((file) => !existsSync(join(FONT_DIRECTORY, file)));
  if (missing.length) {
    throw new Error(`the fonts the browser tests draw in are missing (${missing.join(", ")}): run scripts/install-test-deps`);
  }
  const dir = mkdtempSync(join(tmpdir(), "liaison-fonts-"));
  const alias = (generic, family) =>
    `<alias binding="same"><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  const file = join(dir, "fonts.conf");
  writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${FONT_DIRECTORY}</dir>
  <cachedir>${join(dir, "cache")}</cachedir>
  ${alias("sans-serif", "DejaVu Sans")}
  ${alias("system-ui", "DejaVu Sans")}
  ${alias("serif", "DejaVu Serif")}
  ${alias("monospace", "DejaVu Sans Mono")}
  <match target="pattern"><edit name="family" mode="append_last"><string>DejaVu Sans</string></edit></match>
</fontconfig>
`);
  return file;
}

/** The environment of every process the tests start: UTC, a fixed locale. */
function pinnedEnvironment(extra = {}) {
  return { ...process.env, TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8", ...extra };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Runs `liaison serve` with the Demoland demo, its clock pinned at `now`; resolves with its URL
 * and first password.
 */
export async function startLiaison({ now = NOW } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "liaison-e2e-"));
  const port = await freePort();
  const env = pinnedEnvironment({ LIAISON_LOG_FORMAT: "json", LIAISON_NOW: now });
  delete env.LIAISON_DATABASE_URL;
  delete env.LIAISON_PUBLIC_URL;
  const child = spawn(binary, ["serve", "--listen", `127.0.0.1:${port}`, "--data-dir", dataDir], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`liaison did not start:\n${output}`)), 60000);
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const password = output.match(/one-time password (\S+)/);
      const url = output.match(/Sign in at (\S+)\/login/);
      if (password && url) {
        clearTimeout(timer);
        resolve({ url: url[1], password: password[1] });
      }
    });
    child.on("exit", (code) => reject(new Error(`liaison exited with ${code}:\n${output}`)));
  });
  return {
    ...ready,
    now,
    email: "admin@liaison.local",
    /** Runs another `liaison` command on the same data; returns what it printed. */
    command(...args) {
      return execFileSync(binary, [...args, "--data-dir", dataDir], { env, encoding: "utf8" });
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's chromium, drawing in the stated fonts. Every context and page it opens is in UTC and
 * British English, with its clock at `now` (running on from there), as the platform's.
 */
export async function openBrowser({ now = NOW } = {}) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: pinnedEnvironment({ FONTCONFIG_FILE: fontConfiguration() }),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=en-GB",
    ],
  });
  const pinned = {
    async newContext(options = {}) {
      const context = await browser.newContext({ locale: "en-GB", timezoneId: "UTC", ...options });
      await context.clock.install({ time: new Date(now) });
      return context;
    },
    async newPage(options = {}) {
      return (await pinned.newContext(options)).newPage();
    },
    close: () => browser.close(),
  };
  return pinned;
}

/** Signs in with the one-time password and sets a password of one's own. */
export async function signInFirstTime(page, liaison, newPassword) {
  await page.goto(`${liaison.url}/login`);
  await page.fill("#email", liaison.email);
  await page.fill("#password", liaison.password);
  await page.click("button[type=submit]");
  await page.waitForURL(/\/account\/password/);
  await page.fill("#current", liaison.password);
  await page.fill("#new", newPassword);
  await page.fill("#repeat", newPassword);
  await page.click("main button[type=submit]");
  // On to the page first asked for: the home page, as the sign-in page was opened directly.
  await page.waitForURL((url) => url.pathname === "/");
}

/** Collects the script errors of `page` (console errors and uncaught exceptions) into `errors`. */
export function watch(page, errors) {
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(String(error)));
}

/**
 * The administrator (signed in on `admin`) invites someone; they accept in a browser context of
 * their own, choose `password` and sign in. Resolves with their page.
 */
export async function invite({ browser, liaison, admin, errors }, email, organisation, role, password) {
  await admin.goto(`${liaison.url}/admin/accounts`);
  await admin.fill("#email", email);
  await admin.selectOption("#role", role);
  await admin.selectOption("#organisation", organisation);
  await admin.click("form[action='/admin/invitations'] button[type=submit]");
  const link = (await admin.textContent("#invitation-link")).trim();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page, errors);
  await page.goto(link);
  await page.fill("#name", email);
  await page.fill("#password", password);
  await page.fill("#repeat", password);
  await page.click("main button[type=submit]");
  await page.waitForURL(/\/login/);
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.click("main button[type=submit]");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return page;
}
