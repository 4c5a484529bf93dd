import type { ReactNode } from 'react';

/** The accessibility attributes that tie an input to its label, hint and error. */
export function inputProps(id: string, error?: string, hint?: boolean) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return {
    id,
    name: id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** A labelled form control with an optional hint and its inline error. */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
  className,
  testId,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div className={['form-field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
