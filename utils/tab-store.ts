/**
 * Per-tab results. Kept in storage.session so they survive Chrome stopping the idle worker
 * (and are gone when the browser closes: nothing the extension sees is kept on disk).
 */
import { browser } from 'wxt/browser';
import type { TabState } from './messages';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? { status: 'none' };
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
