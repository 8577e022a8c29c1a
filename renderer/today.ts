// The user's date, YYYY-MM-DD in local time: what "overdue" is measured against. shared/ never reads
// the clock; the renderer reads it here and passes it on.
import { isoDay } from '../shared/painLoop.ts';

export const localToday = (): string => isoDay(new Date());
