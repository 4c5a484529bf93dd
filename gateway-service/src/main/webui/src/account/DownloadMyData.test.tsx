import { fireEvent, render, screen, waitFor } from '../test/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import { saveBlob } from '../business/useCsvExport';
import { DownloadMyData } from './DownloadMyData';

vi.mock('../business/useCsvExport', () => ({ saveBlob: vi.fn() }));

describe('DownloadMyData', () => {
  beforeEach(() => vi.mocked(saveBlob).mockClear());
  afterEach(() => vi.restoreAllMocks());

  it('says it is preparing, then hands the ZIP to the downloads and says so', async () => {
    let answer: (file: { blob: Blob; fileName: string }) => void = () => {};
    vi.spyOn(api, 'exportMyData').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const saved = vi.mocked(saveBlob);
    render(<DownloadMyData />);

    fireEvent.click(screen.getByTestId('export-data'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Preparing your export…'));
    expect(screen.getByTestId('export-data')).toBeDisabled();

    const blob = new Blob(['PK'], { type: 'application/zip' });
    answer({ blob, fileName: 'skills-lab-export-2026-12-07.zip' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('skills-lab-export-2026-12-07.zip was downloaded'));
    expect(saved).toHaveBeenCalledWith(blob, 'skills-lab-export-2026-12-07.zip');
    expect(screen.getByTestId('export-data')).toBeEnabled();
    expect(screen.getByTestId('export-data')).toHaveFocus();
  });

  it('shows why the export failed, and nothing is downloaded', async () => {
    vi.spyOn(api, 'exportMyData').mockRejectedValue(
      new ApiError({
        status: 502,
        title: 'Upstream failure',
        detail: 'Your files could not be collected right now, so nothing was exported. Try again in a minute.',
        type: 'https://skillslab.dev/problems/export-unavailable',
      }),
    );
    const saved = vi.mocked(saveBlob);
    render(<DownloadMyData />);

    fireEvent.click(screen.getByTestId('export-data'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your data could not be exported');
    expect(alert).toHaveTextContent('nothing was exported');
    expect(saved).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
