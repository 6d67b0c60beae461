import { z } from 'zod';
import { feedEnvelopeSchema } from './schema.ts';

/** The published JSON Schema of a feed envelope (draft 2020-12). */
export function feedJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://breachline.invalid/schema/breachline-v1.json',
    title: 'Breachline feed v1 (envelope)',
    ...z.toJSONSchema(feedEnvelopeSchema, { target: 'draft-2020-12', io: 'input' }),
  };
}
