import { act, fireEvent, render, screen, within } from '../../test/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionReplay } from './SessionReplay';
import { TIMELINE } from './fixture';

afterEach(() => vi.useRealTimers());

describe('SessionReplay', () => {
  const report = { timeline: TIMELINE, chat: [], timelineSummary: null };

  it('opens at the end: the last code, the whole chat and the terminal', () => {
    render(<SessionReplay report={report} />);
    const scrubber = screen.getByTestId('replay-scrubber');
    expect(scrubber).toHaveAttribute('max', String(TIMELINE.length - 1));
    expect(scrubber).toHaveValue(String(TIMELINE.length - 1));
    expect(screen.getByTestId('replay-code')).toHaveTextContent('todo');
    expect(screen.getAllByTestId('replay-message')).toHaveLength(2);
    expect(screen.getByTestId('replay-terminal')).toHaveTextContent('pytest -q');
  });

  it('scrubbing back shows the code, the diff and the chat of that moment', () => {
    render(<SessionReplay report={report} />);
    fireEvent.change(screen.getByTestId('replay-scrubber'), { target: { value: '3' } });
    const code = screen.getByTestId('replay-code');
    expect(code).toHaveTextContent('return f"Hello, {name}!"');
    expect(code).not.toHaveTextContent('ValueError');
    const diff = screen.getByTestId('replay-diff');
    expect(diff.querySelector('[data-kind="add"]')?.textContent).toBe('+    return f"Hello, {name}!"\n');
    expect(diff.querySelector('[data-kind="remove"]')?.textContent).toBe('-    pass\n');
    expect(screen.getAllByTestId('replay-message')).toHaveLength(2);
    expect(screen.getByTestId('replay-terminal')).toHaveTextContent('No command run yet.');

    fireEvent.change(screen.getByTestId('replay-scrubber'), { target: { value: '1' } });
    expect(screen.getAllByTestId('replay-message')).toHaveLength(1);
    expect(screen.getByTestId('replay-code')).toHaveTextContent('No file changed yet');
  });

  it('prev and next step one moment; a file in the tree can be picked', () => {
    render(<SessionReplay report={report} />);
    fireEvent.click(screen.getByTestId('replay-prev'));
    expect(screen.getByTestId('replay-scrubber')).toHaveValue(String(TIMELINE.length - 2));
    expect(screen.getByTestId('replay-next')).toBeEnabled();
    fireEvent.click(within(screen.getByTestId('replay-files')).getByText('greeting.py'));
    expect(screen.getByTestId('replay-code')).toHaveTextContent('raise ValueError');
    fireEvent.click(screen.getByTestId('replay-next'));
    expect(screen.getByTestId('replay-next')).toBeDisabled();
  });

  it('plays from the start', () => {
    vi.useFakeTimers();
    render(<SessionReplay report={report} />);
    fireEvent.click(screen.getByTestId('replay-play'));
    expect(screen.getByTestId('replay-scrubber')).toHaveValue('0');
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByTestId('replay-scrubber')).toHaveValue('2');
  });

  it('says when there is nothing to replay', () => {
    render(<SessionReplay report={{ timeline: [], chat: [], timelineSummary: null }} />);
    expect(screen.getByTestId('report-replay')).toHaveTextContent('Nothing recorded to replay');
  });
});
