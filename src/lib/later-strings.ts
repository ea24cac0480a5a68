// English strings that only code loaded later shows (the slide show, the deck, the export
// code), added to the translator when that code loads: each of its entry modules imports this
// first. The first screen does not show them, so they stay out of its bytes (issue #7).
// French and Chinese files hold every string.
import enLater from './locales/en-later.json';
import { initI18n } from './i18n';

initI18n().addStrings('en', enLater);
