import { fireEvent, render, screen, waitFor } from '../test/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../api/client';
import type { Assessment, ResultShare, Score } from '../api/types';
import { ToastProvider } from '../shared/Toast';
import { ShareResultPanel } from './ShareResultPanel';

const score = { finalScore: 82.5, proficiencyLevel: 'operator' } as Score;
const assessment = { id: 'a-1', companyName: null, task: { title: 'Todo API' } } as unknown as Assessment;
const shared: ResultShare = {
  shareId: 'AbCdEfGhIjKlMnOpQrStUv',
  url: 'https://skills.example.com/r/AbCdEfGhIjKlMnOpQrStUv',
  nameDisplay: 'initials',
  sharedAt: '2026-12-07T10:00:00Z',
};

function renderPanel(a: Assessment = assessment) {
  render(
    <ToastProvider>
      <ShareResultPanel assessment={a} score={score} />
    </ToastProvider>,
  );
}

describe('ShareResultPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('publishes with the chosen name, then shows the public link, the share links and the badge', async () => {
    vi.spyOn(api, 'getResultShare').mockResolvedValue(null);
    const share = vi.spyOn(api, 'shareResult').mockResolvedValue(shared);
    renderPanel();
    fireEvent.click(await screen.findByTestId('share-name-initials'));
    fireEvent.click(screen.getByTestId('share-publish'));
    await waitFor(() => expect(share).toHaveBeenCalledWith('a-1', 'initials'));
    expect(await screen.findByTestId('share-url')).toHaveValue(shared.url);
    expect(screen.getByTestId('share-linkedin').getAttribute('href')).toContain(encodeURIComponent(shared.url));
    expect(screen.getByTestId('share-x').getAttribute('href')).toContain(encodeURIComponent(shared.url));
    expect(screen.getByTestId('share-email').getAttribute('href')).toContain(encodeURIComponent(shared.url));
    expect((screen.getByTestId('badge-markdown') as HTMLTextAreaElement).value).toContain('/api/public/badges/');
    expect(screen.getByTestId('badge-html')).toBeInTheDocument();
    // Nothing to publish again until the choice changes.
    expect(screen.queryByTestId('share-publish')).toBeNull();
  });

  it('revokes the public link', async () => {
    vi.spyOn(api, 'getResultShare').mockResolvedValue(shared);
    const revoke = vi.spyOn(api, 'revokeResultShare').mockResolvedValue(undefined);
    renderPanel();
    fireEvent.click(await screen.findByTestId('share-revoke'));
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('a-1'));
    await waitFor(() => expect(screen.queryByTestId('share-url')).toBeNull());
    expect(screen.getByTestId('share-publish')).toHaveTextContent('Share');
  });

  it('explains when the inviting business did not allow sharing', async () => {
    vi.spyOn(api, 'getResultShare').mockRejectedValue(
      new ApiError({ status: 403, title: 'Forbidden', detail: 'no', type: 'https://skillslab.dev/problems/sharing-not-allowed' }),
    );
    renderPanel({ ...assessment, companyName: 'Acme' } as Assessment);
    expect(await screen.findByTestId('share-not-allowed')).toHaveTextContent('Acme did not allow sharing');
    expect(screen.queryByTestId('share-publish')).toBeNull();
  });
});
