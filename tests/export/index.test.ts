import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '@/utils/export';
import { EXPORT_FORMATS, renderExport } from '@/utils/export';
import { samplePage } from './helpers';

describe('utils/export', () => {
  it('renders each format with its file name and MIME type', () => {
    const inp = samplePage();
    expect(renderExport('json', inp)).toEqual({ text: api.toJson(inp), fileName: 'Trump and Xi agree a truce - 2025-10-31.json', mimeType: 'application/json' });
    expect(renderExport('csv', inp)).toEqual({ text: api.toCsv(inp), fileName: 'Trump and Xi agree a truce - 2025-10-31.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(renderExport('csv', inp, { bom: false }).text).toBe(api.toCsv(inp).slice(1));
    expect(renderExport('md', inp)).toEqual({ text: api.toMarkdown(inp), fileName: 'Trump and Xi agree a truce - 2025-10-31.md', mimeType: 'text/markdown;charset=utf-8' });
    expect(Object.keys(EXPORT_FORMATS)).toEqual(['json', 'csv', 'md']);
  });

  it('exports the API the popup is promised', () => {
    for (const name of ['toJson', 'toCsv', 'toMarkdown', 'exportFileName', 'groupBySpeaker', 'buildExport', 'renderExport']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  const IMPURE = /\b(?:browser|chrome|document|window|navigator)\s*\.|from\s+['"](?:compromise|wxt[^'"]*|webextension-polyfill|[^'"]*nlp)['"]/;
  const CLOCK = /\bDate\.now\b|new Date\(\)/;

  it('the purity check recognises impure code (so it can fail)', () => {
    for (const bad of ['browser.runtime.getManifest()', 'document.title', "import nlp from 'compromise';", "import { nlp } from '../nlp';", "import { browser } from 'wxt/browser';"]) {
      expect(bad).toMatch(IMPURE);
    }
    expect('const t = Date.now();').toMatch(CLOCK);
  });

  it('is pure: no browser API, DOM, compromise or clock in any module', () => {
    const dir = new URL('../../utils/export/', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const file of sources) {
      const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(IMPURE);
      expect(code, file).not.toMatch(CLOCK);
    }
  });
});
