// The embedded build's in-page answers against the shared contract suite: the same route table
// as the MSW handlers and the real server.
import { runContractSuite } from '../tests/contract/contract-suite';
import { answerInPage } from './in-page';

runContractSuite('In-page answers', (path) => {
  const url = new URL(path, 'http://in-page.test');
  return Promise.resolve(answerInPage(url.pathname, url.searchParams));
});
