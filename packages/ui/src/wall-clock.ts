// What a clock on the wall shows in a time zone at an instant (year, month, day, hour, minute), for
// both apps' conversions between the API's UTC instants and the date and time a member types
// (workshops are held at Paris times, whatever the reader's own zone).
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

import { dateTimeFormat } from './intl-formats.ts';

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}
