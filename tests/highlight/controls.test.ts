import { describe, expect, it, vi } from 'vitest';
import { requestForCommand, SCAN_MENU_ID, wireControls, type ControlsApi } from '../../utils/highlight/controls';

function fakeApi(activeTab?: number) {
  const listeners: Record<string, (...args: never[]) => void> = {};
  const on = (name: string) => ({ addListener: (f: (...args: never[]) => void) => void (listeners[name] = f) });
  const api = {
    contextMenus: { removeAll: vi.fn(async () => {}), create: vi.fn(), onClicked: on('menu') },
    commands: { onCommand: on('command') },
    tabs: { sendMessage: vi.fn(async () => ({ ok: true })), query: vi.fn(async () => (activeTab === undefined ? [] : [{ id: activeTab }])) },
  };
  return { api, fire: (name: string, ...args: unknown[]) => (listeners[name] as (...a: unknown[]) => void)(...args) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('wireControls', () => {
  it('creates "Scan this page" (after clearing old menus) for web pages only', async () => {
    const { api } = fakeApi();
    await wireControls(api as unknown as ControlsApi);
    expect(api.contextMenus.removeAll).toHaveBeenCalledBefore(api.contextMenus.create);
    expect(api.contextMenus.create).toHaveBeenCalledWith({ id: SCAN_MENU_ID, title: 'Scan this page', contexts: ['page', 'selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  });

  it('the menu item sends content/scan to the tab it was clicked in; other items do nothing', async () => {
    const { api, fire } = fakeApi();
    await wireControls(api as unknown as ControlsApi);
    fire('menu', { menuItemId: SCAN_MENU_ID }, { id: 7 });
    fire('menu', { menuItemId: 'someone-else' }, { id: 7 });
    fire('menu', { menuItemId: SCAN_MENU_ID }, undefined);
    expect(api.tabs.sendMessage.mock.calls).toEqual([[7, { type: 'content/scan' }, { frameId: 0 }]]);
  });

  it('the commands step forward and back in the tab they came from, else the active tab', async () => {
    const { api, fire } = fakeApi(9);
    await wireControls(api as unknown as ControlsApi);
    fire('command', 'next-quote', { id: 3 });
    fire('command', 'previous-quote', undefined);
    fire('command', '_execute_action', { id: 3 });
    await flush();
    expect(api.tabs.sendMessage.mock.calls).toEqual([
      [3, { type: 'content/step', direction: 1 }, { frameId: 0 }],
      [9, { type: 'content/step', direction: -1 }, { frameId: 0 }],
    ]);
  });

  it('a tab without a content script does not make it throw', async () => {
    const { api, fire } = fakeApi();
    api.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    await wireControls(api as unknown as ControlsApi);
    expect(() => fire('menu', { menuItemId: SCAN_MENU_ID }, { id: 1 })).not.toThrow();
    await flush();
  });

  it('requestForCommand', () => {
    expect(requestForCommand('next-quote')).toEqual({ type: 'content/step', direction: 1 });
    expect(requestForCommand('previous-quote')).toEqual({ type: 'content/step', direction: -1 });
    expect(requestForCommand('other')).toBeNull();
  });
});
