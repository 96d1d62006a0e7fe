// @vitest-environment happy-dom
/** Saving and copying from an extension page, on happy-dom's document. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, downloadText } from '@/utils/popup/files';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadText', () => {
  it('clicks an <a download> on a Blob URL of the text, in the document, then removes it and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:quotelens/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string; attached: boolean }> = [];
    document.addEventListener(
      'click',
      (e) => {
        const a = e.target as HTMLAnchorElement;
        clicked.push({ href: a.getAttribute('href') ?? '', download: a.download, attached: a.isConnected });
        e.preventDefault();
      },
      { capture: true },
    );
    downloadText(document, 'héllo,"x"\r\n', 'Title - 2025-07-26.csv', 'text/csv;charset=utf-8');
    expect(create).toHaveBeenCalledTimes(1);
    expect(await blobs[0].text()).toBe('héllo,"x"\r\n');
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(clicked).toEqual([{ href: 'blob:quotelens/1', download: 'Title - 2025-07-26.csv', attached: true }]);
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:quotelens/1');
  });
});

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(async () => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    expect(await copyText(document, 'a,b\r\n')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a,b\r\n');
  });

  it("falls back to a selected textarea and execCommand('copy'), and puts the focus back", async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: vi.fn(async () => Promise.reject(new Error('no focus'))) } as unknown as Clipboard);
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    let copied: string | undefined;
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = (command: string) => {
      const area = document.querySelector('textarea');
      copied = command === 'copy' ? area?.value : undefined;
      return true;
    };
    expect(await copyText(document, 'fallback text')).toBe(true);
    expect(copied).toBe('fallback text');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('says false when neither way works', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = () => false;
    expect(await copyText(document, 'x')).toBe(false);
  });
});
