/**
 * Saving and copying text from an extension page (popup, options). The document and navigator are
 * passed in, so happy-dom tests can drive them. No downloads permission: an anchor with `download`
 * on a Blob URL saves the file in both browsers.
 */

/** Saves `text` as a file named `fileName` through a Blob URL and a temporary `<a download>`. */
export function downloadText(doc: Document, text: string, fileName: string, mimeType: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('no window to download from');
  const url = view.URL.createObjectURL(new view.Blob([text], { type: mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  // In the document while it is clicked: Firefox ignores clicks on detached anchors.
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Not at once: Firefox may still be reading the Blob when click() returns.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * Copies `text` to the clipboard: the async Clipboard API, or where it refuses (no focus, an older
 * browser), a selected textarea and execCommand('copy'). Resolves false when neither worked.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the old way
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  const active = doc.activeElement as HTMLElement | null;
  try {
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.();
  }
}
