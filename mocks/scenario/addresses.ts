import type { Rng } from './random';
import type { ServiceJob } from './types';

// Only the RFC 5737 documentation ranges, so no address in the demo can point at a real machine:
// 192.0.2.0/24 the contact-centre desks, 198.51.100.0/24 the second site and the VPN pool,
// 203.0.113.0/24 servers and the outside world.

export const SERVICE_IPS: Record<ServiceJob, string> = {
  reporting: '203.0.113.10',
  'crm-sync': '203.0.113.11',
  ivr: '203.0.113.12',
  monitoring: '203.0.113.13',
};

/** Never used by anyone else, so the first attacker login is from an address new to the account and to the system. */
export const DEFAULT_TRICKLE_IP = '203.0.113.77';
export const DEFAULT_BULK_IP = '203.0.113.91';
export const SPRAY_IP = '203.0.113.150';

/** A desk at one of the two sites; desks are shared across shifts, as in a real contact centre. */
export function deskIp(rng: Rng): string {
  return rng.chance(0.6) ? `192.0.2.${rng.int(10, 250)}` : `198.51.100.${rng.int(10, 199)}`;
}

/** The VPN gateway a person's home working comes through. */
export function vpnIp(rng: Rng): string {
  return `198.51.100.${rng.int(200, 239)}`;
}
