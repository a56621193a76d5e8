import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../../scripts/chromium.ts';

export { CHROMIUM, ARGS };

let browser: Browser | undefined;

/** The shared browser of a test file. */
export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** A new page in a fresh context (e.g. `{ javaScriptEnabled: false }`, a phone viewport). */
export async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await (await launchBrowser()).newContext({ locale: 'zh-CN', ...options });
  return context.newPage();
}

/** axe-core violations of the page as `rule: target` strings (empty when the page passes). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
