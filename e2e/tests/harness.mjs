// Starts Liaison on a fresh data directory and a free port, and opens Debian's chromium.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
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

/** Runs `liaison serve` with the Demoland demo; resolves with its URL and first password. */
export async function startLiaison() {
  const dataDir = mkdtempSync(join(tmpdir(), "liaison-e2e-"));
  const port = await freePort();
  const env = { ...process.env, LIAISON_LOG_FORMAT: "json" };
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
    email: "admin@liaison.local",
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
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
  await page.waitForURL(/\/account$/);
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
