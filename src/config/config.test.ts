import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const bad = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults to the embedded store in ./objector-data, port 8080, 20 MB files, a key file beside it', () => {
    const c = loadConfig({});
    expect(c.store).toEqual({ kind: 'pglite', dataDir: resolve('objector-data') });
    expect(c.port).toBe(8080);
    expect(c.maxFileBytes).toBe(20 * 1024 * 1024);
    expect(c.security.key).toEqual({ kind: 'file', path: resolve('objector-data.keys.json') });
    expect(c.security.cookieSecure).toBe('auto');
    expect(c.security.trustProxy).toBe(false);
    expect(c.pfifDomain).toBe('objector.invalid');
  });

  it("takes the installation's own PFIF domain, in lower case, and refuses what is not a domain", () => {
    expect(loadConfig({ OBJECTOR_PFIF_DOMAIN: 'Helpline.Example.org' }).pfifDomain).toBe(
      'helpline.example.org',
    );
    expect(bad({ OBJECTOR_PFIF_DOMAIN: 'helpline' })).toContain('OBJECTOR_PFIF_DOMAIN must be a domain name');
    expect(bad({ OBJECTOR_PFIF_DOMAIN: 'a/b.example' })).toContain('OBJECTOR_PFIF_DOMAIN');
  });

  it('reads every variable', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/objector',
      OBJECTOR_DATA: '/srv/o/data',
      PORT: '8081',
      OBJECTOR_MAX_FILE_MB: '1.5',
      OBJECTOR_KEY: 'a2V5',
      OBJECTOR_AUDIT_ANCHOR: '/srv/anchor.json',
      OBJECTOR_COOKIE_SECURE: 'false',
      OBJECTOR_TRUST_PROXY: 'true',
    });
    expect(c.store).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/objector' });
    expect(c.port).toBe(8081);
    expect(c.maxFileBytes).toBe(Math.round(1.5 * 1024 * 1024));
    expect(c.security).toEqual({
      key: { kind: 'env', value: 'a2V5' },
      auditAnchorPath: '/srv/anchor.json',
      cookieSecure: 'never',
      trustProxy: true,
    });
  });

  it('lets the command line override the data folder and the port', () => {
    const c = loadConfig({ OBJECTOR_DATA: '/a', PORT: '1' }, { dataDir: '/b', port: 2 });
    expect(c.store).toEqual({ kind: 'pglite', dataDir: '/b' });
    expect(c.port).toBe(2);
  });

  it('names the bad variable and what it must be, without quoting its value', () => {
    expect(bad({ DATABASE_URL: 'mysql://secret@x/y' })).toBe(
      'environment variable DATABASE_URL must start with postgres:// or postgresql://',
    );
    expect(bad({ PORT: '70000' })).toContain('environment variable PORT must be a whole number');
    expect(bad({ PORT: '80.5' })).toContain('PORT');
    expect(bad({ PORT: 'http' })).toContain('PORT');
    expect(bad({ OBJECTOR_MAX_FILE_MB: '0' })).toContain('OBJECTOR_MAX_FILE_MB');
    expect(bad({ OBJECTOR_MAX_FILE_MB: '2048' })).toContain('OBJECTOR_MAX_FILE_MB');
    expect(bad({ OBJECTOR_DATA: '' })).toBe('environment variable OBJECTOR_DATA must not be empty');
    expect(bad({ OBJECTOR_KEY: '' })).toContain('OBJECTOR_KEY');
    expect(bad({ OBJECTOR_COOKIE_SECURE: 'yes' })).toBe(
      'environment variable OBJECTOR_COOKIE_SECURE must be one of auto, true, false',
    );
    expect(bad({ OBJECTOR_TRUST_PROXY: '1' })).toContain('OBJECTOR_TRUST_PROXY');
    expect(bad({ DATABASE_URL: 'mysql://secret@x/y' })).not.toContain('secret');
  });
});
