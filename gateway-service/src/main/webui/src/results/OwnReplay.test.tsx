import { fireEvent, render, screen, within } from '../test/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../api/client';
import { TIMELINE } from '../shared/replay/fixture';
import { OwnReplay } from './OwnReplay';

const OWN = { id: 'asm-1', status: 'scored' as const, viewer: 'candidate' as const };

describe('OwnReplay', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loads the timeline only when asked, then lets the candidate scrub to a moment and see the file and its diff', async () => {
    const load = vi.spyOn(api, 'ownTimeline').mockResolvedValue({ assessmentId: 'asm-1', timeline: TIMELINE, chat: [], timelineSummary: null });
    render(<OwnReplay assessment={OWN} />);
    expect(load).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('own-replay-open'));
    const replay = await screen.findByTestId('report-replay');
    expect(load).toHaveBeenCalledWith('asm-1', expect.anything());
    const firstChange = TIMELINE.findIndex((e) => e.kind === 'file-change');
    fireEvent.change(screen.getByTestId('replay-scrubber'), { target: { value: String(firstChange) } });
    expect(screen.getByTestId('replay-code')).toHaveTextContent('return f"Hello, {name}!"');
    expect(screen.getByTestId('replay-diff')).toHaveTextContent('- pass + return');
    expect(within(replay).getAllByTestId('replay-message')[0]).toHaveTextContent('You');
  });

  it('is not offered to a business reader or before scoring', async () => {
    const { unmount } = render(<OwnReplay assessment={{ ...OWN, viewer: 'business' }} />);
    expect(screen.queryByTestId('own-replay')).toBeNull();
    unmount();
    render(<OwnReplay assessment={{ ...OWN, status: 'scoring' }} />);
    expect(screen.queryByTestId('own-replay')).toBeNull();
  });

  it('shows the problem when the timeline cannot be read', async () => {
    vi.spyOn(api, 'ownTimeline').mockRejectedValue(
      new ApiError({ status: 409, title: 'Conflict', detail: 'The assessment is not scored yet.', type: 'https://skillslab.dev/problems/not-scored' }),
    );
    render(<OwnReplay assessment={OWN} />);
    fireEvent.click(screen.getByTestId('own-replay-open'));
    expect(await screen.findByTestId('error-state')).toHaveTextContent('Your session could not be loaded');
  });
});
