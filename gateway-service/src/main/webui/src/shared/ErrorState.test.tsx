import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  it('shows the problem title, detail and field errors', () => {
    const onRetry = vi.fn();
    render(
      <ErrorState
        error={
          new ApiError({
            status: 422,
            title: 'Invalid request',
            detail: 'Check the highlighted fields.',
            type: 'about:blank',
            errors: [{ field: 'companyName', message: 'is required' }],
          })
        }
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid request');
    expect(screen.getByText('Check the highlighted fields.')).toBeInTheDocument();
    expect(screen.getByText('companyName')).toBeInTheDocument();
    expect(screen.getByText(/is required/)).toBeInTheDocument();
    screen.getByTestId('retry').click();
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
