// Text kept as a key and its values, not as the sentence: what stays on screen (a notice, a
// dialog's title) is translated when it is drawn, so it follows a switch of the UI language.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A date shown in the language of the moment (a lock's "since"). */
export interface DateParam {
  date: number;
}
export type MessageParam = string | number | DateParam | Message;
export type Message = { key: string; params?: Record<string, MessageParam> } | { text: string };
/** What a dialog shows: a message, or text that is not UI language (a name the user typed). */
export type Text = Message | string;

export const message = (key: string, params?: Record<string, MessageParam>): Message => (params ? { key, params } : { key });

/** Text that is not translated at all: an error the app has no sentence for, said as it came. */
export const verbatim = (text: string): Message => ({ text });

function isDate(param: MessageParam): param is DateParam {
  return typeof param === 'object' && 'date' in param;
}

/** The message in the language `t` speaks; `language` formats its dates. */
export function translate(t: TFunction, language: string, text: Text): string {
  if (typeof text === 'string') return text;
  if ('text' in text) return text.text;
  const values: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(text.params ?? {})) {
    if (typeof param !== 'object') values[name] = param;
    else if (isDate(param)) values[name] = new Date(param.date).toLocaleString(language);
    else values[name] = translate(t, language, param);
  }
  return t(text.key, values);
}

/** translate() for a component: it re-renders, in the new language, when the language changes. */
export function useTranslate(): (text: Text) => string {
  const { t, i18n } = useTranslation();
  return (text) => translate(t, i18n.language, text);
}
