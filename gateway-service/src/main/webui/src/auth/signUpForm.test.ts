import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { EMPTY_SIGN_UP, signUpPayload, signUpServerErrors, validateSignUp, type SignUpValues } from './signUpForm';

const PERSON: SignUpValues = {
  ...EMPTY_SIGN_UP,
  firstName: '  Ada ',
  lastName: 'Lovelace',
  email: ' ada@example.com ',
  password: 'analytical-engine',
  confirmPassword: 'analytical-engine',
};

const COMPANY: SignUpValues = { ...PERSON, companyName: ' Engines Ltd ', companySize: '11-50', companyIndustry: 'technology' };

function problem(status: number, errors?: { field: string; message: string }[], detail = '') {
  return new ApiError({ status, title: status === 409 ? 'Conflict' : 'Invalid request', detail, type: 'about:blank', errors });
}

describe('validateSignUp', () => {
  it('accepts complete details', () => {
    expect(validateSignUp('individual', PERSON)).toEqual({});
    expect(validateSignUp('business', COMPANY)).toEqual({});
  });

  it('names every missing field', () => {
    expect(Object.keys(validateSignUp('individual', EMPTY_SIGN_UP)).sort()).toEqual(
      ['confirmPassword', 'email', 'firstName', 'lastName', 'password'].sort(),
    );
    expect(Object.keys(validateSignUp('business', EMPTY_SIGN_UP))).toEqual(
      expect.arrayContaining(['companyName', 'companySize', 'companyIndustry']),
    );
  });

  it('wants a password of at least 12 characters, confirmed, and without the email', () => {
    expect(validateSignUp('individual', { ...PERSON, password: 'eleven-char', confirmPassword: 'eleven-char' }).password).toBe(
      'Use at least 12 characters.',
    );
    expect(validateSignUp('individual', { ...PERSON, password: 'twelve-chars', confirmPassword: 'twelve-chars' }).password).toBeUndefined();
    expect(
      validateSignUp('individual', { ...PERSON, password: 'my-ada@example.com!', confirmPassword: 'my-ada@example.com!' }).password,
    ).toBe('Your password must not contain your email address.');
    expect(validateSignUp('individual', { ...PERSON, confirmPassword: 'analytical-engines' }).confirmPassword).toBe(
      'The passwords do not match.',
    );
    expect(
      validateSignUp('individual', { ...PERSON, password: 'ADA@example.com', confirmPassword: 'ADA@example.com' }).password,
    ).toMatch(/email/);
  });

  it('checks the email’s shape and the company choices', () => {
    expect(validateSignUp('individual', { ...PERSON, email: 'ada@' }).email).toMatch(/valid email/);
    expect(validateSignUp('business', { ...COMPANY, companySize: '12-13' }).companySize).toBeDefined();
    expect(validateSignUp('business', { ...COMPANY, companyIndustry: 'mining' }).companyIndustry).toBeDefined();
  });

  it('does not ask an individual about a company', () => {
    expect(validateSignUp('individual', { ...PERSON, companySize: 'bogus' })).toEqual({});
  });
});

describe('signUpPayload', () => {
  it('sends an individual without any company field', () => {
    const payload = signUpPayload('individual', { ...COMPANY });
    expect(payload).toEqual({
      accountType: 'individual',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      password: 'analytical-engine',
    });
    expect('companyName' in payload || 'companySize' in payload || 'companyIndustry' in payload).toBe(false);
    expect('confirmPassword' in payload).toBe(false);
  });

  it('sends a business with its company fields, trimmed', () => {
    expect(signUpPayload('business', COMPANY)).toEqual({
      accountType: 'business',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      password: 'analytical-engine',
      companyName: 'Engines Ltd',
      companySize: '11-50',
      companyIndustry: 'technology',
    });
  });

  it('keeps the password exactly as typed', () => {
    expect(signUpPayload('individual', { ...PERSON, password: ' spaced out ' }).password).toBe(' spaced out ');
  });
});

describe('signUpServerErrors', () => {
  it('puts each errors[].field under its input and words fragments as sentences', () => {
    const mapped = signUpServerErrors(
      problem(400, [
        { field: 'companyName', message: 'is required for a business account' },
        { field: 'password', message: 'must be at least 12 characters long' },
        { field: 'email', message: 'must be a well-formed email address' },
      ]),
    );
    expect(mapped.fields).toEqual({
      companyName: 'Company name is required for a business account.',
      password: 'Password must be at least 12 characters long.',
      email: 'Email must be a well-formed email address.',
    });
    expect(mapped.general).toEqual([]);
  });

  it('keeps fields the form does not have (an unknown field, the account type) as general messages', () => {
    const mapped = signUpServerErrors(
      problem(400, [
        { field: 'accountType', message: 'must be individual or business' },
        { field: 'nickname', message: 'is not a known field' },
      ]),
    );
    expect(mapped.fields).toEqual({});
    expect(mapped.general).toEqual(['accountType: must be individual or business', 'nickname: is not a known field']);
  });

  it('falls back to the detail when no field is named', () => {
    expect(signUpServerErrors(problem(400, undefined, 'The identity provider refused these details.')).general).toEqual([
      'The identity provider refused these details.',
    ]);
  });
});
