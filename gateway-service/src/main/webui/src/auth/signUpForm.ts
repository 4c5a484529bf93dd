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

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 128;
/** The local part of an address shorter than this is too common a string to forbid in a password (as the server). */
const MIN_LOCAL_PART = 4;

/** The password rules, as the form shows them; the server checks them (and the list of common passwords) again. */
export const PASSWORD_RULES = [
  `At least ${MIN_PASSWORD} characters.`,
  'Not containing your email address, nor its part before the @.',
  'Not one of the most common passwords, even with digits or symbols added.',
] as const;
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
  errors.password = passwordProblem(values.password, email);
  if (!errors.password) delete errors.password;
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

/** The first password rule the form can check that `password` breaks (length, the address in it), if any. */
export function passwordProblem(password: string, email: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters.`;
  if (length > MAX_PASSWORD) return `Use at most ${MAX_PASSWORD} characters.`;
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (address && lower.includes(address)) return 'Your password must not contain your email address.';
  const at = address.lastIndexOf('@');
  const localPart = at > 0 ? address.slice(0, at) : '';
  if (localPart.length >= MIN_LOCAL_PART && lower.includes(localPart)) {
    return 'Your password must not contain the part of your email address before the @.';
  }
  return undefined;
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

/**
 * Puts the server's `errors[].field` under the matching inputs (the server's own words, which name the rule a password
 * breaks); the rest is shown above the buttons. An address that already has an account is never an error: sign-up
 * answers it as any other, and its owner is told by email.
 */
export function signUpServerErrors(error: ApiError): SplitErrors<SignUpField> {
  return splitFieldErrors(error, SIGN_UP_LABELS);
}
