// @vitest-environment happy-dom
/** The options page on happy-dom with WXT's fake browser storage: settings, sites, people. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import App from '@/entrypoints/options/App';
import { loadUserActors, loadUserActorsInfo, saveUserActors } from '@/utils/actors/user-store';
import { getSettings } from '@/utils/storage';

let container: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

const $ = <E extends HTMLElement = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const until = (check: () => unknown) => vi.waitFor(async () => expect(await check()).toBeTruthy(), { timeout: 3000, interval: 20 });
const open = () => act(async () => render(<App />, container));
const type = (selector: string, value: string) =>
  act(() => {
    const el = $<HTMLInputElement>(selector)!;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = (selector: string) => act(() => $<HTMLFormElement>(selector)!.requestSubmit());
const click = (el: HTMLElement | undefined | null) => act(() => el!.click());
const rows = () => $$('[data-testid=actor-row]').map((r) => r.querySelector('th')!.textContent);

describe('settings', () => {
  it('every setting has a labelled control, and changes are stored', async () => {
    await open();
    await until(() => $('#setting-autoScan'));
    for (const id of ['setting-autoScan', 'setting-highlights', 'setting-highlightTerms', 'palette-default', 'palette-high-contrast', 'site-host']) {
      expect(container.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    }
    await click($('#setting-autoScan'));
    await click($('#palette-high-contrast'));
    await until(async () => (await getSettings()).palette === 'high-contrast');
    expect(await getSettings()).toMatchObject({ autoScan: false, palette: 'high-contrast', highlights: true });
  });

  it('sites: a valid host is added with its choice, a bad one is explained, a listed one can be removed', async () => {
    await open();
    await until(() => $('#site-host'));
    await type('#site-host', 'not a site');
    await submit('form.row-form');
    expect($('#site-error')!.textContent).toMatch(/no spaces/);
    expect($('#site-host')!.getAttribute('aria-invalid')).toBe('true');
    await type('#site-host', 'https://www.News.example/a');
    await submit('form.row-form');
    await until(async () => (await getSettings()).sites['www.news.example']);
    expect((await getSettings()).sites['www.news.example']).toEqual({ highlights: false });
    await until(() => $('[data-testid=site-list]'));
    await click($('[aria-label="Remove www.news.example"]'));
    await until(async () => Object.keys((await getSettings()).sites).length === 0);
  });
});

describe('your people', () => {
  it('add, edit and remove (with undo); says where the list is stored', async () => {
    await open();
    await until(() => $('[data-testid=actors-area]'));
    expect($('[data-testid=actors-area]')!.dataset.area).toBe('none');

    await type('#add-name', 'Jane Roe');
    await type('#add-aliases', 'J. Roe; Janie');
    await type('#add-role', 'Mayor');
    await type('#add-org', 'Springfield');
    await submit('[data-testid=add-actor-form]');
    await until(() => rows().length === 1);
    expect($('[data-testid=actors-area]')!.dataset.area).toBe('sync');
    expect((await loadUserActors())[0]).toMatchObject({ name: 'Jane Roe', aliases: ['J. Roe', 'Janie'], roles: [{ role: 'Mayor', org: 'Springfield' }] });
    expect($<HTMLInputElement>('#add-name')!.value).toBe(''); // ready for the next person

    // a second person with the same name is refused, with the reason
    await type('#add-name', 'jane  ROE');
    await submit('[data-testid=add-actor-form]');
    await until(() => $('[data-testid=add-actor-error]'));
    expect($('[data-testid=add-actor-error]')!.textContent).toMatch(/already in your list/);

    await click($('[aria-label="Edit Jane Roe"]'));
    await until(() => $('[data-testid=edit-actor-form]'));
    expect($<HTMLInputElement>('#edit-aliases')!.value).toBe('J. Roe; Janie');
    await type('#edit-notes', 'Met at the council');
    await submit('[data-testid=edit-actor-form]');
    await until(() => !$('[data-testid=edit-actor-form]'));
    expect((await loadUserActors())[0].notes).toBe('Met at the council');

    await click($('[aria-label="Remove Jane Roe"]'));
    await until(() => rows().length === 0);
    expect(await loadUserActors()).toEqual([]);
    await click($$('[data-testid=options-note] button').find((b) => b.textContent === 'Undo'));
    await until(() => rows().length === 1);
    expect((await loadUserActors())[0].notes).toBe('Met at the council');
  });

  it('a name is required', async () => {
    await open();
    await until(() => $('#add-name'));
    await submit('[data-testid=add-actor-form]');
    await until(() => $('[data-testid=add-actor-error]'));
    expect($('[data-testid=add-actor-error]')!.textContent).toMatch(/name is missing/);
    expect(await loadUserActors()).toEqual([]);
  });

  it('import: the report lists refused rows by line; stored people stay', async () => {
    await saveUserActors([{ id: 'user:alice', name: 'Alice Stored', aliases: [], roles: [], source: 'user' }]);
    await open();
    await until(() => rows().length === 1);
    const input = $<HTMLInputElement>('[data-testid=import-file]')!;
    const f = new File(['name,role,id\nBob Bee,Analyst,\n,Nobody,\nCid Sea,,bad id\n'], 'people.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [f], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => $('[data-testid=import-report] p'));
    const report = $('[data-testid=import-report]')!.textContent!;
    expect(report).toContain('Imported people.csv: 1 person added; 2 rows refused');
    expect(report).toContain('Line 3: name is missing');
    expect(report).toMatch(/Line 4 \(Cid Sea\): id is not valid/);
    await until(() => rows().length === 2);
    expect(rows()).toEqual(['Alice Stored', 'Bob Bee']);
    expect((await loadUserActorsInfo()).actors.map((a) => a.name)).toEqual(['Alice Stored', 'Bob Bee']);
  });

  it('export: CSV and JSON files of the list', async () => {
    await saveUserActors([{ id: 'user:alice', name: 'Alice Stored', aliases: ['=cmd'], roles: [{ role: 'Editor' }], source: 'user' }]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    const onClick = (e: Event) => {
      names.push((e.target as HTMLAnchorElement).download);
      e.preventDefault();
    };
    document.addEventListener('click', onClick, { capture: true });
    try {
      await open();
      await until(() => rows().length === 1);
      await click($('[data-testid=actors-export-csv]'));
      await click($('[data-testid=actors-export-json]'));
      expect(names.filter(Boolean)).toEqual(['quotelens-people.csv', 'quotelens-people.json']);
      expect(await blobs[0].text()).toBe("name,aliases,role,org,country,notes,id\r\nAlice Stored,'=cmd,Editor,,,,user:alice\r\n");
      expect(JSON.parse(await blobs[1].text())).toMatchObject({ format: 'quotelens-user-actors', actors: [{ name: 'Alice Stored' }] });
    } finally {
      document.removeEventListener('click', onClick, { capture: true });
    }
  });
});
