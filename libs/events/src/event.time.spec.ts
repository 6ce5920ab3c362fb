import { describe, expect, it } from 'vitest';
import {
  durationFromMillis,
  durationToMillis,
  formatTimestamp,
  parseTimestamp,
  timestampFromDate,
  timestampToDate,
} from './event.time.js';

describe('formatTimestamp', () => {
  it('writes UTC with Z and the fewest of 0, 3, 6 or 9 fraction digits that hold the nanos', () => {
    const seconds = 1_741_944_413; // 2025-03-14T09:26:53Z

    expect(formatTimestamp({ seconds, nanos: 0 })).toBe('2025-03-14T09:26:53Z');
    expect(formatTimestamp({ seconds, nanos: 500_000_000 })).toBe('2025-03-14T09:26:53.500Z');
    expect(formatTimestamp({ seconds, nanos: 589_793_000 })).toBe('2025-03-14T09:26:53.589793Z');
    expect(formatTimestamp({ seconds, nanos: 589_793_238 })).toBe('2025-03-14T09:26:53.589793238Z');
    expect(formatTimestamp({ seconds, nanos: 1 })).toBe('2025-03-14T09:26:53.000000001Z');
  });

  it('covers the Timestamp range, years 1 to 9999, and refuses beyond it', () => {
    expect(formatTimestamp({ seconds: -62_135_596_800, nanos: 0 })).toBe('0001-01-01T00:00:00Z');
    expect(formatTimestamp({ seconds: 253_402_300_799, nanos: 999_999_999 })).toBe('9999-12-31T23:59:59.999999999Z');
    expect(() => formatTimestamp({ seconds: 253_402_300_800, nanos: 0 })).toThrow(RangeError);
    expect(() => formatTimestamp({ seconds: 0, nanos: 1_000_000_000 })).toThrow(RangeError);
    expect(() => formatTimestamp({ seconds: 0.5, nanos: 0 })).toThrow(RangeError);
  });
});

describe('parseTimestamp', () => {
  it('accepts any offset, t or a space as separator, and any number of fraction digits', () => {
    const expected = { seconds: 1_741_944_413, nanos: 589_793_238 };

    expect(parseTimestamp('2025-03-14T09:26:53.589793238Z')).toEqual(expected);
    expect(parseTimestamp('2025-03-14t09:26:53.589793238z')).toEqual(expected);
    expect(parseTimestamp('2025-03-14 04:26:53.589793238-05:00')).toEqual(expected);
    expect(parseTimestamp('2025-03-14T09:26:53.5897932389999+00:00')).toEqual(expected);
    expect(parseTimestamp('2025-03-14T09:26:53.5Z')).toEqual({ seconds: 1_741_944_413, nanos: 500_000_000 });
  });

  it('handles dates across an offset, leap days and years before 100', () => {
    expect(parseTimestamp('2024-03-01T00:30:00+01:00')).toEqual(parseTimestamp('2024-02-29T23:30:00Z'));
    expect(formatTimestamp(parseTimestamp('0050-06-15T12:00:00Z'))).toBe('0050-06-15T12:00:00Z');
    expect(parseTimestamp('1969-12-31T23:59:59.25Z')).toEqual({ seconds: -1, nanos: 250_000_000 });
  });

  it('rolls a leap second over into the next second', () => {
    expect(parseTimestamp('2016-12-31T23:59:60Z')).toEqual(parseTimestamp('2017-01-01T00:00:00Z'));
  });

  it('refuses what is not an RFC-3339 date-time', () => {
    for (const text of [
      '2025-03-14',
      '2025-03-14T09:26:53',
      '2025-03-14T09:26:53+0100',
      '2025-02-29T00:00:00Z',
      '2025-13-01T00:00:00Z',
      '2025-03-14T24:00:00Z',
      '2025-03-14T09:26:53.Z',
      ' 2025-03-14T09:26:53Z',
      '0000-01-01T00:00:00Z',
    ]) {
      expect(() => parseTimestamp(text), text).toThrow(RangeError);
    }
  });
});

describe('Date conversions', () => {
  it('round-trip at millisecond precision', () => {
    const date = new Date('2025-03-14T09:26:53.589Z');

    expect(timestampFromDate(date)).toEqual({ seconds: 1_741_944_413, nanos: 589_000_000 });
    expect(timestampToDate(timestampFromDate(date))).toEqual(date);
    expect(timestampFromDate(new Date(-1))).toEqual({ seconds: -1, nanos: 999_000_000 });
    expect(() => timestampFromDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('durations', () => {
  it('split milliseconds into seconds and nanos of the same sign', () => {
    expect(durationFromMillis(1500)).toEqual({ seconds: 1, nanos: 500_000_000 });
    expect(durationFromMillis(0.001)).toEqual({ seconds: 0, nanos: 1000 });
    expect(durationFromMillis(-1500)).toEqual({ seconds: -1, nanos: -500_000_000 });
    expect(durationFromMillis(999.9999999)).toEqual({ seconds: 1, nanos: 0 });
    expect(durationToMillis({ seconds: 2, nanos: 250_000_000 })).toBe(2250);
  });
});
