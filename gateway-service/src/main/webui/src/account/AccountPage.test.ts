import { describe, expect, it } from 'vitest';
import { profileUpdate, splitName, validateProfile } from './AccountPage';

const VALUES = { firstName: ' Ada ', lastName: 'Lovelace', companyName: 'Engines', companySize: '1-10', companyIndustry: 'other' };

describe('account profile', () => {
  it('splits a display name like the gateway does', () => {
    expect(splitName('Ada King Lovelace')).toEqual(['Ada', 'King Lovelace']);
    expect(splitName('Cher')).toEqual(['Cher', '']);
    expect(splitName(null)).toEqual(['', '']);
  });

  it('never sends company fields for an individual', () => {
    expect(profileUpdate(VALUES, false)).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(profileUpdate(VALUES, true)).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      companyName: 'Engines',
      companySize: '1-10',
      companyIndustry: 'other',
    });
  });

  it('checks names always and company fields for a business', () => {
    expect(validateProfile({ ...VALUES, lastName: ' ' }, false).lastName).toBeDefined();
    expect(validateProfile({ ...VALUES, companySize: '' }, false)).toEqual({});
    expect(validateProfile({ ...VALUES, companySize: '' }, true).companySize).toBeDefined();
  });
});
