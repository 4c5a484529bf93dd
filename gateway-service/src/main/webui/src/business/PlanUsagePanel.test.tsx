import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import { render, screen, waitFor } from '../test/render';
import { PlanUsagePanel } from './PlanUsagePanel';

describe('PlanUsagePanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows each limit with how much of it is used', async () => {
    vi.spyOn(api, 'request').mockResolvedValue({
      plan: 'team',
      limits: { activeTasks: { used: 3, max: 5 }, invitationsThisMonth: { used: 48, max: 50 }, seats: { used: 2, max: null } },
    });
    render(<PlanUsagePanel />);
    await screen.findByText('Team plan');
    expect(screen.getByTestId('plan-activeTasks')).toHaveTextContent('3 of 5');
    expect(screen.getByTestId('plan-invitationsThisMonth')).toHaveAttribute('data-level', 'near');
    expect(screen.getByTestId('plan-seats')).toHaveTextContent('no limit');
    expect(api.request).toHaveBeenCalledWith('/api/business/plan', expect.anything());
  });

  it('hides itself while the server has no plan endpoint', async () => {
    vi.spyOn(api, 'request').mockRejectedValue(new ApiError({ status: 404, title: 'Not found', detail: '', type: 'about:blank' }));
    const { container } = render(<PlanUsagePanel />);
    await waitFor(() => expect(api.request).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });
});
