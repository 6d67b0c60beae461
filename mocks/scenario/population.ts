import { deskIp, SERVICE_IPS, vpnIp } from './addresses';
import { syntheticName } from './names';
import { seededRng, type Rng } from './random';
import type { HumanProfile, ServiceJob, ServiceProfile, Shift } from './types';

// Sizes from DEMO-SCENARIO.md. Only agents and team leads scale: the eight support admins and four services carry
// the story (attack and decoys), which must read the same in a 1M-event benchmark as in the demo.
export const AGENTS = 212;
export const TEAM_LEADS = 15;
export const SUPPORT_ADMINS = 8;

export const REPORTING_SERVICE = 'svc-reporting';
export const MONTH_END_TEAM_LEAD = 'tl-04';
export const BENIGN_ADMIN = 'sup-adm-02';

export interface Population {
  humans: HumanProfile[];
  services: ServiceProfile[];
  nightShiftAgents: string[];
}

const WEEKDAYS_ONLY = [0.94, 0.94, 0.94, 0.94, 0.94, 0, 0];

function agentRhythm(rng: Rng, index: number): Pick<HumanProfile, 'shift' | 'startMinute' | 'workProbability'> {
  // Every 16th agent is rostered on nights (13 of 212): always on at night, which is normal for them.
  if (index % 16 === 5) {
    return { shift: 'night', startMinute: rng.int(88, 92) * 15, workProbability: [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7] };
  }
  const shift: Shift = rng.chance(0.3) ? 'evening' : 'day';
  const startMinute = shift === 'day' ? rng.int(30, 38) * 15 : rng.int(54, 60) * 15;
  if (rng.chance(0.25)) {
    // Part-timers work three fixed weekdays.
    const days = [0.03, 0.03, 0.03, 0.03, 0.03, 0.25, 0.05];
    for (let picked = 0; picked < 3; ) {
      const day = rng.int(0, 4);
      if (days[day] !== 0.93) {
        days[day] = 0.93;
        picked++;
      }
    }
    return { shift, startMinute, workProbability: days };
  }
  return { shift, startMinute, workProbability: [0.93, 0.93, 0.93, 0.93, 0.93, 0.18, 0.08] };
}

function human(seed: number, id: string, role: HumanProfile['role'], index: number): HumanProfile {
  const rng = seededRng(seed, 'profile', id);
  const rhythm = role === 'agent'
    ? agentRhythm(rng, index)
    : { shift: 'office' as const, startMinute: rng.int(30, 36) * 15, workProbability: WEEKDAYS_ONLY };
  const lengthMinutes = role === 'agent' ? rng.int(32, 34) * 15 : rng.int(34, 37) * 15;
  return {
    id,
    name: syntheticName(rng),
    role,
    privileged: role === 'support-admin',
    ...rhythm,
    lengthMinutes,
    breakAfter: Math.round(lengthMinutes * rng.between(0.42, 0.55)),
    breakMinutes: rng.int(30, 50),
    breakLogout: rng.chance(0.3),
    ratePerHour: role === 'agent' ? rng.between(2, 3.5) : role === 'team-lead' ? rng.between(1, 2) : rng.between(1.8, 3),
    searchShare: rng.between(0.3, 0.5),
    adminShare: role === 'support-admin' ? rng.between(0.1, 0.2) : 0,
    homeIp: deskIp(rng),
    vpnIp: vpnIp(rng),
    vpnShare: role === 'agent' ? rng.between(0, 0.15) : rng.between(0.1, 0.35),
    host: `ccs-ws-${String(rng.int(1, 999)).padStart(3, '0')}`,
    typoRate: rng.between(0.01, 0.05),
    monthEndExport: id === MONTH_END_TEAM_LEAD,
  };
}

const SERVICES: readonly { id: string; name: string; job: ServiceJob; privileged: boolean }[] = [
  // The reporting export holds bulk-export rights, so it is privileged: a naive "privileged account exporting at
  // night" rule fires on it every night, which is exactly the decoy.
  { id: REPORTING_SERVICE, name: 'Reporting export (scheduled)', job: 'reporting', privileged: true },
  { id: 'svc-crm-sync', name: 'CRM synchronisation', job: 'crm-sync', privileged: false },
  { id: 'svc-ivr', name: 'IVR customer lookup', job: 'ivr', privileged: false },
  { id: 'svc-monitoring', name: 'Availability probe', job: 'monitoring', privileged: false },
];

export function buildPopulation(seed: number, scale: number): Population {
  const humans: HumanProfile[] = [];
  const agents = Math.max(16, Math.round(AGENTS * scale));
  for (let i = 1; i <= agents; i++) humans.push(human(seed, `ag-${String(i).padStart(4, '0')}`, 'agent', i));
  const leads = Math.max(TEAM_LEADS, Math.round(TEAM_LEADS * scale));
  for (let i = 1; i <= leads; i++) humans.push(human(seed, `tl-${String(i).padStart(2, '0')}`, 'team-lead', i));
  for (let i = 1; i <= SUPPORT_ADMINS; i++) humans.push(human(seed, `sup-adm-${String(i).padStart(2, '0')}`, 'support-admin', i));
  const services = SERVICES.map((s) => ({ ...s, role: 'service' as const, ip: SERVICE_IPS[s.job], host: `ccs-${s.job}-01` }));
  const nightShiftAgents = humans.filter((h) => h.shift === 'night').map((h) => h.id);
  return { humans, services, nightShiftAgents };
}
