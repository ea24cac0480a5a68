// The opening slide: what the show is about, and how many slides follow.
import { useTranslation } from '../../lib/i18n';
import { useSubtitle } from '../../state/datasets';
import type { Theme } from '../../state/display';
import { SLIDE_THEMES } from './slide-theme';

export function TitleSlide({ count, isFromDeck, scale, theme }: { count: number; isFromDeck: boolean; scale: number; theme: Theme }) {
  const { t, i18n } = useTranslation();
  const subtitle = useSubtitle();
  const colors = SLIDE_THEMES[theme];
  const px = (size: number) => `${size * scale}px`;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <div className="flex h-full flex-col justify-center" style={{ gap: px(24) }}>
      <h2 className="font-bold leading-tight" style={{ fontSize: px(80), color: colors.text }} data-testid="slide-title">
        {t('app.title')}
      </h2>
      <p style={{ fontSize: px(36), color: colors.muted }}>{subtitle}</p>
      <p style={{ fontSize: px(28), color: colors.accent }}>
        {t(isFromDeck ? 'present.deckSummary' : 'present.viewSummary', { count })} · {date}
      </p>
      {count === 0 && <p style={{ fontSize: px(30), color: colors.text }}>{t('present.emptyShow')}</p>}
      <p style={{ fontSize: px(20), color: colors.muted }}>{t('present.keysHint')}</p>
    </div>
  );
}
