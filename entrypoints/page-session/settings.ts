/**
 * The settings as the page side gets them: from the background, never from storage. The 'warm'
 * note an article's content script sends answers with them (and the session asks the same way
 * when it starts without one); the background sends 'content/settings' to every tab when they
 * change. In Firefox a content script's first use of the storage API cost 13-41 ms of the page's
 * main thread, and in Chromium about half a millisecond.
 */
import { normalizeSettings, type Settings } from '@/utils/settings';

/** The settings in the background's answer to 'warm' (a Result); the defaults when there is none. */
export function settingsFromWarm(answer: unknown): Settings {
  const result = answer as { ok?: unknown; value?: unknown } | null;
  return normalizeSettings(result && typeof result === 'object' && result.ok === true ? result.value : undefined);
}
