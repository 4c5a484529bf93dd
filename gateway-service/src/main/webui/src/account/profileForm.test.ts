import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { profileUpdate, validateProfile, valuesOf } from './profileForm';

const VALUES = { firstName: ' Ada ', lastName: 'Lovelace', companyName: 'Engines', companySize: '1-10', companyIndustry: 'other' };

const ME: Me = {
  id: 'u1',
  email: 'mary@example.com',
  name: 'Mary Ann Smith',
  firstName: 'Mary Ann',
  lastName: 'Smith',
  userType: 'individual',
  subscription: { plan: 'free', status: 'active' },
  company: null,
  createdAt: '2026-01-02T03:04:05Z',
};

describe('account profile', () => {
  it('shows first and last name as stored, never split again from the display name', () => {
    expect(valuesOf(ME)).toMatchObject({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(valuesOf({ ...ME, name: 'Jean Paul de la Cruz', firstName: 'Jean Paul', lastName: 'de la Cruz' })).toMatchObject({
      firstName: 'Jean Paul',
      lastName: 'de la Cruz',
    });
  });

  it('keeps any character a name holds', () => {
    expect(valuesOf({ ...ME, firstName: '<b>Zoë</b>', lastName: "O'Brien & Co" })).toMatchObject({
      firstName: '<b>Zoë</b>',
      lastName: "O'Brien & Co",
    });
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
