// The regions a chart shows side by side (the data's entities: the main one, others beside it, a
// country for national totals), and how their series are found and named. A server that names no
// region serves one: its series are the main region's.
import type { Entity, Series } from '../api/contract';

/** A region as the charts use it: `index` is its place in the data's list, so its colour is stable. */
export interface Region extends Entity {
  index: number;
}

export interface RegionView {
  /** The regions charted, in the data's order; empty when the data names none (one unnamed region). */
  shown: Region[];
  /** The data's country: the total a share of the national total is computed against. */
  country?: Region;
  /** The main region's id, whose series a server naming no region sends. */
  mainId?: string;
  /** Labels name their region: more than one is shown, or one other than the main. */
  namesRegions: boolean;
}

/** One unnamed region: the data names none, or nothing else is known yet. */
export const SINGLE_REGION: RegionView = { shown: [], namesRegions: false };

/** The regions a panel shows: its choice, known ones only, in the data's order; none chosen is the main one. */
export function regionView(entities: readonly Entity[], chosen: readonly string[]): RegionView {
  if (entities.length === 0) return SINGLE_REGION;
  const regions = entities.map((entity, index) => ({ ...entity, index }));
  const picked = regions.filter((region) => chosen.includes(region.id));
  const shown = picked.length > 0 ? picked : regions.slice(0, 1);
  const mainId = regions[0]?.id;
  const country = regions.find((region) => region.kind === 'country');
  return { shown, mainId, ...(country && { country }), namesRegions: shown.length > 1 || shown[0]?.id !== mainId };
}

/**
 * A series' key in chart rows, React keys and tables: its indicator, with its region when that is
 * not the main one, so the main region's series keep their keys (and their drawn lines) whichever
 * regions join them, and whether or not the data's regions are known yet.
 */
export const seriesKey = ({ indicatorId, key }: { indicatorId: string; key?: string }) => key ?? indicatorId;

/** The key of an indicator's series for a region other than the main one. */
export const otherRegionKey = (indicatorId: string, entityId: string) => `${indicatorId}@${entityId}`;

/** An indicator's series for a region (undefined: the data names none), or undefined when the API sent none. */
export function findSeries(series: readonly Series[], indicatorId: string, entityId: string | undefined, mainId: string | undefined): Series | undefined {
  if (entityId === undefined) return series.find((s) => s.indicatorId === indicatorId);
  return series.find((s) => s.indicatorId === indicatorId && (s.entityId ?? mainId) === entityId);
}

/** "GDP · China" where the chart names regions, else "GDP". */
export const regionLabel = (title: string, region: Pick<Region, 'name'> | undefined, regions: Pick<RegionView, 'namesRegions'>) =>
  regions.namesRegions && region ? `${title} · ${region.name}` : title;

/**
 * What a panel asks the API for: the indicators with figures for the regions shown (none named: the
 * main region's, the first screen's request), and a series request per region, the country's too in
 * share mode; undefined is the main region, so its answer is the one the first screen fetched.
 */
export function regionRequests(regions: RegionView, withCountry: boolean): { indicatorEntities: string[]; seriesEntities: (string | undefined)[] } {
  const ids = regions.shown.map((region) => region.id);
  const { country } = regions;
  if (withCountry && country && !ids.includes(country.id)) ids.push(country.id);
  const seriesEntities = ids.length === 0 ? [undefined] : ids.map((id) => (id === regions.mainId ? undefined : id));
  return { indicatorEntities: regions.namesRegions ? regions.shown.map((region) => region.id) : [], seriesEntities };
}

/** Whether a chart draws the main region: the data's facts, and so its milestones, are the main region's. */
export const showsMainRegion = (series: readonly { entityId?: string }[], mainId: string | undefined) => series.some((s) => s.entityId === undefined || s.entityId === mainId);
