import type { ProtoDuration, ProtoTimestamp } from './event.types.js';

const NANOS_PER_SECOND = 1_000_000_000;
// google.protobuf.Timestamp is restricted to 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999999Z.
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

// RFC 3339 `date-time`: `T` may be written `t` (and, as RFC 3339 allows and chrono accepts,
// a space); the offset is `Z`/`z` or `±hh:mm`; the fraction has any number of digits.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** A `Date` (millisecond precision) as a Timestamp. */
export function timestampFromDate(date: Date): ProtoTimestamp {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid Date');
  const seconds = Math.floor(ms / 1000);
  return checkTimestamp({ seconds, nanos: (ms - seconds * 1000) * 1_000_000 });
}

/** A Timestamp as a `Date`; sub-millisecond digits are truncated. */
export function timestampToDate(timestamp: ProtoTimestamp): Date {
  return new Date(timestamp.seconds * 1000 + Math.floor(timestamp.nanos / 1_000_000));
}

/**
 * RFC-3339 in UTC with `Z`, as upstream writes it: the fraction is omitted when zero,
 * otherwise 3, 6 or 9 digits, the fewest that hold the nanoseconds exactly
 * (`2025-03-14T09:26:53.589793238Z`, `2025-03-14T09:26:53.500Z`).
 */
export function formatTimestamp(timestamp: ProtoTimestamp): string {
  const { seconds, nanos } = checkTimestamp(timestamp);
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  if (nanos === 0) return `${whole}Z`;
  const digits = String(nanos).padStart(9, '0');
  const fraction = nanos % 1_000_000 === 0 ? digits.slice(0, 3) : nanos % 1000 === 0 ? digits.slice(0, 6) : digits;
  return `${whole}.${fraction}Z`;
}

/**
 * Parses an RFC-3339 date-time with any offset (the reference's readers accept any)
 * into a UTC Timestamp. Digits beyond nanoseconds are truncated; a leap second (`:60`)
 * rolls over into the next second. Throws a RangeError on anything else.
 */
export function parseTimestamp(text: string): ProtoTimestamp {
  const match = RFC3339.exec(text);
  if (!match) throw new RangeError(`not an RFC-3339 date-time: ${JSON.stringify(text)}`);
  const [, year, month, day, hour, minute, second, fraction, sign, offsetHour, offsetMinute] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  const oh = Number(offsetHour ?? 0);
  const om = Number(offsetMinute ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60 || oh > 23 || om > 59) {
    throw new RangeError(`not an RFC-3339 date-time: ${JSON.stringify(text)}`);
  }
  const offset = (sign === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  const seconds = daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset;
  const nanos = fraction === undefined ? 0 : Number(fraction.slice(0, 9).padEnd(9, '0'));
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw new RangeError(`date-time out of the Timestamp range (years 1 to 9999): ${JSON.stringify(text)}`);
  }
  return { seconds, nanos };
}

/** Milliseconds (fractions allowed) as a Duration; seconds and nanos carry the same sign. */
export function durationFromMillis(ms: number): ProtoDuration {
  if (!Number.isFinite(ms)) throw new RangeError(`invalid duration: ${ms} ms`);
  let seconds = Math.trunc(ms / 1000);
  let nanos = Math.round((ms - seconds * 1000) * 1_000_000);
  if (Math.abs(nanos) >= NANOS_PER_SECOND) {
    seconds += Math.sign(nanos);
    nanos -= Math.sign(nanos) * NANOS_PER_SECOND;
  }
  // Normalise -0, which JSON.stringify would write as 0 anyway, for equality in tests.
  return { seconds: seconds + 0, nanos: nanos + 0 };
}

/** A Duration in milliseconds (possibly fractional). */
export function durationToMillis(duration: ProtoDuration): number {
  return duration.seconds * 1000 + duration.nanos / 1_000_000;
}

function checkTimestamp(timestamp: ProtoTimestamp): ProtoTimestamp {
  const { seconds, nanos } = timestamp;
  if (!Number.isInteger(seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw new RangeError(`Timestamp seconds out of range (years 1 to 9999): ${seconds}`);
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos >= NANOS_PER_SECOND) {
    throw new RangeError(`Timestamp nanos out of range (0 to 999999999): ${nanos}`);
  }
  return timestamp;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`);
 * unlike `Date.UTC` it does not map years 0..99 to 1900..1999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
