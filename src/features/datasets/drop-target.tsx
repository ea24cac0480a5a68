// Drag files onto any part of the page to open them: while files are dragged over it, the page
// shows where to drop and what it takes.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { filesChosen } from './dataset-actions';
import { droppedFiles } from './dropped-files';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropTarget() {
  const { t } = useTranslation();
  const [isOver, setOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag left the page.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault(); // the browser would otherwise open the file itself
      depth = 0;
      setOver(false);
      void droppedFiles(event.dataTransfer).then(filesChosen);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!isOver) return null;
  return (
    <div data-testid="drop-target" className="pointer-events-none fixed inset-0 z-50 bg-slate-900/35 p-3">
      <div className="flex h-full items-center justify-center rounded-2xl border-4 border-dashed border-teal-500 p-4">
        <div className="flex max-w-xl flex-col items-center gap-2 rounded-xl bg-white px-8 py-8 text-center shadow-2xl">
          <span aria-hidden="true" className="text-4xl text-teal-700">
            ⇩
          </span>
          <p className="text-xl font-semibold text-slate-900">{t('datasets.dropTitle')}</p>
          <p className="text-sm text-slate-700">{t('datasets.dropHint')}</p>
          <p className="text-xs text-slate-600">{t('datasets.privacy')}</p>
        </div>
      </div>
    </div>
  );
}
