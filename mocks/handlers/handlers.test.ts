// The MSW handlers against the shared contract suite, through msw/node as the app's requests go.
import { describe, expect, it } from 'vitest';
import { runContractSuite } from '../../tests/contract/contract-suite';
import { server } from '../node';
import { createHandlers } from '.';

runContractSuite('MSW handlers', async (path) => {
  const response = await fetch(`http://localhost:3000${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
});

describe('injected faults', () => {
  it('make the named endpoints answer 500 and leave the others alone', async () => {
    server.use(...createHandlers({ faults: ['series'] }));
    expect((await fetch('http://localhost:3000/api/v1/series?domain=nev')).status).toBe(500);
    expect((await fetch('http://localhost:3000/api/v1/domains')).status).toBe(200);
  });
});
