// Fault scenarios a developer or a test can switch on (DESIGN §4): each makes the contract fail one way.

export const SCENARIOS = [
  'normal',
  'slow',
  'server-error',
  'timeout',
  'offline',
  'malformed',
  'html',
  'contract',
  'empty',
] as const;

export type Scenario = (typeof SCENARIOS)[number];

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

export const SCENARIO_HELP: Readonly<Record<Scenario, string>> = {
  normal: 'the illustrative dataset, answered at once',
  slow: 'every document answered after 3 s',
  'server-error': 'HTTP 500 for every document',
  timeout: 'no answer at all (the client gives up after its time limit)',
  offline: 'a network error, as when the connection is down',
  malformed: 'observations.json cut off mid-way (invalid JSON)',
  html: 'an HTML page where JSON was due, as a misconfigured static host answers',
  contract: 'members.json with a Member whose region is a number (breaks the contract)',
  empty: 'valid documents with no Members and no observations',
};
