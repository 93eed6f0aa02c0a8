import { describe, expect, it } from 'vitest';
import { DeskError } from './deskError';
import { parseRedisUrl, withoutRedisPassword } from './parseRedisUrl';

describe('parseRedisUrl', () => {
  it('reads host, port, database, credentials and TLS', () => {
    expect(parseRedisUrl('redis://redis.local:6380/3')).toEqual({
      host: 'redis.local',
      port: 6380,
      db: 3,
      tls: false,
    });
    expect(parseRedisUrl('rediss://desk:p%40ss@[::1]')).toEqual({
      host: '::1',
      port: 6379,
      db: 0,
      username: 'desk',
      password: 'p@ss',
      tls: true,
    });
  });

  it('refuses what is not a Redis URL', () => {
    expect(() => parseRedisUrl('localhost:6379')).toThrow(DeskError);
    expect(() => parseRedisUrl('postgres://db/desk')).toThrow('redis://');
    expect(() => parseRedisUrl('redis://host/cache')).toThrow('must be a number');
  });

  it('never prints the password', () => {
    expect(withoutRedisPassword('redis://desk:secret@host:6379/0')).toBe(
      'redis://desk:***@host:6379/0',
    );
  });
});
