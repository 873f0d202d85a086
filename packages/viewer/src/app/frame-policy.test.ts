import { describe, expect, it } from 'vitest';
import { frameAllowed, frameAncestorsOf, frameAncestorsWith } from './frame-policy';

const SELF = 'http://127.0.0.1:4173';
const LOCAL = ["'self'", 'file:', 'http://localhost:*', 'http://127.0.0.1:*'];

describe('frameAncestorsOf', () => {
  it.each([
    ["default-src 'self'; frame-ancestors 'self' file:", ["'self'", 'file:']],
    ["default-src 'self'", undefined],
    [null, undefined],
  ])('%j', (csp, sources) => {
    expect(frameAncestorsOf(csp)).toEqual(sources);
  });
});

describe('frameAllowed', () => {
  it.each([
    ['file://', LOCAL, true],
    ['file://', ["'self'"], false],
    ['file://', ['*'], false],
    ['http://127.0.0.1:9000', LOCAL, true],
    ['http://localhost:8080', LOCAL, true],
    ['https://reports.example', LOCAL, false],
    ['https://reports.example', ["'self'", 'https://reports.example'], true],
    ['https://reports.example:8443', ['https://reports.example'], false],
    ['https://a.reports.example', ['https://*.reports.example'], true],
    ['https://reports.example', ['https:'], true],
    ['http://127.0.0.1:4173', ["'self'"], true],
    ['http://127.0.0.1:4174', ["'self'"], false],
    ['https://anything.example', ['*'], true],
    ['https://anything.example', ["'none'"], false],
    ['https://anything.example', undefined, true],
    ['not an origin', LOCAL, false],
  ])('%s under %j → %s', (origin, sources, allowed) => {
    expect(frameAllowed(origin, sources, SELF)).toBe(allowed);
  });
});

describe('frameAncestorsWith', () => {
  it.each([
    ['https://reports.example/q3.html', ["'self'"], "'self',https://reports.example"],
    ['file://', ["'self'"], "'self',file:"],
    ['file://', LOCAL, "'self',file:,http://localhost:*,http://127.0.0.1:*"],
    ['https://r.example', ["'none'"], 'https://r.example'],
  ])('%s added to %j', (origin, sources, value) => {
    expect(frameAncestorsWith(origin, sources)).toBe(value);
  });
});
