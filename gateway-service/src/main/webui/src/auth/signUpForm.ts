import type { ApiError } from '../api/client';
import {
  COMPANY_SIZES,
  INDUSTRIES,
  type AccountType,
  type CompanySize,
  type Industry,
  type SignUpRequest,
} from '../api/types';
import { EMAIL_PATTERN, splitFieldErrors, type FieldErrors, type SplitErrors } from '../shared/fieldErrors';

export const SIGN_UP_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'password',
  'confirmPassword',
  'companyName',
  'companySize',
  'companyIndustry',
] as const;

export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

export type SignUpValues = Record<SignUpField, string>;

export const EMPTY_SIGN_UP: SignUpValues = {
  firstName: '',
  lastName: '',
  email: '',
  password: '',
  confirmPassword: '',
  companyName: '',
  companySize: '',
  companyIndustry: '',
};

export const SIGN_UP_LABELS: Record<SignUpField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  password: 'Password',
  confirmPassword: 'Password confirmation',
  companyName: 'Company name',
  companySize: 'Company size',
  companyIndustry: 'Industry',
};

export const INDUSTRY_LABELS: Record<Industry, string> = {
  technology: 'Technology',
  finance: 'Finance',
  healthcare: 'Healthcare',
  retail: 'Retail',
  manufacturing: 'Manufacturing',
  other: 'Other',
};

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 128;
const MAX_NAME = 100;
const MAX_COMPANY = 255;

function isCompanySize(value: string): value is CompanySize {
  return (COMPANY_SIZES as readonly string[]).includes(value);
}

function isIndustry(value: string): value is Industry {
  return (INDUSTRIES as readonly string[]).includes(value);
}

/** The checks the form can make before asking the server; the server checks again and has the last word. */
export function validateSignUp(accountType: AccountType, values: SignUpValues): FieldErrors<SignUpField> {
  const errors: FieldErrors<SignUpField> = {};
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  if (!firstName) errors.firstName = 'Enter your first name.';
  else if (firstName.length > MAX_NAME) errors.firstName = `At most ${MAX_NAME} characters.`;
  if (!lastName) errors.lastName = 'Enter your last name.';
  else if (lastName.length > MAX_NAME) errors.lastName = `At most ${MAX_NAME} characters.`;
  const email = values.email.trim();
  if (!email) errors.email = 'Enter your email address.';
  else if (!EMAIL_PATTERN.test(email)) errors.email = 'Enter a valid email address, like name@example.com.';
  if (values.password.length < MIN_PASSWORD) errors.password = `Use at least ${MIN_PASSWORD} characters.`;
  else if (values.password.length > MAX_PASSWORD) errors.password = `Use at most ${MAX_PASSWORD} characters.`;
  else if (email && values.password.toLowerCase() === email.toLowerCase()) {
    errors.password = 'Your password must not be your email address.';
  }
  if (!values.confirmPassword) errors.confirmPassword = 'Enter your password again.';
  else if (values.confirmPassword !== values.password) errors.confirmPassword = 'The passwords do not match.';
  if (accountType === 'business') {
    const company = values.companyName.trim();
    if (company.length < 2) errors.companyName = 'Enter your company name.';
    else if (company.length > MAX_COMPANY) errors.companyName = `At most ${MAX_COMPANY} characters.`;
    if (!isCompanySize(values.companySize)) errors.companySize = 'Choose the size of your company.';
    if (!isIndustry(values.companyIndustry)) errors.companyIndustry = 'Choose your industry.';
  }
  return errors;
}

/**
 * The request body: trimmed names and email; company fields only for a business (the server refuses them otherwise);
 * `returnTo`, the app's path the verification link leads back to, when there is one.
 */
export function signUpPayload(accountType: AccountType, values: SignUpValues, returnTo?: string): SignUpRequest {
  const payload: SignUpRequest = {
    accountType,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    password: values.password,
  };
  if (returnTo) payload.returnTo = returnTo;
  if (accountType === 'business') {
    payload.companyName = values.companyName.trim();
    if (isCompanySize(values.companySize)) payload.companySize = values.companySize;
    if (isIndustry(values.companyIndustry)) payload.companyIndustry = values.companyIndustry;
  }
  return payload;
}

/** Puts the server's `errors[].field` under the matching inputs; the rest is shown above the buttons. */
export function signUpServerErrors(error: ApiError): SplitErrors<SignUpField> & { emailTaken: boolean } {
  const split = splitFieldErrors(error, SIGN_UP_LABELS);
  if (error.status !== 409) return { ...split, emailTaken: false };
  // A conflict is about the address even when the answer names no field.
  if (!split.fields.email) {
    return {
      fields: { ...split.fields, email: error.detail || 'An account with this email already exists.' },
      general: [],
      emailTaken: true,
    };
  }
  return { ...split, emailTaken: true };
}
