// A unit as the app writes it. The units it knows (UNIT_IDS, and the value modes' own) it scales
// and translates; any other is the data's own words, shown as written, in its short form on axes
// and cards when the data gives one. The data may also say how many decimals its values have.
import { isKnownUnit, type KnownUnit } from '../api/contract';
import type { DisplayUnit } from './view-point';

/** A unit with what the data says about writing it (an indicator, a series and a chart all are one). */
export interface UnitFormat {
  unit: DisplayUnit;
  /** The unit in short ("t" for tonnes), for axes and cards; used for units the app does not know. */
  shortUnit?: string;
  /** How many decimals the values are published with. */
  decimals?: number;
}

/** A unit id alone, or with how to write it. */
export type UnitLike = DisplayUnit | UnitFormat;

/** The units the app scales and translates itself. */
export type AppUnit = KnownUnit | 'index' | 'yoy_percent' | 'share_percent';

export const isAppUnit = (unit: string): unit is AppUnit => isKnownUnit(unit) || unit === 'index' || unit === 'yoy_percent' || unit === 'share_percent';

export const toUnitFormat = (unit: UnitLike): UnitFormat => (typeof unit === 'string' ? { unit } : unit);

/** What an indicator says about writing its unit, without the keys it leaves out. */
export function unitDetailOf({ shortUnit, decimals }: Pick<UnitFormat, 'shortUnit' | 'decimals'>): Pick<UnitFormat, 'shortUnit' | 'decimals'> {
  return { ...(shortUnit === undefined ? {} : { shortUnit }), ...(decimals === undefined ? {} : { decimals }) };
}
