import { describe, expect, it } from 'vitest';
import { loadedSchemas, loadSchemas } from './schemas-loader';

describe('schemas-loader', () => {
  it('loads the schemas once and then hands them over without waiting', async () => {
    expect(loadedSchemas()).toBeUndefined();
    const first = loadSchemas();
    expect(loadSchemas()).toBe(first); // one import for the page, whoever asks
    const schemas = await first;
    expect(loadedSchemas()).toBe(schemas);
    expect(schemas.DomainsResponseSchema.safeParse({ domains: [], years: { min: 2019, max: 2025 } }).success).toBe(true);
  });
});
