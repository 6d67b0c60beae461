import type { Plugin } from 'vite';
import { feedJsonSchema } from '../../feed/feedJsonSchema.ts';

const PATH = 'schema/breachline-v1.json';

/** Publishes the feed's JSON Schema, generated from the same zod objects the app validates with. */
export function feedSchemaPlugin(): Plugin {
  const body = () => `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
  return {
    name: 'breachline-feed-schema',
    configureServer(server) {
      server.middlewares.use(`/${PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(body());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PATH, source: body() });
    },
  };
}
