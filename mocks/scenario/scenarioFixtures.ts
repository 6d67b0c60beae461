import type { FeedEventInput } from '../../src/feed/schema';
import { demoScenario, type DemoScenario, type DemoScenarioOptions } from '../demoScenario';

// Shared by the scenario tests: the two stories every check runs on, and a local clock that does not reuse the
// generator's own zone code, so a bug there cannot hide behind itself.

export interface ScenarioCase {
  label: string;
  options: DemoScenarioOptions & { timezone: string };
}

export const SCENARIO_CASES: readonly ScenarioCase[] = [
  { label: 'the Amsterdam demo (seed 7)', options: { seed: 7, now: Date.parse('2026-02-12T06:00:00Z'), timezone: 'Europe/Amsterdam' } },
  // 30 days back from 20 March spans the US change to summer time on 8 March and the month end of February.
  { label: 'New York across a DST change (seed 11)', options: { seed: 11, now: Date.parse('2026-03-20T15:00:00Z'), timezone: 'America/New_York' } },
];

const generated = new Map<string, DemoScenario>();

/** Generated once per test file: each is ~100k events. */
export function scenarioOf(scenarioCase: ScenarioCase): DemoScenario {
  let scenario = generated.get(scenarioCase.label);
  if (!scenario) generated.set(scenarioCase.label, (scenario = demoScenario(scenarioCase.options)));
  return scenario;
}

/** Epoch ms of an event; NaN for a missing one, so an assertion on it fails instead of the lookup throwing. */
export const tsOf = (event: FeedEventInput | undefined): number =>
  event === undefined ? Number.NaN : typeof event.ts === 'number' ? event.ts : Date.parse(event.ts);

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  isoWeekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localTimeIn(timezone: string): (ms: number) => LocalTime {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      hour: Number(parts.hour),
      minute: Number(parts.minute),
      isoWeekday: WEEKDAYS.indexOf(parts.weekday ?? '') + 1,
    };
  };
}

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
