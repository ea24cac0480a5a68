// Asks before a kept dataset is deleted from this browser; the files on the reader's disk stay.
import { useTranslation } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ModalDialog } from '../../ui/modal-dialog';
import { datasetRemoved } from './dataset-actions';
import type { StoredDataset } from './dataset-store';

export function RemoveDialog({ dataset, onClose }: { dataset: StoredDataset; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog role="alertdialog" title={t('datasets.removeTitle')} onClose={onClose}>
      <p className="text-sm text-slate-700">{t('datasets.removeText', { title: dataset.title })}</p>
      <div className="flex justify-end gap-2">
        <Button data-autofocus="" onClick={onClose}>
          {t('datasets.cancel')}
        </Button>
        <Button
          variant="primary"
          onClick={() => {
            onClose();
            void datasetRemoved(dataset.id);
          }}
        >
          {t('datasets.removeConfirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}
