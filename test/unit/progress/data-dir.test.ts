import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/progress/index.js';

describe('resolveDataDir', () => {
  it('is undefined when neither the flag nor the variable is set, so conf picks its default', () => {
    expect(resolveDataDir({ env: {} })).toBeUndefined();
  });

  it('uses IAM_TUTOR_DATA_DIR', () => {
    expect(resolveDataDir({ env: { IAM_TUTOR_DATA_DIR: '/srv/workshop/alice' } })).toBe('/srv/workshop/alice');
  });

  it('lets --data-dir win over the variable', () => {
    expect(resolveDataDir({ flag: '/a', env: { IAM_TUTOR_DATA_DIR: '/b' } })).toBe('/a');
  });

  it('treats an empty or blank value as unset', () => {
    expect(resolveDataDir({ flag: '  ', env: { IAM_TUTOR_DATA_DIR: '' } })).toBeUndefined();
    expect(resolveDataDir({ flag: '', env: { IAM_TUTOR_DATA_DIR: '/b' } })).toBe('/b');
  });

  it('makes a relative path absolute', () => {
    expect(resolveDataDir({ flag: 'data', env: {} })).toBe(path.resolve('data'));
  });

  it('expands a leading ~ from HOME, which the shell does not do inside a variable', () => {
    expect(resolveDataDir({ env: { IAM_TUTOR_DATA_DIR: '~/tutor', HOME: '/home/ann' } })).toBe('/home/ann/tutor');
  });
});
