// The bundled data package (data/), read and checked at build time (scripts/bundled-package-plugin.ts).
import bundled from 'virtual:bundled-package';
import { createApi } from './respond';
import { datasetInfoOf, datasetsOf } from './dataset';

export const bundledPackage = bundled;

export const bundledDatasetIn = datasetsOf(bundledPackage);

export const bundledApi = createApi(bundledDatasetIn);

export const bundledInfo = datasetInfoOf(bundledPackage);
