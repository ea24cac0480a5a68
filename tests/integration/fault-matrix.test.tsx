// The API fault matrix: every endpoint x every fault, injected with msw/node on the
// electronics panel's requests (or on the shared ones). For each cell: the affected panel or
// section says what happened (with Retry where retrying can help), the other panels keep
// drawing, nothing throws, and Retry recovers once the fault is gone.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { configureApiClient } from '../../src/api/client';
import { App } from '../../src/app/app';
import { renderWithProviders } from '../render';

type Endpoint = 'domains' | 'indicators' | 'series' | 'facts' | 'sources';
type Fault = 'http500' | 'http404' | 'http400' | 'network' | 'timeout' | 'malformed' | 'schema' | 'empty' | 'gaps';

const TARGET: Record<Endpoint, (url: URL) => boolean> = {
  domains: () => true,
  indicators: (url) => url.searchParams.get('domain') === 'electronics',
  series: (url) => (url.searchParams.get('domain') === 'electronics' || (url.searchParams.get('indicators') ?? '').includes('laptop_production')),
  facts: (url) => url.searchParams.get('domain') === 'electronics',
  sources: () => true,
};

const EMPTY: Record<Endpoint, object> = { domains: { domains: [], years: { min: 2019, max: 2025 } }, indicators: { indicators: [] }, series: { series: [] }, facts: { facts: [] }, sources: { sources: [] } };
const GAPPY_SERIES = {
  series: [
    {
      indicatorId: 'laptop_production',
      unit: 'units_10k',
      points: [
        { period: '2020', value: null, status: 'reported', sourceId: 'S35' },
        { period: '2021', value: 9385.29, status: 'reported', sourceId: 'S35' },
      ],
    },
  ],
};
/**
 * The client's time limit in the timeout cells, where only the endpoint at fault never answers:
 * long enough that a healthy answer on a busy machine always comes first.
 */
const TIMEOUT_MS = 3000;

function faultResponse(endpoint: Endpoint, fault: Fault) {
  switch (fault) {
    case 'http500':
      return HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 500 });
    case 'http404':
      return HttpResponse.json({ error: { code: 'not_found', message: 'no such resource' } }, { status: 404 });
    case 'http400':
      return HttpResponse.json({ error: { code: 'bad_request', message: 'bad parameter' } }, { status: 400 });
    case 'network':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"oops": [', { headers: { 'Content-Type': 'application/json' } });
    case 'schema':
      return HttpResponse.json({ [endpoint]: [{ id: 42 }] });
    case 'empty':
      return HttpResponse.json(EMPTY[endpoint]);
    case 'gaps':
      return HttpResponse.json(GAPPY_SERIES);
    case 'timeout':
      return undefined; // handled by delaying below
  }
}

const ERROR_FAULTS: Fault[] = ['http500', 'http404', 'http400', 'network', 'timeout', 'malformed', 'schema'];
const ENDPOINTS: Endpoint[] = ['domains', 'indicators', 'series', 'facts', 'sources'];
/** A series with nulls and gaps only means something for the series endpoint. */
const isApplicable = (endpoint: Endpoint, fault: Fault) => fault !== 'gaps' || endpoint === 'series';

let isFaulty = true;
beforeEach(() => {
  isFaulty = true;
});
afterEach(() => configureApiClient({}));

function inject(endpoint: Endpoint, fault: Fault) {
  if (fault === 'timeout') configureApiClient({ timeoutMs: TIMEOUT_MS });
  server.use(
    http.get(`*/api/v1/${endpoint}`, async ({ request }) => {
      if (!isFaulty || !TARGET[endpoint](new URL(request.url))) return undefined;
      if (fault === 'timeout') await delay('infinite');
      return faultResponse(endpoint, fault);
    }),
  );
}

const region = (name: RegExp) => screen.getByRole('region', { name });
const chartsIn = (element: HTMLElement) => within(element).queryAllByTestId('trend-chart');

async function expectOtherPanelsWork() {
  // Without /domains the panels are those the indicators name, under their built-in names ("NEV industry").
  await waitFor(() => expect(chartsIn(region(/New-energy vehicles|NEV industry/)).length).toBeGreaterThan(0));
  await waitFor(() => expect(chartsIn(region(/Macro economy/)).length).toBeGreaterThan(0));
}

/** Where the error shows, and the Retry that should mend it. */
async function findAlert(endpoint: Endpoint) {
  if (endpoint === 'domains') return screen.findByText(/Panel titles and summaries could not be loaded/);
  const electronics = await screen.findByRole('region', { name: /Electronics/ });
  const alerts = await within(electronics).findAllByRole('alert');
  return alerts[0]!;
}

const cells = ENDPOINTS.flatMap((endpoint) => (['http500', 'http404', 'http400', 'network', 'timeout', 'malformed', 'schema', 'empty', 'gaps'] as Fault[]).map((fault) => ({ endpoint, fault })));

describe('API fault matrix', () => {
  it.each(cells.filter((cell) => isApplicable(cell.endpoint, cell.fault)))('$endpoint x $fault', async ({ endpoint, fault }) => {
    const user = userEvent.setup();
    inject(endpoint, fault);
    renderWithProviders(<App />);

    if (ERROR_FAULTS.includes(fault)) {
      const alert = await findAlert(endpoint);
      const box = (alert.closest('[role="alert"]') ?? alert) as HTMLElement;
      expect(box.textContent).toMatch(/could not|unexpected shape|did not answer|not be reached|error/i);
      await expectOtherPanelsWork();
      isFaulty = false;
      await user.click(within(box).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(0));
      await waitFor(() => expect(chartsIn(region(/Electronics/)).length).toBeGreaterThan(0));
      return;
    }

    if (endpoint === 'domains') {
      // The panels come from /domains: a data service that lists none has none to show.
      expect(await screen.findByText('The data has no panels to show.')).toBeInTheDocument();
      expect(screen.queryAllByRole('region', { name: /Electronics|Macro|NEV|New-energy|Materials/ })).toHaveLength(0);
      expect(screen.queryAllByRole('alert')).toHaveLength(0);
      return;
    }
    await expectOtherPanelsWork();
    const electronics = await screen.findByRole('region', { name: /Electronics/ });
    if (fault === 'gaps') {
      await user.click(within(electronics).getByRole('radio', { name: 'Table' }));
      const rows = within(await within(electronics).findByRole('table')).getAllByRole('row');
      expect(rows.find((row) => row.textContent?.startsWith('2020'))).toHaveTextContent('no figure');
      expect(rows.find((row) => row.textContent?.startsWith('2021'))).toHaveTextContent('93,852,900 units');
    } else if (endpoint === 'indicators') {
      expect(await within(electronics).findByText('The data service lists no indicators for this panel.')).toBeInTheDocument();
    } else if (endpoint === 'series') {
      expect(await within(electronics).findByText(/No published figure for the chosen indicators/)).toBeInTheDocument();
    } else if (endpoint === 'facts') {
      expect(await within(electronics).findByText('No facts for this selection.')).toBeInTheDocument();
    } else {
      expect(within(electronics).queryByText(/^Sources \(/)).not.toBeInTheDocument();
    }
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
  });

  it('covers every applicable cell', () => {
    expect(cells).toHaveLength(45);
    expect(cells.filter((cell) => isApplicable(cell.endpoint, cell.fault))).toHaveLength(41);
  });
});

describe('a panel whose facts fail, or with the whole API down', () => {

  it('says the facts failed, and the milestones with them, under a working chart', async () => {
    const user = userEvent.setup();
    inject('facts', 'http500');
    renderWithProviders(<App />);
    const electronics = await screen.findByRole('region', { name: /Electronics/ });
    await waitFor(() => expect(chartsIn(electronics).length).toBeGreaterThan(0));
    const alert = await within(electronics).findByRole('alert');
    expect(alert).toHaveTextContent('The key facts could not be loaded, so the charts show no milestones.');
    expect(alert).not.toHaveTextContent(/This panel could not load its data/);
    await user.click(screen.getByRole('checkbox', { name: 'Milestones on charts' }));
    await waitFor(() => expect(within(electronics).getByRole('alert')).not.toHaveTextContent(/milestones/));
    expect(within(electronics).getByRole('alert')).toHaveTextContent('The key facts could not be loaded.');
    isFaulty = false;
    await user.click(within(electronics).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(region(/Electronics/)).getByRole('region', { name: 'Key facts' }).querySelectorAll('li').length).toBeGreaterThan(0));
    expect(within(electronics).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows one error box per panel, whose Retry brings back the chart and the facts', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/v1/*', ({ request }) =>
        isFaulty && !request.url.includes('/domains') ? HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }) : undefined,
      ),
    );
    renderWithProviders(<App />);
    const panels = await screen.findAllByRole('region', { name: /Macro|New-energy|NEV|Electronics|Materials/ });
    await waitFor(() => {
      for (const panel of panels.filter((element) => element.hasAttribute('data-panel'))) {
        expect(within(panel).getAllByRole('alert')).toHaveLength(1);
      }
    });
    isFaulty = false;
    const electronics = region(/Electronics/);
    await user.click(within(electronics).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(chartsIn(electronics).length).toBeGreaterThan(0));
    await waitFor(() => expect(within(region(/Electronics/)).getByRole('region', { name: 'Key facts' }).querySelectorAll('li').length).toBeGreaterThan(0));
    expect(within(electronics).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the panels could not be loaded when nothing answers, and one Retry brings them all back', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v1/*', () => (isFaulty ? HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }) : undefined)));
    renderWithProviders(<App />);
    const alert = await screen.findByText('The list of panels could not be loaded, so none can be shown.');
    expect(screen.queryAllByRole('region', { name: /Macro|New-energy|NEV|Electronics|Materials/ })).toHaveLength(0);
    isFaulty = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(chartsIn(region(/Electronics/)).length).toBeGreaterThan(0));
    expect(screen.getAllByRole('region').filter((element) => element.hasAttribute('data-panel'))).toHaveLength(4);
    await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(0));
  });
});
