import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Check, MailCheck } from 'lucide-react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, toApiError } from '../api/client';
import { COMPANY_SIZES, INDUSTRIES, type AccountType, type InvitationAccess } from '../api/types';
import { Button } from '../shared/Button';
import { FormField } from '../shared/FormField';
import { inputProps } from '../shared/inputProps';
import { hasErrors, type FieldErrors } from '../shared/fieldErrors';
import { useAuth } from './useAuth';
import { acceptPathOf, invitationTokenOf, splitRecipientName, useInvitedSignUp } from './invitedSignUp';
import { rememberReturnTo, safeReturnTo, takeRememberedReturnTo } from './oidc';
import {
  EMPTY_SIGN_UP,
  INDUSTRY_LABELS,
  PASSWORD_RULES,
  signUpPayload,
  signUpServerErrors,
  validateSignUp,
  type SignUpField,
  type SignUpValues,
} from './signUpForm';
import './auth.css';

type Step = 'type' | 'details' | 'verify';

const ACCOUNT_TYPES: { type: AccountType; title: string; text: string; benefits: string[] }[] = [
  {
    type: 'individual',
    title: 'Individual',
    text: 'Practice AI skills, earn certifications, and share your results with potential employers.',
    benefits: ['Access to default assessment tasks', 'Platform-provided API keys', 'Shareable skill certificates'],
  },
  {
    type: 'business',
    title: 'Business',
    text: 'Create custom assessments, invite candidates, and compare their AI skills.',
    benefits: [
      'Create custom assessment tasks',
      'Invite and track candidates',
      'Compare candidates side-by-side',
      'Export detailed reports',
    ],
  },
];

const RESEND_COOLDOWN_SECONDS = 30;

/** An invited person has no account type to choose: the invitation is for an individual. */
function Steps({ step, invited }: { step: Step; invited: boolean }) {
  const steps: { key: Step; text: string }[] = [
    ...(invited ? [] : [{ key: 'type' as const, text: 'Account type' }]),
    { key: 'details', text: 'Your details' },
    { key: 'verify', text: 'Verify email' },
  ];
  const current = steps.findIndex((s) => s.key === step);
  return (
    <ol className="signup-steps" aria-label="Sign-up progress">
      {steps.map(({ key, text }, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={key} className={`signup-step signup-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="signup-step-number">{state === 'done' ? <Check size={14} aria-label="done" /> : index + 1}</span>
            <span>{text}</span>
          </li>
        );
      })}
    </ol>
  );
}

function SignInLink({ children = 'Sign in', returnTo, email }: { children?: string; returnTo?: string; email?: string }) {
  const { signIn, status } = useAuth();
  return (
    <button
      type="button"
      className="link-button"
      disabled={status !== 'ready'}
      onClick={() => void signIn(returnTo ?? '/dashboard', { loginHint: email })}
      data-testid="sign-up-sign-in"
    >
      {children}
    </button>
  );
}

/** Where the new account continues after verification: an invitation (accepting it), or the page that sent here. */
function continuePath(returnTo: string | null): string | undefined {
  const token = invitationTokenOf(returnTo);
  if (token) return acceptPathOf(token);
  return returnTo ? safeReturnTo(returnTo, '') || undefined : undefined;
}

/**
 * Account creation in the design's three steps: account type, details, email verification. Reached from an invitation
 * (`?returnTo=/invite/<token>`), it is an individual account with the invited address and name filled in, and the
 * verification link leads back to the invitation to accept it.
 */
export function SignUpPage() {
  const [searchParams] = useSearchParams();
  const returnToParam = searchParams.get('returnTo');
  const inviteToken = invitationTokenOf(returnToParam);
  const invited = inviteToken !== null;
  const continueTo = continuePath(returnToParam);
  const invitation = useInvitedSignUp(inviteToken);
  const invitedEmail = invitation.data?.recipientEmail?.trim() || '';
  const [step, setStep] = useState<Step>(invited ? 'details' : 'type');
  const [accountType, setAccountType] = useState<AccountType>(
    !invited && searchParams.get('type') === 'business' ? 'business' : 'individual',
  );
  const [values, setValues] = useState<SignUpValues>(EMPTY_SIGN_UP);
  const [errors, setErrors] = useState<FieldErrors<SignUpField>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [registeredEmail, setRegisteredEmail] = useState('');
  const [sentMessage, setSentMessage] = useState('');
  const [resendState, setResendState] = useState<'idle' | 'sending' | 'sent' | 'error'>('idle');
  const [resendMessage, setResendMessage] = useState('');
  const [cooldown, setCooldown] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Where to come back to once the new account is verified and signed in (the email's link carries it too).
  useEffect(() => {
    if (continueTo) rememberReturnTo(continueTo);
  }, [continueTo]);

  // The invited address (which alone can accept the invitation) and the name the business typed.
  const prefill = invitation.data;
  const [prefilledFrom, setPrefilledFrom] = useState<typeof prefill>(null);
  if (prefill && prefill !== prefilledFrom) {
    setPrefilledFrom(prefill);
    const [firstName, lastName] = splitRecipientName(prefill.recipientName);
    setValues((v) => ({
      ...v,
      email: prefill.recipientEmail?.trim() || v.email,
      firstName: v.firstName || firstName,
      lastName: v.lastName || lastName,
    }));
  }

  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (cooldown <= 0) return;
    const timer = setTimeout(() => setCooldown((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [cooldown]);

  const set = (field: SignUpField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // Once the form was submitted, errors follow the input as it is corrected.
    if (submitted) {
      setErrors((current) => {
        const next = validateSignUp(accountType, { ...values, [field]: value });
        return { ...next, ...pickServer(current, next, field) };
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setGeneralErrors([]);
    const found = validateSignUp(accountType, values);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstError(found);
      return;
    }
    setSubmitting(true);
    try {
      const result = await api.signUp(signUpPayload(accountType, values, continueTo));
      setRegisteredEmail(result.email || values.email.trim());
      setSentMessage(result.message);
      setValues((v) => ({ ...v, password: '', confirmPassword: '' }));
      setStep('verify');
    } catch (err) {
      const apiError = toApiError(err);
      if (apiError.errors) {
        const mapped = signUpServerErrors(apiError);
        setErrors(mapped.fields);
        setGeneralErrors(mapped.general);
        focusFirstError(mapped.fields);
      } else {
        setGeneralErrors([apiError.detail ? `${apiError.title}: ${apiError.detail}` : apiError.title]);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const resend = async () => {
    setResendState('sending');
    try {
      await api.resendVerificationEmail(registeredEmail, continueTo);
      setResendState('sent');
      setResendMessage(`We sent another link to ${registeredEmail}.`);
      setCooldown(RESEND_COOLDOWN_SECONDS);
    } catch (err) {
      const apiError = toApiError(err);
      setResendState('error');
      setResendMessage(apiError.detail || apiError.title);
      if (apiError.retryAfterSeconds) setCooldown(apiError.retryAfterSeconds);
    }
  };

  if (step === 'type') {
    return (
      <div className="auth-card signup-card" data-testid="sign-up-page" data-step="type">
        <Steps step={step} invited={invited} />
        <h1 ref={headingRef} tabIndex={-1}>
          Join Skills Lab
        </h1>
        <p className="muted">Select your account type to get started.</p>
        <div className="account-types" role="radiogroup" aria-label="Account type">
          {ACCOUNT_TYPES.map((option) => (
            <label
              key={option.type}
              className={`account-type ${accountType === option.type ? 'selected' : ''}`}
              data-testid={`account-type-${option.type}`}
            >
              <input
                type="radio"
                name="accountType"
                value={option.type}
                checked={accountType === option.type}
                onChange={() => setAccountType(option.type)}
              />
              <span className="account-type-body">
                <span className="account-type-title">{option.title}</span>
                <span className="account-type-text">{option.text}</span>
                <ul>
                  {option.benefits.map((benefit) => (
                    <li key={benefit}>
                      <Check size={14} aria-hidden="true" /> {benefit}
                    </li>
                  ))}
                </ul>
              </span>
            </label>
          ))}
        </div>
        <Button variant="primary" size="lg" className="full-width" onClick={() => setStep('details')} data-testid="sign-up-continue">
          Continue
        </Button>
        <p className="center-text muted small signup-footer">
          Already have an account? <SignInLink />
        </p>
      </div>
    );
  }

  if (step === 'details') {
    const business = accountType === 'business';
    const field = (name: SignUpField) => inputProps(`signup-${name}`, errors[name]);
    return (
      <div
        className="auth-card signup-card"
        data-testid="sign-up-page"
        data-step="details"
        data-account-type={accountType}
        data-invited={invited || undefined}
      >
        <Steps step={step} invited={invited} />
        <h1 ref={headingRef} tabIndex={-1}>
          {business ? 'Business Account' : 'Create Account'}
        </h1>
        {invited ? (
          <InvitationIntro state={invitation.loading ? 'loading' : invitation.error ? 'error' : 'ready'} invitation={invitation.data} />
        ) : (
          <p className="muted">
            {business ? 'Set up your business account to start hiring.' : 'Enter your details to create your account.'}
          </p>
        )}
        <form onSubmit={(event) => void submit(event)} noValidate data-testid="sign-up-form">
          <div className="form-grid">
            <FormField id="signup-firstName" label="First Name" error={errors.firstName}>
              <input {...field('firstName')} autoComplete="given-name" value={values.firstName} onChange={(e) => set('firstName')(e.target.value)} />
            </FormField>
            <FormField id="signup-lastName" label="Last Name" error={errors.lastName}>
              <input {...field('lastName')} autoComplete="family-name" value={values.lastName} onChange={(e) => set('lastName')(e.target.value)} />
            </FormField>
            <FormField
              id="signup-email"
              label="Email"
              error={errors.email}
              className="span-2"
              hint={invitedEmail ? 'The invitation was sent to this address: it is the one that can accept it.' : undefined}
            >
              <input
                {...field('email')}
                type="email"
                autoComplete="email"
                value={values.email}
                readOnly={Boolean(invitedEmail)}
                onChange={(e) => set('email')(e.target.value)}
              />
            </FormField>
            <FormField
              id="signup-password"
              label="Password"
              error={errors.password}
              hint={
                <span className="password-rules" data-testid="signup-password-rules">
                  {PASSWORD_RULES.map((rule) => (
                    <span key={rule} className="password-rule">
                      {rule}
                    </span>
                  ))}
                </span>
              }
            >
              <input
                {...inputProps('signup-password', errors.password, true)}
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set('password')(e.target.value)}
              />
            </FormField>
            <FormField id="signup-confirmPassword" label="Confirm Password" error={errors.confirmPassword}>
              <input
                {...field('confirmPassword')}
                type="password"
                autoComplete="new-password"
                value={values.confirmPassword}
                onChange={(e) => set('confirmPassword')(e.target.value)}
              />
            </FormField>
            {business && (
              <>
                <FormField id="signup-companyName" label="Company Name" error={errors.companyName} className="span-2">
                  <input
                    {...field('companyName')}
                    autoComplete="organization"
                    value={values.companyName}
                    onChange={(e) => set('companyName')(e.target.value)}
                  />
                </FormField>
                <FormField id="signup-companySize" label="Company Size" error={errors.companySize}>
                  <select {...field('companySize')} value={values.companySize} onChange={(e) => set('companySize')(e.target.value)}>
                    <option value="">Select…</option>
                    {COMPANY_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField id="signup-companyIndustry" label="Industry" error={errors.companyIndustry}>
                  <select
                    {...field('companyIndustry')}
                    value={values.companyIndustry}
                    onChange={(e) => set('companyIndustry')(e.target.value)}
                  >
                    <option value="">Select…</option>
                    {INDUSTRIES.map((industry) => (
                      <option key={industry} value={industry}>
                        {INDUSTRY_LABELS[industry]}
                      </option>
                    ))}
                  </select>
                </FormField>
              </>
            )}
          </div>
          {generalErrors.length > 0 && (
            <div className="form-errors" role="alert" data-testid="sign-up-errors">
              {generalErrors.length === 1 ? (
                generalErrors[0]
              ) : (
                <ul>
                  {generalErrors.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div className={invited ? 'signup-actions signup-actions-single' : 'signup-actions'}>
            {!invited && (
              <Button variant="secondary" size="lg" onClick={() => setStep('type')} disabled={submitting} data-testid="sign-up-back">
                Back
              </Button>
            )}
            <Button type="submit" variant="primary" size="lg" loading={submitting} data-testid="sign-up-submit">
              {submitting ? 'Creating…' : 'Create Account'}
            </Button>
          </div>
        </form>
        <p className="center-text muted small signup-footer">
          Already have an account? <SignInLink returnTo={continueTo} email={invitedEmail || undefined} />
        </p>
      </div>
    );
  }

  return (
    <div className="auth-card signup-card" data-testid="sign-up-page" data-step="verify">
      <Steps step={step} invited={invited} />
      <div className="verify-icon" aria-hidden="true">
        <MailCheck size={32} />
      </div>
      <h1 ref={headingRef} tabIndex={-1} className="center-text">
        Verify Your Email
      </h1>
      <p className="center-text" data-testid="verify-sent">
        We sent an email to <strong data-testid="verify-email">{registeredEmail}</strong>. If the address is new here, it
        holds a link to activate your account, which brings you back to sign in
        {invited ? ' and on to your invitation' : ''}. If the address already has an account, the email tells you how to
        sign in instead.
      </p>
      {sentMessage && (
        <p className="center-text muted small" data-testid="verify-server-message">
          {sentMessage}
        </p>
      )}
      <p className="center-text muted small">
        Didn’t get it? Check your spam folder, or send it again. The link is valid for a limited time.
      </p>
      <div className="verify-actions">
        <Button
          variant="secondary"
          loading={resendState === 'sending'}
          disabled={cooldown > 0}
          onClick={() => void resend()}
          data-testid="resend-verification"
        >
          {cooldown > 0 ? `Send it again (${cooldown} s)` : 'Send it again'}
        </Button>
        <SignInButton returnTo={continueTo} email={registeredEmail} />
      </div>
      {resendState === 'sent' && (
        <p className="notice notice-success center-text" role="status" data-testid="resend-status">
          {resendMessage}
        </p>
      )}
      {resendState === 'error' && (
        <p className="notice notice-danger center-text" role="alert" data-testid="resend-status">
          The email could not be sent: {resendMessage}
        </p>
      )}
      <p className="center-text muted small signup-footer">
        Wrong address?{' '}
        <button
          type="button"
          className="link-button"
          data-testid="sign-up-start-again"
          onClick={() => {
            setResendState('idle');
            setStep('details');
          }}
        >
          Start again
        </button>{' '}
        or <Link to="/">go to the start page</Link>.
      </p>
    </div>
  );
}

function SignInButton({ returnTo, email }: { returnTo?: string; email: string }) {
  const { signIn, status } = useAuth();
  return (
    <Button
      variant="primary"
      disabled={status !== 'ready'}
      onClick={() => void signIn(takeRememberedReturnTo() ?? returnTo ?? '/dashboard', { loginHint: email })}
      data-testid="verify-sign-in"
    >
      I have verified — sign in
    </Button>
  );
}

function InvitationIntro({ state, invitation }: { state: 'loading' | 'ready' | 'error'; invitation: InvitationAccess | null }) {
  if (state === 'loading') return <p className="muted">Reading your invitation…</p>;
  if (state === 'error' || !invitation) {
    return (
      <p className="notice notice-warn" data-testid="sign-up-invitation-unavailable">
        Your invitation could not be read just now. Create your account with the address it was sent to; you go back to
        the invitation afterwards.
      </p>
    );
  }
  return (
    <p className="muted" data-testid="sign-up-invitation">
      {invitation.companyName ? <strong>{invitation.companyName}</strong> : 'A company'} invited you to take{' '}
      <strong>{invitation.taskTitle}</strong>. Create your account to accept: you come back to the invitation once your
      email is verified.
    </p>
  );
}

/** Keeps server-side messages on the fields the user is not editing; client checks replace the rest. */
function pickServer(
  current: FieldErrors<SignUpField>,
  next: FieldErrors<SignUpField>,
  editing: SignUpField,
): FieldErrors<SignUpField> {
  const kept: FieldErrors<SignUpField> = {};
  for (const [key, message] of Object.entries(current) as [SignUpField, string | undefined][]) {
    if (key !== editing && message && !next[key]) kept[key] = message;
  }
  return kept;
}

function focusFirstError(errors: FieldErrors<SignUpField>) {
  const order: SignUpField[] = [
    'firstName',
    'lastName',
    'email',
    'password',
    'confirmPassword',
    'companyName',
    'companySize',
    'companyIndustry',
  ];
  const first = order.find((field) => errors[field]);
  if (first) setTimeout(() => document.getElementById(`signup-${first}`)?.focus(), 0);
}
