// What the popup says about this page: "active" only when what the user would see works, else
// the missing part by name. Problems are ids; the popup puts them in words.
import { queryAllDeep } from './dom.js';

/** The site table's selectors for what a page of the site shows: composers, posts, reshare controls. */
export const recognisable = (site) => [...site.composer.editor, ...site.composer.postButton, ...site.post, ...reshareControls(site)];
export const reshareControls = (site) => [...site.reshare.trigger, ...site.reshare.confirm, ...site.reshare.direct];

/**
 * The first problem on the page, or 'active'. No composer open is not a fault (Bluesky's home page
 * has none until the user opens one), and a page without posts needs no reshare control.
 */
export function pageHealth({ site, composers }) {
  const composer = composers.problem();
  if (composer) return composer;
  const found = (selectors) => selectors.some((s) => queryAllDeep(document, [s], site.shadowHosts).length > 0);
  if (found(reshareControls(site))) return 'active';
  if (found(site.post)) return 'reshare control not found';
  return found(recognisable(site)) ? 'active' : 'nothing recognised';
}
