import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Block } from '@/utils/page/block';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    const blocks: Block[] = [...document.querySelectorAll('p')].map((p) => ({ text: p.textContent ?? '', role: 'paragraph' }));
    await browser.runtime.sendMessage({ type: 'analyze', meta: { url: location.href, title: document.title }, blocks });
  },
});
