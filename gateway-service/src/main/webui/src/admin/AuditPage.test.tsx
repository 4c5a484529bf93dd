import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { AuditPage as AuditPageData } from '../api/types';
import { fireEvent, render, screen, waitFor } from '../test/render';
import { AuditPage } from './AuditPage';

const PAGE: AuditPageData = {
  items: [
    {
      eventId: '6f1c0a52-1f39-4a53-9a9e-0d3b1f0e9b11',
      occurredAt: '2026-12-07T10:00:00Z',
      recordedAt: '2026-12-07T10:00:01Z',
      actorId: 'user-1',
      actorRole: 'admin',
      actorService: 'gateway-service',
      action: 'account.plan-changed',
      targetType: 'account',
      targetId: 'user-2',
      outcome: 'success',
      clientAddress: '203.0.113.7',
      userAgent: 'Firefox',
      details: { plan: 'premium', previousPlan: 'business' },
    },
  ],
  page: 0,
  size: 50,
  total: 1,
};

describe('AuditPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists entries and asks again with the filters applied', async () => {
    const list = vi.spyOn(api, 'listAudit').mockResolvedValue(PAGE);
    render(
      <MemoryRouter initialEntries={['/admin/audit']}>
        <AuditPage />
      </MemoryRouter>,
    );
    const row = await screen.findByTestId('audit-row');
    expect(row).toHaveTextContent('Plan changed');
    expect(row).toHaveTextContent('203.0.113.7');
    expect(row).toHaveTextContent('plan: premium · previousPlan: business');

    fireEvent.change(screen.getByTestId('audit-filter-action'), { target: { value: 'task.published' } });
    fireEvent.click(screen.getByTestId('audit-apply'));
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ action: 'task.published', page: 0 }), expect.anything()),
    );
  });

  it('shows which filter the server refused', async () => {
    vi.spyOn(api, 'listAudit').mockRejectedValue(
      new ApiError({
        status: 400,
        title: 'Invalid input',
        detail: 'The audit filters are invalid.',
        type: 'about:blank',
        errors: [{ field: 'from', message: 'must be an ISO-8601 time' }],
      }),
    );
    render(
      <MemoryRouter initialEntries={['/admin/audit']}>
        <AuditPage />
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('error-state')).toHaveTextContent('from');
  });
});
