// Filters <-> URL query string: only what differs from the defaults is written, so links stay
// short. A bad field falls back to its default and is reported; the rest of the link applies.
import { DOMAIN_IDS, isDomainId, type DomainId } from '../api/contract';
import { CHART_TYPES, VALUE_MODES, defaultFilters, type ChartType, type Filters, type ValueMode } from './filters-schema';

export interface RejectedParam {
  param: string;
  /** The value as received, shortened for display. */
  value: string;
  reason: 'unknown_param' | 'invalid_value' | 'reversed_range' | 'repeated' | 'unknown_indicator' | 'unknown_company' | 'unknown_dataset';
}

export interface ParsedFilters {
  filters: Filters;
  rejected: RejectedParam[];
}

const MAX_SHOWN_VALUE = 40;
const MAX_INDICATORS = 12;
const INDICATOR_ID = /^[a-z0-9_]{1,64}$/;
const PANEL_KEYS = ['ind', 'chart', 'company', 'view'] as const;

const shorten = (value: string) => (value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value);

// The format only: the filter store corrects a year outside the data's once those are known.
const parseYear = (raw: string) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined);

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The panels a `?domains=` value shows, in the dashboard's order; undefined when invalid. */
function parseDomainsParam(value: string): DomainId[] | undefined {
  if (value === 'none') return [];
  const ids = value.split(',');
  return ids.every(isDomainId) ? DOMAIN_IDS.filter((id) => ids.includes(id)) : undefined;
}

/** Accepts anything location.search can hold, including garbage; never throws. */
export function parseFilters(search: string): ParsedFilters {
  const filters = defaultFilters();
  const rejected: RejectedParam[] = [];
  const reject = (param: string, value: string, reason: RejectedParam['reason']) =>
    rejected.push({ param: shorten(param), value: shorten(value), reason });
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { filters, rejected: [{ param: '?', value: shorten(search), reason: 'invalid_value' }] };
  }
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (seen.has(param)) {
      reject(param, value, 'repeated'); // the first occurrence wins, as in most servers
      continue;
    }
    seen.add(param);
    if (!applyParam(filters, param, value)) {
      reject(param, value, isKnownParam(param) ? 'invalid_value' : 'unknown_param');
    }
  }
  if (filters.to !== null && filters.from > filters.to) {
    reject('from', `${filters.from}-${filters.to}`, 'reversed_range');
    const defaults = defaultFilters();
    filters.from = defaults.from;
    filters.to = defaults.to;
  }
  return { filters, rejected };
}

function isKnownParam(param: string): boolean {
  if (['from', 'to', 'mode', 'domains', 'milestones', 'lang', 'present', 'deck', 'theme', 'dataset'].includes(param)) return true;
  const [domain, key] = param.split('.');
  return isDomainId(domain) && isOneOf(PANEL_KEYS, key ?? '');
}

/** Applies one param; returns false when it is unknown or its value is invalid. */
function applyParam(filters: Filters, param: string, value: string): boolean {
  switch (param) {
    case 'from':
    case 'to': {
      const year = parseYear(value);
      if (year === undefined) return false;
      filters[param] = year;
      return true;
    }
    case 'mode':
      if (!isOneOf<ValueMode>(VALUE_MODES, value)) return false;
      filters.mode = value;
      return true;
    case 'domains': {
      const domains = parseDomainsParam(value);
      if (!domains) return false;
      filters.domains = domains;
      return true;
    }
    case 'milestones':
      if (value !== 'on' && value !== 'off') return false;
      filters.showMilestones = value === 'on';
      return true;
    case 'lang':
    case 'present':
    case 'deck':
    case 'theme':
    case 'dataset':
      return true; // owned by i18n, the presentation and the datasets; accepted here so it is not reported as unknown
    default:
      return applyPanelParam(filters, param, value);
  }
}

function applyPanelParam(filters: Filters, param: string, value: string): boolean {
  const [domainRaw, key, ...rest] = param.split('.');
  if (!isDomainId(domainRaw) || rest.length > 0) return false;
  const domain = domainRaw;
  const panel = filters.panels[domain];
  if (key === 'ind') {
    const ids = value.split(',');
    if (ids.length > MAX_INDICATORS || !ids.every((id) => INDICATOR_ID.test(id))) return false;
    panel.indicators = [...new Set(ids)];
    return true;
  }
  if (key === 'chart') {
    if (!isOneOf<ChartType>(CHART_TYPES, value)) return false;
    panel.chart = value;
    return true;
  }
  if (key === 'view') {
    if (value !== 'chart' && value !== 'table') return false;
    panel.view = value;
    return true;
  }
  if (key === 'company') {
    // Company names come from the data; the panel checks this one exists once facts load.
    if (value.length === 0 || value.length > 60 || /[<>"'`]/.test(value)) return false;
    panel.company = value;
    return true;
  }
  return false;
}

/** The query string for a state, defaults omitted, in a stable order. */
export function serializeFilters(filters: Filters): string {
  const defaults = defaultFilters();
  const params = new URLSearchParams();
  if (filters.from !== defaults.from) params.set('from', String(filters.from));
  if (filters.to !== null) params.set('to', String(filters.to));
  if (filters.mode !== defaults.mode) params.set('mode', filters.mode);
  if (filters.domains.length !== DOMAIN_IDS.length) params.set('domains', filters.domains.length > 0 ? filters.domains.join(',') : 'none');
  if (!filters.showMilestones) params.set('milestones', 'off');
  for (const domain of DOMAIN_IDS) {
    const panel = filters.panels[domain];
    if (panel.indicators.length > 0) params.set(`${domain}.ind`, panel.indicators.join(','));
    if (panel.chart !== 'line') params.set(`${domain}.chart`, panel.chart);
    if (panel.view !== 'chart') params.set(`${domain}.view`, panel.view);
    if (panel.company !== null) params.set(`${domain}.company`, panel.company);
  }
  // Commas and dots are legal in a query; keep them readable instead of %2C.
  return params.toString().replace(/%2C/g, ',');
}
