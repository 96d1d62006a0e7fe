/**
 * The background's controls for the page: the "Scan this page" context-menu item and the
 * next/previous-quote keyboard commands. Each only forwards a ContentRequest to the tab's content
 * script. The extension API comes in as a parameter, so the wiring is unit-tested with a fake.
 */
import type { ContentRequest } from '../messages';

export const SCAN_MENU_ID = 'quotelens-scan';
/** Command names (manifest `commands`, wxt.config.ts) → step direction. */
export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = { 'next-quote': 1, 'previous-quote': -1 };

interface Event<F> {
  addListener(listener: F): void;
}

/** The part of the extension API the controls use (browser.* or chrome.*). */
export interface ControlsApi {
  contextMenus: {
    removeAll(): Promise<void>;
    create(properties: { id: string; title: string; contexts: string[]; documentUrlPatterns: string[] }): unknown;
    onClicked: Event<(info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => void>;
  };
  commands: { onCommand: Event<(command: string, tab?: { id?: number }) => void> };
  tabs: {
    sendMessage(tabId: number, message: ContentRequest, options: { frameId: number }): Promise<unknown>;
    query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
  };
}

/** What a command asks the content script, or null for a command that is not ours. */
export function requestForCommand(command: string): ContentRequest | null {
  const direction = STEP_COMMANDS[command];
  return direction ? { type: 'content/step', direction } : null;
}

/** Registers the menu item and the listeners. Call it at every background start (listeners must be added synchronously). */
export function wireControls(api: ControlsApi, onError: (e: unknown) => void = () => {}): Promise<void> {
  // A tab without our content script (opened before the install, not http) just does not answer.
  const tell = (tabId: number, request: ContentRequest) => void api.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => {});
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SCAN_MENU_ID && tab?.id !== undefined) tell(tab.id, { type: 'content/scan' });
  });
  api.commands.onCommand.addListener((command, tab) => {
    const request = requestForCommand(command);
    if (!request) return;
    if (tab?.id !== undefined) return tell(tab.id, request);
    void api.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) tell(active.id, request);
    }, onError);
  });
  // Menus outlive a stopped worker in Chrome but not a restart of Firefox: recreate at each start.
  return api.contextMenus
    .removeAll()
    .then(() => {
      api.contextMenus.create({ id: SCAN_MENU_ID, title: 'Scan this page', contexts: ['page', 'selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
    })
    .catch(onError);
}
