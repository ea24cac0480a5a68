// Filters <-> URL query string: only what differs from the defaults is written, so links stay
// short. A bad field falls back to its default and is reported; the rest of the link applies.
import { isDomainId, isEntityId, type DomainId } from '../api/contract';
import { chartTextParam, chartTextParams, cleanChartText, withChartTexts, chartTextsOf } from './chart-texts';
import { CHART_TYPES, VALUE_MODES, defaultFilters, panelChoiceOf, withPanelChoice, type ChartType, type Filters, type PanelChoice, type ValueMode } from './filters-schema';
import { NON_FILTER_PARAMS } from './url';

export interface RejectedParam {
  param: string;
  /** The value as received, shortened for display. */
  value: string;
  reason: 'unknown_param' | 'invalid_value' | 'reversed_range' | 'repeated' | 'unknown_indicator' | 'unknown_company' | 'unknown_panel' | 'unknown_region' | 'unknown_dataset';
}

export interface ParsedFilters {
  filters: Filters;
  rejected: RejectedParam[];
}

const MAX_SHOWN_VALUE = 40;
const MAX_INDICATORS = 12;
const INDICATOR_ID = /^[a-z0-9_]{1,64}$/;
const MAX_REGIONS = 12;
const PANEL_KEYS = ['ind', 'chart', 'company', 'view', 'regions'] as const;

export const shorten = (value: string) => (value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value);

// The format only: the filter store corrects a year outside the data's once those are known.
const parseYear = (raw: string) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined);

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * The panels a `?domains=` value shows; undefined when one is not an id. Which panels exist is
 * the data's to say: the filter store drops the others once `/domains` has answered.
 */
function parseDomainsParam(value: string): DomainId[] | undefined {
  if (value === 'none') return [];
  const ids = value.split(',');
  return ids.every(isDomainId) ? [...new Set(ids)] : undefined;
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
  if (['from', 'to', 'mode', 'domains', 'milestones', ...NON_FILTER_PARAMS].includes(param)) return true;
  if (chartTextParam(param)) return true;
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
    default:
      // Language, show, deck, theme, dataset and embed have their own owners: accepted here, not reported as unknown.
      if (NON_FILTER_PARAMS.includes(param)) return true;
      return applyChartTextParam(filters, param, value) ?? applyPanelParam(filters, param, value);
  }
}

/** A chart's text (`macro-gdp.title=…`): undefined when the param is not one, false when its value is bad. */
function applyChartTextParam(filters: Filters, param: string, value: string): boolean | undefined {
  const target = chartTextParam(param);
  if (!target) return undefined;
  const text = cleanChartText(target.key, value);
  if (text === undefined) return false;
  filters.charts = withChartTexts(filters.charts, target.chartId, { ...chartTextsOf(filters.charts, target.chartId), [target.key]: text });
  return true;
}

function applyPanelParam(filters: Filters, param: string, value: string): boolean {
  const [domain, key, ...rest] = param.split('.');
  if (!isDomainId(domain) || rest.length > 0) return false;
  const change = parsePanelValue(key, value);
  if (!change) return false;
  filters.panels = withPanelChoice(filters.panels, domain, change);
  return true;
}

/** One of a panel's choices (`nev.chart=bar`), or undefined when the key or its value is not one. */
function parsePanelValue(key: string | undefined, value: string): Partial<PanelChoice> | undefined {
  switch (key) {
    case 'ind': {
      const ids = value.split(',');
      return ids.length <= MAX_INDICATORS && ids.every((id) => INDICATOR_ID.test(id)) ? { indicators: [...new Set(ids)] } : undefined;
    }
    case 'chart':
      return isOneOf<ChartType>(CHART_TYPES, value) ? { chart: value } : undefined;
    case 'view':
      return value === 'chart' || value === 'table' ? { view: value } : undefined;
    case 'regions': {
      // The format only: the filter store drops regions the data does not have once it has said them.
      const ids = value.split(',');
      return ids.length <= MAX_REGIONS && ids.every(isEntityId) ? { regions: [...new Set(ids)] } : undefined;
    }
    case 'company':
      // Company names come from the data; the panel checks this one exists once facts load.
      return value.length === 0 || value.length > 60 || /[<>"'`]/.test(value) ? undefined : { company: value };
    default:
      return undefined;
  }
}

/**
 * The query string for a state, defaults omitted, in a stable order: the panels' choices in
 * `panelOrder` (the data's order), then any other panel's by id.
 */
export function serializeFilters(filters: Filters, panelOrder: readonly DomainId[] = []): string {
  const defaults = defaultFilters();
  const params = new URLSearchParams();
  if (filters.from !== defaults.from) params.set('from', String(filters.from));
  if (filters.to !== null) params.set('to', String(filters.to));
  if (filters.mode !== defaults.mode) params.set('mode', filters.mode);
  if (filters.domains !== null) params.set('domains', filters.domains.length > 0 ? filters.domains.join(',') : 'none');
  if (!filters.showMilestones) params.set('milestones', 'off');
  const chosen = Object.keys(filters.panels);
  const ordered = [...panelOrder.filter((id) => chosen.includes(id)), ...chosen.filter((id) => !panelOrder.includes(id)).sort()];
  for (const domain of ordered) for (const [param, value] of panelParams(domain, panelChoiceOf(filters.panels, domain))) params.set(param, value);
  for (const [param, value] of chartTextParams(filters.charts)) params.set(param, value);
  // Commas and dots are legal in a query; keep them readable instead of %2C.
  return params.toString().replace(/%2C/g, ',');
}

/** A panel's choices that differ from the defaults, as link parameters. */
export function panelParams(domain: DomainId, panel: Readonly<PanelChoice>): [string, string][] {
  const params: [string, string][] = [];
  if (panel.indicators.length > 0) params.push([`${domain}.ind`, panel.indicators.join(',')]);
  if (panel.chart !== 'line') params.push([`${domain}.chart`, panel.chart]);
  if (panel.view !== 'chart') params.push([`${domain}.view`, panel.view]);
  if (panel.company !== null) params.push([`${domain}.company`, panel.company]);
  if (panel.regions.length > 0) params.push([`${domain}.regions`, panel.regions.join(',')]);
  return params;
}
