import { describe, expect, it } from 'vitest';
import { sweeperReader, systemWriter } from './sweeper-context';

const now = new Date('2026-03-02T01:00:00Z');

describe('sweeperReader — a sweep source reads, and only reads', () => {
  it('holds exactly the listed read permissions, over everything, as no account', () => {
    const { actor } = sweeperReader(now, ['measure.read', 'visit.read']);
    expect(actor?.permissions).toEqual({ 'measure.read': 'all', 'visit.read': 'all' });
    expect([actor?.roles, actor?.unitId, actor?.cadreId]).toEqual([[], null, null]);
  });

  it('refuses a source that lists a write permission', () => {
    expect(() => sweeperReader(now, ['measure.read', 'measure.write'])).toThrow('measure.write');
  });

  it('cannot be given a write permission afterwards', () => {
    const { actor } = sweeperReader(now, ['visit.read']);
    expect(() => Object.assign(actor?.permissions ?? {}, { 'visit.write': 'all' })).toThrow(TypeError);
  });
});

describe('systemWriter — the sweep writes as the system at its own clock', () => {
  it('has no actor and the sweep’s time', () => {
    expect(systemWriter(now)).toMatchObject({ actor: null, requestId: 'sweep', now });
  });
});
