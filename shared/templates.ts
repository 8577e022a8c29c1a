// The templates shipped with the app. Checked against the template schema when first used,
// so a broken template file fails loudly in tests rather than quietly in a workshop.
import blank from '../resources/templates/blank.json' with { type: 'json' };
import b2bCompressor from '../resources/templates/b2b-compressor.json' with { type: 'json' };
import carDealer from '../resources/templates/car-dealer.json' with { type: 'json' };
import dealerSatisfaction from '../resources/templates/dealer-satisfaction.json' with { type: 'json' };
import firstVisit from '../resources/templates/first-visit.json' with { type: 'json' };
import restaurantBirthday from '../resources/templates/restaurant-birthday.json' with { type: 'json' };
import type { TemplateName } from './api.ts';
import type { JourneyDoc, Locale } from './model.ts';
import { TemplateSchema, documentFromTemplate, type Template } from './template.ts';

const sources: Record<TemplateName, unknown> = {
  blank,
  'car-dealer': carDealer,
  'first-visit': firstVisit,
  'restaurant-birthday': restaurantBirthday,
  'b2b-compressor': b2bCompressor,
  'dealer-satisfaction': dealerSatisfaction,
};
const parsed = new Map<TemplateName, Template>();

export function createDocument(template: TemplateName, locale: Locale): JourneyDoc {
  let source = parsed.get(template);
  if (!source) {
    source = TemplateSchema.parse(sources[template]);
    parsed.set(template, source);
  }
  return documentFromTemplate(source, locale);
}
