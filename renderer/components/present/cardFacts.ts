// What a card carries besides its text, one line each: severity, channel, role, tags. Read by the
// presentation's card reader and the HTML file's card details.
import type { TFunction } from 'i18next';
import { tagLabel } from '../../../shared/cardStyle.ts';
import type { Card } from '../../../shared/model.ts';

export function cardFacts(card: Card, t: TFunction): string[] {
  return [
    card.severity !== undefined ? t('card.severity', { level: card.severity }) : null,
    card.channel ? `${t('inspector.channel')}: ${card.channel}` : null,
    card.role ? `${t('inspector.role')}: ${card.role}` : null,
    card.tags?.length ? card.tags.map(tagLabel).join(' ') : null,
  ].filter((fact): fact is string => fact !== null);
}
