// The bundled dataset: four domains (macro, nev, electronics, materials) and their sources.
// See docs/data.md for how it is organised and how conflicts between sources were resolved.
import { electronicsDomain } from './electronics';
import { macroDomain } from './macro';
import { materialsDomain } from './materials';
import { nevDomain } from './nev';
import type { DomainData } from './types';

export const domains: DomainData[] = [macroDomain, nevDomain, electronicsDomain, materialsDomain];

export { sources } from './sources';
export type { DomainData, IndicatorRecord, Source } from './types';
