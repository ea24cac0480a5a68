// The worker that reads a package the reader opened and then answers the API's requests from it
// (mocks/worker-host.ts), so the page never parses, checks or holds the package's rows. Like
// src/main.tsx it is a composition root: the one other place src/ reaches into mocks/.
import validate from 'virtual:datapackage-profile';
import { createWorkerHost } from '../../../mocks/worker-host';
import type { ToWorker } from '../../api/worker-protocol';
import { profileCheck } from '../../data-package/profile-problems';

// DOM's typing of `self`; in a worker, postMessage takes the same { transfer } options.
const host = createWorkerHost((message, transfer = []) => self.postMessage(message, { transfer }), profileCheck(validate));

self.addEventListener('message', (event: MessageEvent<ToWorker>) => void host(event.data));
