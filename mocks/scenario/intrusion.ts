import type { AttackPlan } from './attackPlan';
import { attackSession } from './attackSession';
import type { ScenarioDay } from './calendar';
import type { EventSink } from './types';

export interface DiscoveryFacts {
  /** The first successful login with the stolen credential: initial access. */
  login: number;
  first: number;
  last: number;
  searches: number;
}

export interface CollectionFacts {
  first: number;
  last: number;
  views: number;
  searches: number;
}

/**
 * Initial access and account discovery: one mistyped password, then a login from an address the account never used,
 * between 01:40 and 02:00 local, and an hour and a half of directory searches (the admin's own day has a dozen).
 */
export function discoveryNight(plan: AttackPlan, day: ScenarioDay, seed: number, sink: EventSink): DiscoveryFacts {
  const { rng, emit } = attackSession('discovery', plan.trickleAccount, plan.trickleIp, day, seed, sink);
  let t = rng.between(100, 118);
  emit(t, 'login_failed');
  t += rng.between(0.5, 2);
  const login = emit(t, 'login');
  let first = Number.NaN;
  let last = login;
  const searches = rng.int(55, 75);
  for (let i = 0; i < searches; i++) {
    t += rng.between(0.6, 2.2);
    last = emit(t, 'search');
    if (i === 0) first = last;
    if (rng.chance(0.3)) emit(t + rng.between(0.1, 0.4), 'view');
  }
  emit(t + rng.between(2, 6), 'logout');
  return { login, first, last, searches };
}

/**
 * Collection from the customer repository the next night: a few hundred record views and searches at a machine-like
 * cadence of 15–30 s, from 01:10 to about 03:10 local.
 */
export function collectionNight(plan: AttackPlan, day: ScenarioDay, seed: number, sink: EventSink): CollectionFacts {
  const { rng, emit } = attackSession('collection', plan.trickleAccount, plan.trickleIp, day, seed, sink);
  let t = rng.between(70, 85);
  emit(t, 'login');
  const facts: CollectionFacts = { first: Number.NaN, last: Number.NaN, views: 0, searches: 0 };
  for (let i = rng.int(260, 300); i > 0; i--) {
    t += rng.between(0.25, 0.5);
    const search = rng.chance(0.25);
    facts.last = emit(t, search ? 'search' : 'view');
    if (Number.isNaN(facts.first)) facts.first = facts.last;
    if (search) facts.searches++;
    else facts.views++;
  }
  emit(t + rng.between(1, 3), 'logout');
  return facts;
}
