// One small API over the three browser engines the journeys run in, so that
// a journey is written once: Chromium (Debian's, by playwright-core), Firefox
// ESR (Debian's, by puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's
// MiniBrowser, by the W3C WebDriver endpoints of Debian's WebKitWebDriver, on
// a virtual display of Xvfb's). No driver or browser is downloaded.
//
// Each driver offers: goto, reload, evaluate (a function and one argument,
// run in the page), type (keys into a field, as a person types them),
// retype (the field's text selected, then keys typed over it), press
// (one named key to the focused element), click (a pointer click), select
// (an option of a <select>, as Playwright's selectOption sets it), upload (a
// file for an <input type=file>), screenshot, close.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { launch as launchChromium } from './browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

// The phone the journeys run on.
export const PHONE = { width: 390, height: 844 };

export async function launchEngine(name) {
  if (name === 'chromium') return chromium();
  if (name === 'firefox') return firefox();
  if (name === 'webkit') return webkit();
  throw new Error(`no engine ${name}`);
}

// Keys by name, as Playwright and Puppeteer name them.
const KEYS = ['Tab', 'Enter', 'Backspace', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Space'];
const checkKey = (key) => {
  if (!KEYS.includes(key)) throw new Error(`no key ${key}`);
  return key;
};

// Focuses a field and selects its text, as a double click or Ctrl+A would.
function focusAll(selector) {
  const field = document.querySelector(selector);
  field.focus();
  field.select();
}

// Sets a <select>'s option and tells the page, as Playwright's selectOption does.
function choose([selector, value]) {
  const select = document.querySelector(selector);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function chromium() {
  const browser = await launchChromium();
  // Date boxes ordered month/day/year in every engine, whatever the machine's locale.
  const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const page = await context.newPage();
  return {
    ...pageDriver('chromium', page, browser),
    upload: (selector, path) => page.setInputFiles(selector, path),
  };
}

// What Playwright's and Puppeteer's pages do alike.
function pageDriver(name, page, browser) {
  return {
    name,
    goto: async (url) => { await page.goto(url); },
    reload: async () => { await page.reload(); },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: async (selector, text) => { await page.focus(selector); await page.keyboard.type(text); },
    retype: async (selector, text) => { await page.evaluate(focusAll, selector); await page.keyboard.type(text); },
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : checkKey(key)),
    click: (selector) => page.click(selector),
    select: (selector, value) => page.evaluate(choose, [selector, value]),
    screenshot: async (path) => { await page.screenshot({ path }); },
    close: () => browser.close(),
  };
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    // Off the network: no updates, telemetry or remote settings.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  return {
    ...pageDriver('firefox', page, browser),
    upload: async (selector, path) => { await (await page.$(selector)).uploadFile(path); },
  };
}

// The W3C WebDriver key codes of the named keys.
const WEBDRIVER_KEYS = {
  Tab: '\uE004', Enter: '\uE007', Backspace: '\uE003', Space: ' ',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
};

const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer();
  probe.on('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

// A virtual display of its own: Xvfb picks a free display number itself and
// writes it to fd 3 (-displayfd). `xvfb-run -a` guesses a number from lock
// files instead, and two test files starting WebKit at the same moment both
// guess the same one; when the first one's display goes, the other's browser
// hangs on its next navigation.
async function virtualDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const number = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb ended (${code}) before naming its display`)));
  });
  return { display: `:${number}`, stop: () => { try { process.kill(-xvfb.pid, 'SIGTERM'); } catch { /* already gone */ } } };
}

// A navigation that has not loaded in this time fails the test instead of
// waiting for the driver's own five minutes.
const PAGE_LOAD_MS = 60000;

// WebKitWebDriver on a display of its own, and one session of WebKitGTK's
// MiniBrowser in automation mode.
async function webkit() {
  const screen = await virtualDisplay();
  let driver;
  const stopDriver = () => { try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* already gone */ } };
  const stop = () => { stopDriver(); screen.stop(); };
  let base;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    const { value } = await response.json();
    if (value && value.error) throw new Error(`WebKit ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  // A port found free can be taken by another process before the driver
  // binds it: then the driver ends, and it starts again on another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`],
      { detached: true, stdio: 'ignore', env: { ...process.env, DISPLAY: screen.display, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    let ended = false;
    driver.on('exit', () => { ended = true; });
    let ready = false;
    for (let tries = 0; !ended && !ready && tries <= 200; tries++) {
      try {
        ready = (await call('GET', '/status')).ready;
      } catch { /* not listening yet */ }
      if (!ready) await new Promise((r) => setTimeout(r, 50));
    }
    if (ready && !ended) break;
    stopDriver();
    if (attempt === 3) {
      screen.stop();
      throw new Error(`WebKitWebDriver did not answer on ${base}`);
    }
  }
  let session;
  try {
    session = await call('POST', '/session', { capabilities: { alwaysMatch: {
      browserName: 'MiniBrowser',
      timeouts: { pageLoad: PAGE_LOAD_MS },
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    } } });
  } catch (e) {
    stop();
    throw e;
  }
  const S = `/session/${session.sessionId}`;
  const element = async (selector) => Object.values(await call('POST', `${S}/element`, { using: 'css selector', value: selector }))[0];
  // Run in the page as an async script, so that a function returning a
  // promise is awaited as Playwright and Puppeteer await it.
  const evaluate = async (fn, arg) => {
    const outcome = await call('POST', `${S}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        const arg = arguments[0];
        Promise.resolve().then(() => (${fn})(arg)).then(
          (value) => done({ value: value === undefined ? null : value }),
          (e) => done({ error: String(e && e.stack || e) }));`,
      args: [arg ?? null],
    });
    if (outcome.error) throw new Error(outcome.error);
    return outcome.value;
  };
  // A phone-sized window; MiniBrowser's is no narrower than 447 px, so the
  // page is 447 px wide here, and 806 px high under the window's title.
  await call('POST', `${S}/window/rect`, PHONE);
  const keys = (text) => call('POST', `${S}/actions`, { actions: [{ type: 'key', id: 'keyboard',
    actions: [...text.replaceAll('\t', WEBDRIVER_KEYS.Tab)].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }] });
  return {
    name: 'webkit',
    goto: async (url) => { await call('POST', `${S}/url`, { url }); },
    reload: async () => { await call('POST', `${S}/refresh`, {}); },
    evaluate,
    // WebDriver's Element Send Keys focuses the field, then types each key.
    type: async (selector, text) => {
      await call('POST', `${S}/element/${await element(selector)}/value`, { text: text.replaceAll('\t', WEBDRIVER_KEYS.Tab) });
    },
    // Keys to the focused field: Element Send Keys would put the caret at the end first.
    retype: async (selector, text) => { await evaluate(focusAll, selector); await keys(text); },
    press: (key) => keys(WEBDRIVER_KEYS[checkKey(key)]),
    click: async (selector) => { await call('POST', `${S}/element/${await element(selector)}/click`, {}); },
    select: (selector, value) => evaluate(choose, [selector, value]),
    upload: async (selector, path) => { await call('POST', `${S}/element/${await element(selector)}/value`, { text: path }); },
    // Once the page has painted what was last done to it (a scroll).
    screenshot: async (path) => {
      await evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      writeFileSync(path, Buffer.from(await call('GET', `${S}/screenshot`), 'base64'));
    },
    close: async () => {
      try { await call('DELETE', S); } finally { stop(); }
    },
  };
}
