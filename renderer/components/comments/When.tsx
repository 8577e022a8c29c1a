// When a comment was written, in the reader's language (the stored time as it is, if it is not one).
import { useTranslation } from 'react-i18next';

export function When({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const date = new Date(iso);
  const text = Number.isNaN(date.getTime()) ? iso : date.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return <time dateTime={iso}>{text}</time>;
}
