// The texts of a package a translation can replace, under the keys of translations.csv, with
// their English. Ids, numbers, units and dates are never translated.
import { isKnownUnit } from '../api/contract';
import type { DataPackage } from './package-data';

export function translatableTexts(pkg: DataPackage): Map<string, string> {
  const texts = new Map<string, string>();
  const put = (key: string, english: string | undefined) => {
    if (english !== undefined && english !== '') texts.set(key, english);
  };
  for (const panel of pkg.panels) {
    put(`panel.${panel.id}.title`, panel.title);
    put(`panel.${panel.id}.summary`, panel.summary);
  }
  for (const entity of pkg.entities) put(`entity.${entity.id}.name`, entity.name);
  for (const indicator of pkg.indicators) {
    put(`indicator.${indicator.id}.title`, indicator.title);
    put(`indicator.${indicator.id}.description`, indicator.description);
    if (!isKnownUnit(indicator.unit)) put(`indicator.${indicator.id}.unit`, indicator.unit);
    put(`indicator.${indicator.id}.short_unit`, indicator.shortUnit);
  }
  let headline = '';
  let alternatives = 0;
  for (const observation of pkg.observations) {
    const base = `observation.${observation.indicator}.${observation.entity}.${observation.period}`;
    if (observation.alternative && base === headline) {
      put(`${base}.alt${alternatives}.note`, observation.note);
      alternatives += 1;
    } else {
      headline = base;
      alternatives = 0;
      put(`${base}.note`, observation.note);
    }
  }
  for (const fact of pkg.facts) {
    put(`fact.${fact.id}.text`, fact.text);
    put(`fact.${fact.id}.label`, fact.label);
    put(`fact.${fact.id}.unit`, fact.unit);
    if (fact.company) put(`company.${fact.company}`, fact.company);
  }
  for (const source of pkg.sources) {
    put(`source.${source.id}.title`, source.title);
    put(`source.${source.id}.producer`, source.producer);
    put(`source.${source.id}.description`, source.description);
  }
  return texts;
}
