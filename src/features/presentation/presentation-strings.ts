// The slide show's and the deck's English strings, added to the translator when their code
// loads (slide-show.tsx and deck-body.tsx import this first): the first screen does not show
// them, so they stay out of its bytes (issue #7). French and Chinese files hold every string.
import enPresentation from '../../lib/locales/en-presentation.json';
import { initI18n } from '../../lib/i18n';

initI18n().addStrings('en', enPresentation);
