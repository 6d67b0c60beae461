import { queryOptions } from '@tanstack/react-query';
import { appConfigSchema, type AppConfig } from '../feed/configSchema';
import { ConfigError } from './feedErrors';

async function loadConfig(signal: AbortSignal): Promise<AppConfig> {
  const response = await fetch('config.json', { signal, cache: 'no-store' });
  if (!response.ok) throw new ConfigError([{ where: 'config.json', why: `could not be loaded: ${response.status} ${response.statusText}`.trim() }]);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new ConfigError([{ where: 'config.json', why: `not JSON: ${(error as Error).message}` }]);
  }
  const parsed = appConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => ({ where: issue.path.join('.') || '(top level)', why: issue.message })));
  }
  return parsed.data;
}

export const configQuery = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => loadConfig(signal),
    // A deployment's settings change with a redeploy, which reloads the page anyway.
    staleTime: Infinity,
    retry: false,
  });
