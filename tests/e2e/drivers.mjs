// How a user drives each fixture site: what to click and where to type. One scenario
// (sites.test.mjs) runs against every driver, so each site proves the same behaviour.
// Playwright's CSS locators pierce open shadow roots, which Reddit needs. `path` opens the page
// with its composer showing where the site hides it behind a button.
// Each site's file under drivers/ lists its fixtures' drivers, variants included.

import { drivers as bluesky } from './drivers/bluesky.mjs';
import { drivers as facebook } from './drivers/facebook.mjs';
import { drivers as linkedin } from './drivers/linkedin.mjs';
import { drivers as mastodon } from './drivers/mastodon.mjs';
import { drivers as reddit } from './drivers/reddit.mjs';
import { drivers as threads } from './drivers/threads.mjs';
import { drivers as x } from './drivers/x.mjs';

export const drivers = Object.assign({}, bluesky, facebook, linkedin, mastodon, reddit, threads, x);
