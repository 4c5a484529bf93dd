import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, toApiError, type ApiError } from '../api/client';
import { COMPANY_SIZES, INDUSTRIES, type Me } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { INDUSTRY_LABELS } from '../auth/signUpForm';
import { NotificationPreferences } from '../notifications/NotificationPreferences';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { FormField } from '../shared/FormField';
import { inputProps } from '../shared/inputProps';
import { hasErrors, splitFieldErrors, type FieldErrors } from '../shared/fieldErrors';
import { formatDate, label } from '../shared/format';
import { Modal } from '../shared/Modal';
import { Spinner } from '../shared/Spinner';
import { useToast } from '../shared/useToast';
import { AiKeysSection } from './AiKeysSection';
import { DownloadMyData } from './DownloadMyData';
import { profileUpdate, validateProfile, valuesOf, type ProfileField, type ProfileValues } from './profileForm';
import './account.css';

const LABELS: Record<ProfileField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  companyName: 'Company name',
  companySize: 'Company size',
  companyIndustry: 'Industry',
};

export const DELETE_CONFIRMATION = 'DELETE';

function Detail({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div className="account-detail">
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function DeleteAccount({ me }: { me: Me }) {
  const { signOutLocally } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const business = me.userType === 'business';

  const confirmDelete = async () => {
    setDeleting(true);
    setError(null);
    try {
      await api.deleteMe();
      await signOutLocally();
      navigate('/', { replace: true, state: { notice: 'account-deleted' } });
    } catch (err) {
      setError(toApiError(err));
      setDeleting(false);
    }
  };

  return (
    <section className="card danger-zone" aria-labelledby="delete-heading" data-testid="delete-account-section">
      <h2 id="delete-heading">Delete my account</h2>
      <DeletionExplanation business={business} />
      <Button variant="danger" onClick={() => setOpen(true)} data-testid="delete-account">
        Delete my account…
      </Button>
      <Modal
        open={open}
        title="Delete your account?"
        onClose={() => {
          setOpen(false);
          setTyped('');
          setError(null);
        }}
        busy={deleting}
        testId="delete-account-dialog"
        footer={
          <>
            <Button variant="ghost" onClick={() => setOpen(false)} disabled={deleting}>
              Keep my account
            </Button>
            <Button
              variant="danger"
              loading={deleting}
              disabled={typed.trim() !== DELETE_CONFIRMATION}
              onClick={() => void confirmDelete()}
              data-testid="confirm-delete-account"
            >
              Delete my account
            </Button>
          </>
        }
      >
        <p>
          This cannot be undone. <strong>{me.email}</strong> will be signed out everywhere and can no longer sign in.
        </p>
        <DeletionExplanation business={business} compact />
        <FormField id="delete-confirm" label={<>Type <code>{DELETE_CONFIRMATION}</code> to confirm</>}>
          <input
            {...inputProps('delete-confirm')}
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.target.value)}
            data-testid="delete-confirm-input"
          />
        </FormField>
        {error && <ErrorState compact error={error} title="Your account could not be deleted" />}
      </Modal>
    </section>
  );
}

function DeletionExplanation({ business, compact = false }: { business: boolean; compact?: boolean }) {
  return (
    <ul className={compact ? 'deletion-facts compact' : 'deletion-facts'} data-testid="deletion-explanation">
      <li>
        Your personal data is <strong>erased or anonymized</strong>: your name, email and profile, your assessments, your AI
        conversations, your code and your scores.
      </li>
      <li>
        If you took an assessment on a business’s task, that business keeps an <strong>anonymized record</strong> of it —
        the score and report, without your name or email.
      </li>
      {business && (
        <li>
          As a business account, you keep no access to your tasks, invitations or candidates’ reports once it is deleted.
        </li>
      )}
    </ul>
  );
}

/**
 * `/account`: the profile from `GET /api/me`, editing names (and company), the AI keys, downloading a copy of one's data,
 * and deleting the account.
 */
export function AccountPage() {
  const { me, meError, reloadMe, replaceMe, refreshSession } = useAuth();
  const toast = useToast();
  const [values, setValues] = useState<ProfileValues | null>(null);
  const [errors, setErrors] = useState<FieldErrors<ProfileField>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  // The form starts from the profile once it is loaded.
  if (me && values === null) setValues(valuesOf(me));

  if (meError) return <ErrorState error={meError} title="Your account could not be loaded" onRetry={reloadMe} />;
  if (!me || !values) return <Spinner label="Loading your account…" />;

  const business = me.userType === 'business';
  const original = valuesOf(me);
  const changed = (Object.keys(values) as ProfileField[]).some((key) => values[key].trim() !== original[key].trim());

  const set = (field: ProfileField, value: string) => {
    setValues({ ...values, [field]: value });
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    const found = validateProfile(values, business);
    setErrors(found);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      const updated = await api.updateMe(profileUpdate(values, business));
      // The answer is the new profile; asking again with the old token would show the old name.
      replaceMe(updated);
      setValues(valuesOf(updated));
      toast.show({ kind: 'success', title: 'Your profile was saved' });
      void refreshSession();
    } catch (err) {
      const apiError = toApiError(err);
      const split = splitFieldErrors(apiError, LABELS);
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="account narrow" data-testid="account-page">
      <div className="page-heading">
        <div>
          <h1>Your account</h1>
          <p className="muted">Your profile, your AI keys, a copy of your data, and what happens to it.</p>
        </div>
      </div>

      <section className="card" aria-labelledby="overview-heading">
        <h2 id="overview-heading" className="card-title">
          Overview
        </h2>
        <dl className="account-details">
          <Detail term="Name" testId="account-name">
            {me.name}
          </Detail>
          <Detail term="Email" testId="account-email">
            {me.email}
          </Detail>
          <Detail term="Account type" testId="account-type">
            {label({ individual: 'Individual', business: 'Business', admin: 'Administrator' }, me.userType)}
          </Detail>
          {me.createdAt && (
            <Detail term="Member since" testId="account-created">
              {formatDate(me.createdAt)}
            </Detail>
          )}
          <Detail term="Plan" testId="account-plan">
            <span className="plan-name">{me.subscription?.plan ?? '—'}</span>{' '}
            {me.subscription?.status && <span className={`status status-plan-${me.subscription.status}`}>{me.subscription.status}</span>}
          </Detail>
          {me.company && (
            <Detail term="Company" testId="account-company">
              {me.company.name}
              {(me.company.size || me.company.industry) && (
                <span className="muted">
                  {' '}
                  · {[me.company.size && `${me.company.size} people`, me.company.industry && label(INDUSTRY_LABELS, me.company.industry)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
            </Detail>
          )}
        </dl>
        <p className="muted small">Your email address is your sign-in name and cannot be changed here.</p>
      </section>

      <section className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="card-title">
          Edit your profile
        </h2>
        <form onSubmit={(event) => void save(event)} noValidate data-testid="profile-form">
          <div className="form-grid">
            <FormField id="profile-firstName" label="First name" error={errors.firstName}>
              <input {...inputProps('profile-firstName', errors.firstName)} autoComplete="given-name" value={values.firstName} onChange={(e) => set('firstName', e.target.value)} />
            </FormField>
            <FormField id="profile-lastName" label="Last name" error={errors.lastName}>
              <input {...inputProps('profile-lastName', errors.lastName)} autoComplete="family-name" value={values.lastName} onChange={(e) => set('lastName', e.target.value)} />
            </FormField>
            {business && (
              <>
                <FormField id="profile-companyName" label="Company name" error={errors.companyName} className="span-2">
                  <input
                    {...inputProps('profile-companyName', errors.companyName)}
                    autoComplete="organization"
                    value={values.companyName}
                    onChange={(e) => set('companyName', e.target.value)}
                  />
                </FormField>
                <FormField id="profile-companySize" label="Company size" error={errors.companySize}>
                  <select {...inputProps('profile-companySize', errors.companySize)} value={values.companySize} onChange={(e) => set('companySize', e.target.value)}>
                    <option value="">Select…</option>
                    {COMPANY_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField id="profile-companyIndustry" label="Industry" error={errors.companyIndustry}>
                  <select
                    {...inputProps('profile-companyIndustry', errors.companyIndustry)}
                    value={values.companyIndustry}
                    onChange={(e) => set('companyIndustry', e.target.value)}
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
          {general.length > 0 && (
            <div className="form-errors" role="alert" data-testid="profile-errors">
              {general.join(' ')}
            </div>
          )}
          <div className="form-actions">
            <Button variant="ghost" disabled={!changed || saving} onClick={() => setValues(original)}>
              Undo changes
            </Button>
            <Button type="submit" variant="primary" loading={saving} disabled={!changed} data-testid="save-profile">
              Save changes
            </Button>
          </div>
        </form>
      </section>

      <AiKeysSection />

      {business && <NotificationPreferences />}

      <DownloadMyData />

      <DeleteAccount me={me} />
    </div>
  );
}
