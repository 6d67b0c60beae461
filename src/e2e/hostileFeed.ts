import { demoScenario } from '../../mocks/demoScenario';
import type { FeedEnvelopeInput, FeedEventInput } from '../feed/schema';

// The hostile feed of hostile.e2e.test.ts: every string a view shows carries one of these payloads.

export const MARK = 'blpwn'; // in every payload, so leaks are found by a plain search
const PAYLOADS = [
  `<img src=x onerror="__pwned('img')">`,
  `<script>__pwned('script')</script>`,
  `javascript:__pwned('js-url')//${MARK}`,
  `<svg onload="__pwned('svg')"><image href="https://${MARK}.invalid/svg.png"/></svg>`,
  `"><style>*{background:url(https://${MARK}.invalid/css.png)}</style>`,
  `</title><iframe src="https://${MARK}.invalid/frame"></iframe>`,
  `{{constructor.constructor('__pwned("template")')()}}`,
  `https://${MARK}.invalid/pixel.png`,
  `'; color: red; background-image: url(//${MARK}.invalid/attr.png); '`,
].map((p, i) => (p.toLowerCase().includes(MARK) ? p : `${p}<!--${MARK}${i}-->`));
export const BIDI = `\u202Egpj.exe-${MARK}`;
export const LONG = `${MARK}-`.padEnd(99_000, 'W');

/** The 10-day demo with a payload in every field a view shows: ids, names, titles, rules, messages, hosts, ips. */
export function hostileFeed(): { text: string; payloadAccount: string } {
  const { feed } = demoScenario({ seed: 7, now: Date.parse('2026-02-12T06:00:00Z'), days: 10 });
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length] ?? '';
  const renamed = new Map<string, string>();
  const rename = (name: string) => {
    let hostile = renamed.get(name);
    if (hostile === undefined) {
      // Keep the original as a prefix: privileged patterns (^sup-adm-) still match, and names stay unique.
      // Two look-alikes with whole histories (so the views rank them), and a right-to-left override.
      const special: Record<string, string> = { 'sup-adm-07': `sup-adm-07${BIDI}`, 'sup-adm-05': 'sup-adm-admin', 'sup-adm-06': 'sup-adm-adm\u200Bin' };
      hostile = special[name] ?? `${name}${next()}`;
      renamed.set(name, hostile);
    }
    return hostile;
  };
  const events: FeedEventInput[] = feed.events.map((e) => ({
    ...e,
    id: `${e.id}${next()}`,
    account: e.account === undefined ? undefined : rename(e.account),
    host: e.host === undefined ? undefined : `${e.host}${next()}`,
    ip: e.ip === undefined ? undefined : `${e.ip}${next()}`,
    system: e.system === undefined ? undefined : rename(e.system),
    incident: e.incident === undefined ? undefined : rename(e.incident),
    rule: e.rule === undefined ? undefined : { id: rename(e.rule.id), name: rename(e.rule.name ?? e.rule.id) },
    message: e.message === undefined ? undefined : `${e.message} ${next()}`,
    [`extra${next()}`]: next(),
  }));
  // Late on the last day with large exports, so they rank in every "last 24 hours" list.
  const plain = { ...(feed.events.find((e) => e.account === 'ag-0002') ?? feed.events[0]), ts: '2026-02-12T04:00:00Z' };
  // "sup-adm-admin" beside "sup-adm-adm\u200Bin": the two must look different. And an account named by 99,000 chars.
  events.push({ ...plain, id: `look-alike-${MARK}`, account: 'sup-adm-admin', action: 'export', records: 3_000_000 } as FeedEventInput);
  events.push({ ...plain, id: `look-alike-2-${MARK}`, account: 'sup-adm-adm\u200Bin', action: 'export', records: 3_100_000 } as FeedEventInput);
  events.push({ ...plain, id: `bidi-${MARK}`, account: `sup-adm-07${BIDI}`, action: 'export', records: 3_200_000 } as FeedEventInput);
  events.push({ ...plain, id: `long-${MARK}`, account: LONG, action: 'export', records: 3_300_000, message: LONG } as FeedEventInput);
  // Refused records: their values are quoted in the problem list.
  events.push({ ...plain, id: `refused-${MARK}`, severity: `high${BIDI}` } as unknown as FeedEventInput);
  events.push({ ...plain, id: `refused-2-${MARK}`, ts: `${LONG}${next()}` } as FeedEventInput);
  events.push({ ...plain, id: `odd-attack-${MARK}`, action: 'alert', severity: 'high', attack: { tactic: next(), technique: next() }, incident: rename('INC-2041') } as FeedEventInput);
  const hostile: FeedEnvelopeInput = {
    ...feed,
    meta: { ...feed.meta, source: `${next()}${BIDI}` },
    accounts: feed.accounts?.map((a) => ({ ...a, id: rename(a.id), name: `${a.name ?? ''}${next()}` })),
    incidents: feed.incidents?.map((i) => ({ ...i, id: rename(i.id), title: `${i.title ?? ''} ${LONG}` })),
    events,
  };
  return { text: JSON.stringify(hostile), payloadAccount: rename('sup-adm-04') };
}
