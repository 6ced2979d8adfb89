import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  can,
  canReadClaimKind,
  isRole,
  POLICY,
  type Principal,
  RESOURCES,
  ROLES,
} from './policy.ts';

describe('role policy', () => {
  it('declares each { resource, action } once, with known names', () => {
    const keys = POLICY.map((r) => `${r.resource}:${r.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of POLICY) {
      expect(RESOURCES).toContain(rule.resource);
      expect(ACTIONS).toContain(rule.action);
      for (const role of rule.roles) expect(['public', ...ROLES]).toContain(role);
    }
  });

  it('refuses whatever it does not list', () => {
    expect(can('admin', 'audit', 'delete')).toBe(false);
    expect(can('admin', 'audit', 'update')).toBe(false);
    expect(can('viewer', 'public', 'delete')).toBe(false);
    expect(can('nobody' as Principal, 'public', 'read')).toBe(false);
  });

  it('lets the public read only what is published, and write nothing but a family report', () => {
    const allowed = RESOURCES.flatMap((resource) =>
      ACTIONS.filter((action) => can('public', resource, action)).map((action) => `${resource}:${action}`),
    );
    expect(allowed.sort()).toEqual(['exports:read', 'intake:create', 'public:read']);
  });

  it('keeps case files from researchers and viewers, and personal records from viewers', () => {
    for (const action of ACTIONS) {
      expect(can('researcher', 'cases', action)).toBe(false);
      expect(can('viewer', 'cases', action)).toBe(false);
      expect(can('viewer', 'persons', action)).toBe(false);
    }
    expect(can('caseworker', 'cases', 'read')).toBe(true);
    expect(can('caseworker', 'persons', 'read')).toBe(true);
  });

  it('gives accounts and the audit log to admins only', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      for (const action of ACTIONS) {
        expect(can(role, 'users', action)).toBe(false);
        expect(can(role, 'audit', action)).toBe(false);
      }
    }
    expect(can('admin', 'users', 'create')).toBe(true);
    expect(can('admin', 'audit', 'read')).toBe(true);
  });

  it('lets viewers read research but change nothing (reporting a missing man is open to anyone)', () => {
    expect(can('viewer', 'sources', 'read')).toBe(true);
    for (const resource of RESOURCES.filter((r) => r !== 'intake')) {
      for (const action of ACTIONS.filter((a) => a !== 'read'))
        expect(can('viewer', resource, action)).toBe(false);
    }
  });

  it('lets only roles that may read persons read person claims; other kinds follow claims:read', () => {
    for (const role of ['public' as const, ...ROLES]) {
      expect(canReadClaimKind(role, 'person'), role).toBe(can(role, 'persons', 'read'));
      expect(canReadClaimKind(role, 'unit'), role).toBe(true);
    }
    expect(canReadClaimKind('viewer', 'person')).toBe(false);
  });

  it('recognises role names', () => {
    expect(isRole('caseworker')).toBe(true);
    expect(isRole('public')).toBe(false);
    expect(isRole('root')).toBe(false);
  });
});
