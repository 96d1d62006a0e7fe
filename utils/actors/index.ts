/**
 * Actors: the bundled list of public figures, roles learned from the page, the reader's own list.
 *
 *   const index = buildActorIndex(await loadBundledActors(), await loadUserActors());
 *   const quotes = enrichSpeakers(analyzeBlocks(blocks), blocks, index, meta);
 *
 * Everything here but the loaders (load.ts: worker; load-node.ts: Node) and the store
 * (user-store.ts) is pure: no browser APIs, no DOM, no compromise.
 */
export type { Actor, ActorRole } from './types';
export { buildActorIndex, findActors, getActor, wikidataUrl, isPersonName, type ActorIndex } from './match';
export { enrichSpeakers, describeSpeaker, pageDate } from './enrich';
export { decodeBundledActors } from './codec';
export { loadBundledActors, BUNDLED_ACTORS_PATH } from './load';
export { fold, nameWords, fullNameKeys, stripTitles } from './normalize';
export { rolesAt, roleLine, sameRole } from './roles';
export {
  addUserActor,
  exportUserActorsCsv,
  exportUserActorsJson,
  mergeUserActors,
  parseUserActors,
  parseUserActorsCsv,
  parseUserActorsJson,
  removeUserActor,
  toUserActorInput,
  updateUserActor,
  validateUserActor,
  USER_ACTOR_LIMITS,
  type ImportIssue,
  type ImportResult,
  type UserActorInput,
} from './user-actors';
// storage (browser.storage): import from './user-store'
