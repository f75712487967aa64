import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  InvalidDateError,
  TimeZone,
  parseJekyllDate,
  parseTime,
  strftime,
  timeInZone,
  toJekyllTime,
  toLiquidDate,
  wallClockToEpochMs,
} from '../lib/time/index.js';
import { RubyDate, RubyTime } from '../lib/values/time.js';

// Expected values were measured with Ruby 3.1 (Time#strftime, Time.parse, Liquid 5.4 Utils.to_date,
// Jekyll 4.3.1 Utils.parse_date), mostly under TZ=America/New_York.
const NEW_YORK = TimeZone.load('America/New_York');
const NOW = 1700000000250; // 2023-11-14 17:13:20.25 EST, the `now` Time.parse fills missing fields from
const SAMPLE = new RubyTime(1680703629123, -4 * 3600, 'EDT', false, 456789); // 2023-04-05 10:07:09.123456789 EDT
const show = (t: RubyTime | RubyDate | null) => (t === null ? null : strftime(t, '%Y-%m-%d %H:%M:%S.%N %z [%Z]'));

test('zone abbreviations are the ones Ruby prints for %Z', () => {
  const winter = Date.UTC(2023, 0, 15);
  const summer = Date.UTC(2023, 6, 15);
  const expected: Array<[string, string, string]> = [
    ['UTC', 'UTC', 'UTC'],
    ['Etc/UTC', 'UTC', 'UTC'],
    ['GMT', 'GMT', 'GMT'],
    ['America/New_York', 'EST', 'EDT'],
    ['America/Los_Angeles', 'PST', 'PDT'],
    ['America/Chicago', 'CST', 'CDT'],
    ['America/Denver', 'MST', 'MDT'],
    ['America/Phoenix', 'MST', 'MST'],
    ['America/Sao_Paulo', '-03', '-03'],
    ['America/Argentina/Buenos_Aires', '-03', '-03'],
    ['America/Halifax', 'AST', 'ADT'],
    ['America/St_Johns', 'NST', 'NDT'],
    ['America/Mexico_City', 'CST', 'CST'],
    ['Europe/London', 'GMT', 'BST'],
    ['Europe/Berlin', 'CET', 'CEST'],
    ['Europe/Paris', 'CET', 'CEST'],
    ['Europe/Dublin', 'GMT', 'IST'],
    ['Europe/Moscow', 'MSK', 'MSK'],
    ['Europe/Istanbul', '+03', '+03'],
    ['Europe/Lisbon', 'WET', 'WEST'],
    ['Europe/Helsinki', 'EET', 'EEST'],
    ['Europe/Kiev', 'EET', 'EEST'],
    ['Asia/Tokyo', 'JST', 'JST'],
    ['Asia/Kolkata', 'IST', 'IST'],
    ['Asia/Calcutta', 'IST', 'IST'],
    ['Asia/Shanghai', 'CST', 'CST'],
    ['Asia/Hong_Kong', 'HKT', 'HKT'],
    ['Asia/Singapore', '+08', '+08'],
    ['Asia/Dubai', '+04', '+04'],
    ['Asia/Kathmandu', '+0545', '+0545'],
    ['Asia/Seoul', 'KST', 'KST'],
    ['Asia/Jakarta', 'WIB', 'WIB'],
    ['Asia/Manila', 'PST', 'PST'],
    ['Asia/Karachi', 'PKT', 'PKT'],
    ['Asia/Jerusalem', 'IST', 'IDT'],
    ['Australia/Sydney', 'AEDT', 'AEST'],
    ['Australia/Adelaide', 'ACDT', 'ACST'],
    ['Australia/Perth', 'AWST', 'AWST'],
    ['Pacific/Auckland', 'NZDT', 'NZST'],
    ['Pacific/Honolulu', 'HST', 'HST'],
    ['Africa/Johannesburg', 'SAST', 'SAST'],
    ['Africa/Lagos', 'WAT', 'WAT'],
    ['Africa/Cairo', 'EET', 'EEST'],
    ['Africa/Nairobi', 'EAT', 'EAT'],
    ['Etc/GMT+5', '-05', '-05'],
    ['Etc/GMT-14', '+14', '+14'],
    ['Asia/Tehran', '+0330', '+0330'],
    ['America/Caracas', '-04', '-04'],
    ['Pacific/Chatham', '+1345', '+1245'],
    ['Atlantic/Azores', '-01', '+00'],
  ];
  for (const [name, inWinter, inSummer] of expected) {
    const zone = TimeZone.load(name);
    assert.is(zone.abbreviationAt(winter), inWinter, `${name} in January`);
    assert.is(zone.abbreviationAt(summer), inSummer, `${name} in July`);
  }
});

test('offsets follow daylight saving time', () => {
  assert.is(NEW_YORK.offsetSecondsAt(Date.UTC(2023, 0, 15)), -5 * 3600);
  assert.is(NEW_YORK.offsetSecondsAt(Date.UTC(2023, 6, 15)), -4 * 3600);
  assert.is(TimeZone.load('Asia/Kolkata').offsetSecondsAt(0), 19800);
  assert.is(TimeZone.load('Pacific/Chatham').offsetSecondsAt(Date.UTC(2023, 0, 15)), 13 * 3600 + 45 * 60);
});

test('zones of one fixed offset (taken from their files without Intl) have the offsets and names Intl and Ruby give', () => {
  const intlOffset = (zone: string, epochMs: number): number => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(epochMs)
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name ?? '');
    if (!match) throw new Error(`no offset for ${zone}: ${name}`);
    const seconds = Number(match[2] ?? 0) * 3600 + Number(match[3] ?? 0) * 60;
    return match[1] === '-' ? -seconds : seconds;
  };
  for (const zone of ['UTC', 'Etc/UTC', 'GMT', 'GMT0', 'Etc/GMT+5', 'Etc/GMT-14', 'Zulu', 'Universal', 'Greenwich']) {
    for (const epochMs of [Date.UTC(1890, 0, 1), 0, Date.UTC(2023, 6, 15), Date.UTC(2100, 0, 1)]) {
      assert.is(TimeZone.load(zone).offsetSecondsAt(epochMs), intlOffset(zone, epochMs), `${zone} at ${epochMs}`);
    }
  }
  assert.is(timeInZone(0, 'Etc/GMT+5').zone, '-05');
  assert.is(String(timeInZone(0, 'Etc/GMT-14')), '1970-01-01 14:00:00 +1400');
});

test('timeInZone shows an instant as local time in the zone', () => {
  const t = timeInZone(1680703629000, 'America/New_York');
  assert.is(String(t), '2023-04-05 10:07:09 -0400');
  assert.is(t.zone, 'EDT');
  assert.is(timeInZone(0, 'UTC').zone, 'UTC');
  assert.is(String(timeInZone(0, 'UTC')), '1970-01-01 00:00:00 +0000');
});

test('an unknown zone name is UTC, named after its letters as the C library does', () => {
  const t = timeInZone(0, 'Foo/Bar');
  assert.is(t.offsetSeconds, 0);
  assert.is(t.zone, 'Foo');
});

test('wall-clock times skipped by DST move forward; repeated ones take the later instant', () => {
  const at = (tz: string, y: number, mo: number, d: number, h: number, mi: number) =>
    String(timeInZone(wallClockToEpochMs({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 }, tz), tz));
  assert.is(at('America/New_York', 2023, 3, 12, 2, 30), '2023-03-12 03:30:00 -0400');
  assert.is(at('America/New_York', 2023, 11, 5, 1, 30), '2023-11-05 01:30:00 -0500');
  assert.is(at('Europe/Berlin', 2023, 3, 26, 2, 30), '2023-03-26 03:30:00 +0200');
  assert.is(at('Europe/Berlin', 2023, 10, 29, 2, 30), '2023-10-29 02:30:00 +0100');
  assert.is(at('Australia/Sydney', 2023, 4, 2, 2, 30), '2023-04-02 02:30:00 +1000');
  assert.is(at('Australia/Sydney', 2023, 10, 1, 2, 30), '2023-10-01 03:30:00 +1100');
  assert.is(at('Europe/London', 2023, 10, 29, 1, 30), '2023-10-29 01:30:00 +0000');
});

test('strftime matches Ruby for every directive', () => {
  const cases: Array<[string, string]> = [
    ['%Y-%m-%d %H:%M:%S %z', '2023-04-05 10:07:09 -0400'],
    ['%C %y %B %b %h %e %j %k %I %l %P %p', '20 23 April Apr Apr  5 095 10 10 10 am AM'],
    ['%L %N %3N %12N %:z %::z %:::z %Z', '123 123456789 123 123456789000 -04:00 -04:00:00 -04 EDT'],
    ['%A %a %u %w %G %g %V %U %W %s %%', 'Wednesday Wed 3 3 2023 23 14 14 14 1680703629 %'],
    ['%c|%D|%F|%x|%X|%r|%R|%T|%v|%+', 'Wed Apr  5 10:07:09 2023|04/05/23|2023-04-05|04/05/23|10:07:09|10:07:09 AM|10:07|10:07:09| 5-APR-2023|%+'],
    ['%-d %-m %_m %0e %^b %^B %#b %#p %#P %#Z %10Y %-10Y %_5d %05d %10B %^10a %3S %-j %_j', '5 4  4 05 APR APRIL APR am AM edt 0000002023 2023     5 00005      April        WED 009 95  95'],
    ['%q %K %Ey %Od %OS %Ez %-H %_H %010z %_10z %_z %-y %1N %0N %10N', '%q %K 23 05 09 %Ez 10 10 -000000400       -400  -400 23 1 123456789 1234567890'],
    ['%n%t %5% %:y %:', '\n\t     % %:y %:'],
  ];
  for (const [format, expected] of cases) assert.is(strftime(SAMPLE, format), expected, format);
});

test('strftime on a fixed-offset time prints no zone name', () => {
  const t = new RubyTime(Date.UTC(2021, 0, 2, 18, 35, 7), 19800, null);
  assert.is(strftime(t, '%Z|%z|%G %V %U %W|%I %l %p'), '|+0530|2020 53 01 00|12 12 AM');
});

test('strftime on a UTC time prints UTC', () => {
  assert.is(strftime(new RubyTime(0, 0, 'UTC', true), '%Z %z'), 'UTC +0000');
});

test('strftime on a Date: midnight, zone +00:00, and the Date-only %+ and %Q', () => {
  const d = new RubyDate(2024, 2, 29);
  assert.is(strftime(d, '%Y-%m-%d %H:%M:%S %z %Z %s %Q'), '2024-02-29 00:00:00 +0000 +00:00 1709164800 1709164800000');
  assert.is(strftime(d, '%+'), 'Thu Feb 29 00:00:00 +00:00 2024');
  assert.is(strftime(d, 'a%'), 'a%');
});

test('strftime years outside 1000..9999', () => {
  assert.is(strftime(new RubyTime(Date.UTC(-5, 0, 1), 0, 'UTC', true), '%Y %C %y'), '-0005 -1 95');
  const big = new Date(0);
  big.setUTCFullYear(12345, 0, 1);
  assert.is(strftime(new RubyTime(big.getTime(), 0, 'UTC', true), '%Y %F'), '12345 12345-01-01');
});

test('a format ending in an unfinished directive is an error for a Time, as in Ruby', () => {
  for (const format of ['a%', '%-', '%5', '%10', '%y%']) {
    assert.throws(() => strftime(SAMPLE, format), /invalid format/, format);
  }
});

test('Time.parse reads the many formats Ruby accepts', () => {
  const cases: Array<[string, string | null]> = [
    ['9 Mar 2021 17:45', '2021-03-09 17:45:00.000000000 -0500 [EST]'],
    ['2021/03/09', '2021-03-09 00:00:00.000000000 -0500 [EST]'],
    ['March 9, 2021', '2021-03-09 00:00:00.000000000 -0500 [EST]'],
    ['2021-03-09T10:00:00+01:00', '2021-03-09 10:00:00.000000000 +0100 []'],
    ['2021-03-09 10:00:00', '2021-03-09 10:00:00.000000000 -0500 [EST]'],
    ['2021-03-09', '2021-03-09 00:00:00.000000000 -0500 [EST]'],
    ['2023-01-10 09:30:00 UTC', '2023-01-10 09:30:00.000000000 +0000 [UTC] utc'],
    ['2023-03-12 23:30:00 -0800', '2023-03-12 23:30:00.000000000 -0800 []'],
    ['2023-07-22 23:30 +02:00', '2023-07-22 23:30:00.000000000 +0200 []'],
    ['2023-04-05 14:07:09 -0400', '2023-04-05 14:07:09.000000000 -0400 [EDT]'],
    ['2023-04-05 14:07:09 +0000', '2023-04-05 14:07:09.000000000 +0000 []'],
    ['2023-04-05 14:07:09 GMT', '2023-04-05 14:07:09.000000000 +0000 []'],
    ['2023-04-05T14:07:09Z', '2023-04-05 14:07:09.000000000 +0000 [UTC] utc'],
    ['2023-04-05T14:07:09.123Z', '2023-04-05 14:07:09.123000000 +0000 [UTC] utc'],
    ['Sat, 03 Jun 2023 10:15:00 EST', '2023-06-03 10:15:00.000000000 -0500 []'],
    ['Sat, 03 Jun 2023 10:15:00 EDT', '2023-06-03 10:15:00.000000000 -0400 [EDT]'],
    ['Sat, 03 Jun 2023 10:15:00 CET', '2023-06-03 10:15:00.000000000 -0400 [EDT]'],
    ['10:00', '2023-11-14 10:00:00.000000000 -0500 [EST]'],
    ['10:00 pm', '2023-11-14 22:00:00.000000000 -0500 [EST]'],
    ['10pm', '2023-11-14 22:00:00.000000000 -0500 [EST]'],
    ['3 PM', '2023-11-14 15:00:00.000000000 -0500 [EST]'],
    ['Jun 3', '2023-06-03 00:00:00.000000000 -0400 [EDT]'],
    ['June 3rd 2023', '2023-06-03 00:00:00.000000000 -0400 [EDT]'],
    ['3rd of June, 2023', '2023-06-01 00:00:00.000000000 -0400 [EDT]'],
    ['03/06/2023', '2023-06-03 00:00:00.000000000 -0400 [EDT]'],
    ['3.6.2023', '2023-06-03 00:00:00.000000000 -0400 [EDT]'],
    ['2023.06.03', '2023-06-03 00:00:00.000000000 -0400 [EDT]'],
    ['20230603', '2023-06-03 00:00:00.000000000 -0400 [EDT]'],
    ['20230603T101500', '2023-06-03 10:15:00.000000000 -0400 [EDT]'],
    ['20230603101500', '2023-06-03 10:15:00.000000000 -0400 [EDT]'],
    ['Tuesday', null],
    ['2023', null],
    ['Jun 2023', '2023-06-01 00:00:00.000000000 -0400 [EDT]'],
    ['hello', null],
    ['12/25', '2023-12-25 00:00:00.000000000 -0500 [EST]'],
    ['25/12/2023', '2023-12-25 00:00:00.000000000 -0500 [EST]'],
    ['\'23', '2023-01-01 00:00:00.000000000 -0500 [EST]'],
    ['h31.05.01', '2019-05-01 00:00:00.000000000 -0400 [EDT]'],
    ['2023-W10-3', null],
    ['2023-060', '2023-03-01 00:00:00.000000000 -0500 [EST]'],
    ['Jan 2 2006 15:04:05 MST', '2006-01-02 15:04:05.000000000 -0700 []'],
    ['Mon Jan 2 15:04:05 -0700 2006', '2006-01-02 15:04:05.000000000 -0700 []'],
    ['2006-01-02T15:04:05.999999999-07:00', '2006-01-02 15:04:05.999999999 -0700 []'],
    ['2023-02-30', '2023-03-02 00:00:00.000000000 -0500 [EST]'],
    ['2023-13-01', null],
    ['2023-04-31 10:00', '2023-05-01 10:00:00.000000000 -0400 [EDT]'],
    ['24:00', '2023-11-15 00:00:00.000000000 -0500 [EST]'],
    ['2023-04-05 24:00', '2023-04-06 00:00:00.000000000 -0400 [EDT]'],
    ['1999-12-31 23:59:60', '2000-01-01 00:00:00.000000000 -0500 [EST]'],
    ['now', null],
    ['2023-04-05 10:00 +05:30', '2023-04-05 10:00:00.000000000 +0530 []'],
    ['2023-04-05 10:00 +0530', '2023-04-05 10:00:00.000000000 +0530 []'],
    ['2023-04-05 10:00 +5', '2023-04-05 10:00:00.000000000 -0400 [EDT]'],
    ['2023-04-05 10:00 utc+1', '2023-04-05 10:00:00.000000000 -0400 [EDT]'],
    ['2023-04-05 10:00 -00:00', '2023-04-05 10:00:00.000000000 +0000 [UTC] utc'],
    ['2023-04-05 10:00 Z', '2023-04-05 10:00:00.000000000 +0000 [UTC] utc'],
    ['2023-04-05 10:00 EST', '2023-04-05 10:00:00.000000000 -0500 []'],
    ['2023-11-05 01:30', '2023-11-05 01:30:00.000000000 -0500 [EST]'],
    ['2023-03-12 02:30', '2023-03-12 03:30:00.000000000 -0400 [EDT]'],
    ['5 BC', null],
    ['12 noon', '2023-11-12 00:00:00.000000000 -0500 [EST]'],
    ['2023-04-05 10:00:00.5', '2023-04-05 10:00:00.500000000 -0400 [EDT]'],
    ['1:2:3', '2023-11-14 01:02:03.000000000 -0500 [EST]'],
  ];
  for (const [input, expected] of cases) {
    let actual: string | null;
    try {
      const t = parseTime(input, NEW_YORK, NOW);
      actual = show(t) + (t.isUtc ? ' utc' : '');
    } catch {
      actual = null;
    }
    assert.is(actual, expected, input);
  }
});

test('Time.parse in London: GMT text becomes local time when the offsets agree', () => {
  const london = TimeZone.load('Europe/London');
  assert.is(show(parseTime('2023-01-05 14:07:09 GMT', london, NOW)), '2023-01-05 14:07:09.000000000 +0000 [GMT]');
  assert.is(show(parseTime('2023-04-05 14:07:09 GMT', london, NOW)), '2023-04-05 14:07:09.000000000 +0000 []');
});

test('the date filter: times and dates pass through, numbers are timestamps, strings are parsed', () => {
  assert.is(toLiquidDate(SAMPLE, NEW_YORK), SAMPLE);
  const date = new RubyDate(2024, 2, 29);
  assert.is(toLiquidDate(date, NEW_YORK), date);
  assert.is(show(toLiquidDate('March 9, 2021', NEW_YORK)), '2021-03-09 00:00:00.000000000 -0500 [EST]');
  assert.is(show(toLiquidDate(1680703629, NEW_YORK)), '2023-04-05 10:07:09.000000000 -0400 [EDT]');
  assert.is(show(toLiquidDate('1680703629', NEW_YORK)), '2023-04-05 10:07:09.000000000 -0400 [EDT]');
  assert.is(show(toLiquidDate('2021-03-09T10:00:00+01:00', NEW_YORK)), '2021-03-09 10:00:00.000000000 +0100 []');
  assert.is(show(toLiquidDate('SAT, 03 JUN 2023 10:15:00 EDT', NEW_YORK)), '2023-06-03 10:15:00.000000000 -0400 [EDT]');
  assert.is(show(toLiquidDate('now', NEW_YORK, NOW)), '2023-11-14 17:13:20.250000000 -0500 [EST]');
  assert.is(show(toLiquidDate('Today', NEW_YORK, NOW)), '2023-11-14 17:13:20.250000000 -0500 [EST]');
});

test('the date filter gives up (returns the input) on floats, booleans, nil, empty and unparsable strings', () => {
  for (const input of [1.5, true, null, undefined, '', 'hello', [1]]) assert.is(toLiquidDate(input, NEW_YORK), null, String(input));
});

test('Jekyll dates are always shown in the site timezone', () => {
  assert.is(String(parseJekyllDate('2023-03-12 23:30:00 -0800', NEW_YORK)), '2023-03-13 03:30:00 -0400');
  assert.is(show(parseJekyllDate('2023-06-01', NEW_YORK)), '2023-06-01 00:00:00.000000000 -0400 [EDT]');
  assert.is(show(parseJekyllDate('2023-01-10 09:30:00 UTC', NEW_YORK)), '2023-01-10 04:30:00.000000000 -0500 [EST]');
});

test('an invalid Jekyll date raises InvalidDateError with Jekyll\'s message', () => {
  assert.throws(
    () => parseJekyllDate('not a date', NEW_YORK, 'Bad.'),
    (e: unknown) => e instanceof InvalidDateError && e.message === "Invalid date 'not a date': Bad.",
  );
});

test('front matter dates: a YAML Date is local midnight, a YAML time without offset is UTC shown locally', () => {
  assert.is(show(toJekyllTime(new RubyDate(2023, 6, 1), NEW_YORK)), '2023-06-01 00:00:00.000000000 -0400 [EDT]');
  const utc = NEW_YORK.timeAt(Date.UTC(2023, 0, 10, 9, 30));
  assert.is(show(toJekyllTime(utc, NEW_YORK)), '2023-01-10 04:30:00.000000000 -0500 [EST]');
  const fixed = new RubyTime(Date.UTC(2023, 2, 13, 7, 30), -8 * 3600, null);
  assert.is(show(toJekyllTime(fixed, NEW_YORK)), '2023-03-13 03:30:00.000000000 -0400 [EDT]');
  assert.is(show(toJekyllTime('2023-01-10', NEW_YORK)), '2023-01-10 00:00:00.000000000 -0500 [EST]');
});

test.run();
