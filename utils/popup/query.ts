/**
 * The popup's address: `popup.html?tab=ID` shows that tab's list (the "open in a tab" view, and the
 * e2e tests), `&speaker=NAME` pre-fills the filter. Pure.
 */
export interface PopupQuery {
  /** The tab whose quotes to show; missing: the active tab (the toolbar popup). */
  tabId?: number;
  /** Pre-fills the filter box. */
  speaker?: string;
}

const MAX_TAB_ID = 2 ** 31 - 1;

export function parsePopupQuery(search: string): PopupQuery {
  const params = new URLSearchParams(search);
  const query: PopupQuery = {};
  const tab = params.get('tab');
  if (tab !== null && /^\d{1,10}$/.test(tab) && Number(tab) <= MAX_TAB_ID) query.tabId = Number(tab);
  const speaker = params.get('speaker')?.replace(/\s+/gu, ' ').trim();
  if (speaker) query.speaker = speaker.slice(0, 300);
  return query;
}
