import { it } from 'vitest';
import { launchChromium } from './helpers/chromium';
import { waitForTimings } from './page-probe';
it('same tab', async () => {
  const h = await launchChromium();
  const first = await h.openPage('seed/page.html');
  await waitForTimings(first);
  const raw = (first as any).raw;
  const same: number[] = [];
  for (let i = 0; i < 6; i++) {
    await raw.goto(h.server.origin + '/seed/page.html?n=' + i, { waitUntil: 'load' });
    const t = await waitForTimings(first);
    same.push(t.workMs);
  }
  const fresh: number[] = [];
  for (let i = 0; i < 6; i++) {
    const p = await h.openPage('seed/page.html');
    fresh.push((await waitForTimings(p)).workMs);
    await p.close();
  }
  console.log('RESULT same-tab', same.map((x) => x.toFixed(1)).join(' '), '| fresh tabs', fresh.map((x) => x.toFixed(1)).join(' '));
  await h.close();
}, 120000);
