import { fireEvent, render, screen, within } from '../test/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../api/client';
import { ToastProvider } from '../shared/Toast';
import { BulkInviteDialog } from './BulkInviteDialog';

function renderDialog() {
  render(
    <ToastProvider>
      <BulkInviteDialog open task={{ id: 't-1', title: 'Greeting' }} onClose={() => {}} />
    </ToastProvider>,
  );
}

describe('BulkInviteDialog', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the pasted list and shows who was invited and, line by line, who was not', async () => {
    const bulk = vi.spyOn(api, 'bulkInvite').mockResolvedValue({
      created: [{ row: 1, email: 'ada@example.com', invitationId: 'i-1' }],
      failed: [{ row: 2, input: 'not-an-address', problem: { type: 'https://skillslab.dev/problems/invalid-email', title: 'Invalid email', detail: 'not-an-address is not an email address' } }],
    });
    renderDialog();
    fireEvent.change(screen.getByTestId('bulk-addresses'), { target: { value: 'Ada, ada@example.com\nnot-an-address\n' } });
    expect(screen.getByTestId('bulk-line-count')).toHaveTextContent('2 lines');
    fireEvent.click(screen.getByTestId('bulk-send'));
    const result = await screen.findByTestId('bulk-result');
    expect(result).toHaveTextContent('1 person invited, 1 line not');
    const row = within(result).getByTestId('bulk-failed-row');
    expect(row).toHaveTextContent('2');
    expect(row).toHaveTextContent('not-an-address is not an email address');
    expect(bulk).toHaveBeenCalledWith(expect.objectContaining({ taskId: 't-1', addresses: 'Ada, ada@example.com\nnot-an-address\n' }));
  });

  it('shows a refused list on its field', async () => {
    vi.spyOn(api, 'bulkInvite').mockRejectedValue(
      new ApiError({ status: 400, title: 'Invalid request', detail: 'Too many lines.', type: 'about:blank', errors: [{ field: 'addresses', message: 'At most 200 lines at once.' }] }),
    );
    renderDialog();
    fireEvent.change(screen.getByTestId('bulk-addresses'), { target: { value: 'a@example.com' } });
    fireEvent.click(screen.getByTestId('bulk-send'));
    expect(await screen.findByTestId('bulk-addresses-error')).toHaveTextContent('At most 200 lines at once.');
  });

  it('checks the list before sending', () => {
    const bulk = vi.spyOn(api, 'bulkInvite');
    renderDialog();
    fireEvent.click(screen.getByTestId('bulk-send'));
    expect(screen.getByTestId('bulk-addresses-error')).toHaveTextContent('Paste at least one address');
    expect(bulk).not.toHaveBeenCalled();
  });
});
