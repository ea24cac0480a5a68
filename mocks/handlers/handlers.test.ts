// The MSW handlers against the shared contract suite, through msw/node as the app's requests go.
import { runContractSuite } from '../../tests/contract/contract-suite';

runContractSuite('MSW handlers', async (path) => {
  const response = await fetch(`http://localhost:3000${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
});
