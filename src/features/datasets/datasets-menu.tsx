// The header's Datasets menu: the build's own data and each dataset this browser keeps (choose
// one to show it), Open data…, Download this dataset (.zip), and Remove for each kept one, after
// a confirmation.
import { lazy, Suspense, useRef, useState } from 'react';
import { BUNDLED_DATASET } from '../../api/client';
import { useTranslation } from '../../lib/i18n';
import { useActiveDataset } from '../../state/datasets';
import { MenuButton, type MenuItem } from '../../ui/menu-button';
import { datasetChosen, downloadRequested, filesChosen, refreshStored } from './dataset-actions';
import type { StoredDataset } from './dataset-store';
import { useIsDownloading, useIsNotKept, useStoredDatasets } from './datasets-state';
import { pickedFiles } from './dropped-files';

// Asked for only when the reader removes a dataset.
const RemoveDialog = lazy(() => import('./remove-dialog').then((module) => ({ default: module.RemoveDialog })));

/** What the picker offers; anything else is still read, and refused with a reason. */
const ACCEPT = '.zip,.csv,.json,application/zip,text/csv,application/json';

export function DatasetsMenu() {
  const { t } = useTranslation();
  const active = useActiveDataset();
  const stored = useStoredDatasets();
  const isDownloading = useIsDownloading();
  const isNotKept = useIsNotKept();
  const inputRef = useRef<HTMLInputElement>(null);
  const [toRemove, setToRemove] = useState<StoredDataset | null>(null);
  const activeTitle = active === BUNDLED_DATASET ? t('datasets.bundled') : (stored.find((kept) => kept.id === active)?.title ?? active);

  const items: MenuItem[] = [
    { id: BUNDLED_DATASET, label: t('datasets.bundled'), checked: active === BUNDLED_DATASET, onSelect: () => datasetChosen(BUNDLED_DATASET) },
    ...stored.map((kept) => ({ id: `show-${kept.id}`, label: kept.title, checked: active === kept.id, onSelect: () => datasetChosen(kept.id) })),
    { id: 'open', label: t('datasets.open'), hasSeparatorBefore: true, onSelect: () => inputRef.current?.click() },
    { id: 'download', label: isDownloading ? t('datasets.downloading') : t('datasets.download'), onSelect: () => void downloadRequested() },
    ...stored.map((kept, index) => ({ id: `remove-${kept.id}`, label: t('datasets.remove', { title: kept.title }), hasSeparatorBefore: index === 0, onSelect: () => setToRemove(kept) })),
  ];

  return (
    <div className="flex items-center gap-2">
      <MenuButton
        label={
          <span className="max-w-[14rem] truncate sm:max-w-[20rem]">{t('datasets.button', { title: activeTitle })}</span>
        }
        ariaLabel={t('datasets.menuLabel', { title: activeTitle })}
        items={items}
        onOpen={() => void refreshStored()}
        menuClassName="w-[min(24rem,calc(100vw-1.5rem))]"
        align="start"
      />
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT}
        className="hidden"
        aria-label={t('datasets.open')}
        data-testid="open-data-input"
        onChange={(event) => {
          const files = pickedFiles(event.target.files ?? []);
          event.target.value = ''; // choosing the same file again is a new choice
          void filesChosen(files);
        }}
      />
      {isDownloading && (
        <span role="status" className="text-xs text-slate-700">
          {t('datasets.downloading')}
        </span>
      )}
      {isNotKept && (
        <span role="status" className="text-xs text-amber-900">
          {t('datasets.notKept')}
        </span>
      )}
      {toRemove && (
        <Suspense fallback={null}>
          <RemoveDialog dataset={toRemove} onClose={() => setToRemove(null)} />
        </Suspense>
      )}
    </div>
  );
}
