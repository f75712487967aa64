/** Liquid's `date` filter and Jekyll's date_to_* filters. */
import { strftime } from '../../time/strftime.js';
import { wallClockToEpochMs } from '../../time/wall-clock.js';
import type { TimeZone } from '../../time/zone.js';
import { RubyDate, RubyTime } from '../../values/time.js';
import { inspect } from '../ruby/inspect.js';
import { toS } from '../ruby/to-s.js';
import type { FilterTable } from './filter-table.js';
import { toLiquidDate } from '../../time/liquid-date.js';
import { liquidValue } from '../ruby/kinds.js';

const XMLSCHEMA = '%Y-%m-%dT%H:%M:%S%:z';
const RFC822 = '%a, %d %b %Y %H:%M:%S %z';

function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

export function dateFilters(zone: TimeZone): FilterTable {
  /** Jekyll's `time(input)`: the value as a Time in the site's timezone, or an error. */
  function siteTime(input: unknown): RubyTime {
    const date = toLiquidDate(liquidValue(input), zone);
    if (date instanceof RubyTime) return zone.timeAt(date.epochMs);
    if (date instanceof RubyDate) {
      const wall = { year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0 };
      return zone.timeAt(wallClockToEpochMs(wall, zone));
    }
    throw new Error(`Invalid Date: '${inspect(input)}' is not a valid datetime.`);
  }

  function stringifyDate(input: unknown, monthFormat: string, type: unknown, style: unknown): unknown {
    if (toS(input) === '') return input;
    const time = siteTime(input);
    if (toS(type) !== 'ordinal') return strftime(time, `%d ${monthFormat} %Y`);
    const day = time.local.getUTCDate();
    const ordinalDay = `${day}${ordinalSuffix(day)}`;
    if (toS(style) === 'US') return strftime(time, `${monthFormat} ${ordinalDay}, %Y`);
    return strftime(time, `${ordinalDay} ${monthFormat} %Y`);
  }

  function date(input: unknown, format: unknown): unknown {
    const pattern = toS(format);
    if (pattern === '') return input;
    const value = toLiquidDate(liquidValue(input), zone);
    return value === null ? input : strftime(value, pattern);
  }

  return {
    date,
    date_to_xmlschema: (input: unknown) => (toS(input) === '' ? input : strftime(siteTime(input), XMLSCHEMA)),
    date_to_rfc822: (input: unknown) => (toS(input) === '' ? input : strftime(siteTime(input), RFC822)),
    date_to_string: (input: unknown, type?: unknown, style?: unknown) => stringifyDate(input, '%b', type, style),
    date_to_long_string: (input: unknown, type?: unknown, style?: unknown) => stringifyDate(input, '%B', type, style),
  };
}
