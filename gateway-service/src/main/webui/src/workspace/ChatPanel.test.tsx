import { act, fireEvent, render, screen, waitFor } from '../test/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../api/client';
import type { ChatRequest } from '../api/types';
import { ChatPanel } from './ChatPanel';

const MODELS = [
  { id: 'offline-assistant', name: 'Skills Lab Assistant', provider: 'offline', maxTokens: 4096, offline: true },
  { id: 'gpt-4o', name: 'GPT-4o', provider: 'openai', maxTokens: 8192, offline: false },
];

function renderPanel(overrides: Partial<Parameters<typeof ChatPanel>[0]> = {}) {
  const props = {
    assessmentId: 'a1',
    history: [],
    readOnly: false,
    onModelSwitch: vi.fn(),
    onCopy: vi.fn(),
    onPaste: vi.fn(),
    onRateLimited: vi.fn(),
    ...overrides,
  };
  render(<ChatPanel {...props} />);
  return props;
}

describe('ChatPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts on the server’s default model and says whose key each model uses', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({
      models: [
        { id: 'openai-compatible/qwen2.5-coder:7b', name: 'qwen2.5-coder:7b', provider: 'openai-compatible', maxTokens: 4096, offline: false, source: 'own-key', keyProvider: 'openai-compatible', keyHint: '...abcd', default: true },
        { id: 'gpt-4o', name: 'GPT-4o', provider: 'openai', maxTokens: 8192, offline: false, source: 'platform', keyProvider: 'openai', default: false },
        { id: 'offline-assistant', name: 'Skills Lab Assistant', provider: 'offline', maxTokens: 4096, offline: true, source: 'offline', default: false },
      ],
    });
    renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('openai-compatible/qwen2.5-coder:7b'), { timeout: 5000 });
    expect(screen.getByTestId('selected-model-source')).toHaveTextContent('your key');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'qwen2.5-coder:7b · your key',
      'GPT-4o · platform',
      'Skills Lab Assistant · offline',
    ]);
    fireEvent.change(screen.getByTestId('model-select'), { target: { value: 'offline-assistant' } });
    expect(screen.getByTestId('selected-model-offline')).toBeInTheDocument();
    expect(screen.queryByTestId('selected-model-source')).toBeNull();
  });

  it('links a refusal for want of the candidate’s own key to the AI keys section', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    vi.spyOn(api, 'chatStream').mockRejectedValue(
      new ApiError({
        status: 409,
        type: 'https://skillslab.dev/problems/own-key-required',
        title: 'Conflict',
        detail: 'This task requires your own openai API key: add it under AI keys, or use the offline assistant.',
      }),
    );
    renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    const link = await screen.findByTestId('chat-add-key-link');
    expect(link).toHaveAttribute('href', '/account#ai-keys');
    expect(screen.getByText('This model needs your own key')).toBeInTheDocument();
  });

  it('lists models from the API, sends on Enter, streams the answer and marks the offline model', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    let finish: () => void = () => undefined;
    const stream = vi.spyOn(api, 'chatStream').mockImplementation(async (_body: ChatRequest, options = {}) => {
      options.onDelta?.('Hello ');
      await new Promise<void>((resolve) => (finish = resolve));
      options.onDelta?.('there');
      return { content: 'Hello there', model: 'offline-assistant', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 }, viaFallback: false, interrupted: false };
    });
    renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    expect(screen.getByTestId('selected-model-offline')).toHaveTextContent('offline');

    const input = screen.getByTestId('chat-input');
    fireEvent.change(input, { target: { value: 'line one' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(stream).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(stream).toHaveBeenCalledOnce());
    expect(stream.mock.calls[0][0]).toEqual({ assessmentId: 'a1', model: 'offline-assistant', message: 'line one' });
    const answer = await screen.findByTestId('chat-message-assistant');
    await waitFor(() => expect(answer).toHaveTextContent('Hello'));
    expect(answer).toHaveAttribute('data-streaming', 'true');
    await act(async () => finish());
    await waitFor(() => expect(answer).toHaveAttribute('data-streaming', 'false'));
    expect(answer).toHaveTextContent('Hello there');
    expect(answer).toHaveAttribute('data-offline', 'true');
    expect(screen.getByTestId('model-offline-badge')).toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it('reports a model switch and shows errors in the conversation', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    const rateLimited = new ApiError({ status: 429, title: 'Too many requests', detail: 'Wait a bit.', type: 'about:blank', retryAfterSeconds: 9 });
    vi.spyOn(api, 'chatStream').mockRejectedValue(rateLimited);
    const props = renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('model-select'), { target: { value: 'gpt-4o' } });
    expect(props.onModelSwitch).toHaveBeenCalledWith('offline-assistant', 'gpt-4o');

    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    const error = await screen.findByTestId('chat-message-error');
    expect(error).toHaveTextContent('Too many requests');
    expect(props.onRateLimited).toHaveBeenCalledWith(rateLimited);
  });

  it('sends only the new turn after a restored conversation: the server keeps the rest', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    const stream = vi.spyOn(api, 'chatStream').mockResolvedValue({
      content: 'More',
      model: 'offline-assistant',
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
      viaFallback: false,
      interrupted: false,
    });
    renderPanel({
      history: [
        { id: '1', role: 'user', content: 'Earlier question', model: 'offline-assistant', createdAt: '2025-01-01T10:00:00Z' },
        { id: '2', role: 'assistant', content: 'Earlier answer', model: 'offline-assistant', createdAt: '2025-01-01T10:00:05Z' },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'go on' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    await waitFor(() => expect(stream).toHaveBeenCalledOnce());
    expect(stream.mock.calls[0][0]).toEqual({ assessmentId: 'a1', model: 'offline-assistant', message: 'go on' });
    await waitFor(() => expect(screen.getAllByTestId('chat-message-assistant')).toHaveLength(2));
  });

  it('explains the in-flight cap in the conversation and lets the candidate try again', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    const busy = new ApiError({
      status: 429,
      title: 'Too many requests',
      detail: '2 answers are already being written for you; wait for one to finish.',
      type: 'https://skillslab.dev/problems/ai-in-flight-limit',
      retryAfterSeconds: 5,
    });
    const stream = vi.spyOn(api, 'chatStream').mockRejectedValueOnce(busy);
    const props = renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    const error = await screen.findByTestId('chat-message-error');
    expect(error).toHaveTextContent('2 answers are already being written — wait for one to finish.');
    expect(props.onRateLimited).not.toHaveBeenCalled();

    stream.mockResolvedValueOnce({ content: 'Hello', model: 'offline-assistant', usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 }, viaFallback: false, interrupted: false });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('chat-message-assistant')).toHaveTextContent('Hello'));
    expect(stream.mock.calls[1][0]).toEqual({ assessmentId: 'a1', model: 'offline-assistant', message: 'hi' });
  });

  it('says when a budget is used up, without a pointless retry', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    vi.spyOn(api, 'chatStream').mockRejectedValue(
      new ApiError({
        status: 429,
        title: 'Too many requests',
        detail: 'You have used your daily AI token budget (1000000 tokens a day across all your assessments); it renews at 00:00 UTC.',
        type: 'https://skillslab.dev/problems/ai-daily-token-budget-exhausted',
        retryAfterSeconds: 3600,
      }),
    );
    const props = renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    const error = await screen.findByTestId('chat-message-error');
    expect(error).toHaveTextContent("Today's AI budget used up");
    expect(error).toHaveTextContent('renews at 00:00 UTC');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(props.onRateLimited).not.toHaveBeenCalled();
  });

  it('gives a message over the size limit back to be shortened', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    vi.spyOn(api, 'chatStream').mockRejectedValue(
      new ApiError({
        status: 413,
        title: 'Payload too large',
        detail: 'A chat request may send at most 120000 characters to the model, this message included; this one has 130000.',
        type: 'https://skillslab.dev/problems/payload-too-large',
      }),
    );
    renderPanel();
    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'a very long log' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    const error = await screen.findByTestId('chat-message-error');
    expect(error).toHaveTextContent('Message too long');
    expect(error).toHaveTextContent('at most 120000 characters');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByTestId('chat-input')).toHaveValue('a very long log');
  });

  it('restores the conversation from the assessment and is read-only when the assessment ended', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    renderPanel({
      readOnly: true,
      history: [
        { id: '1', role: 'user', content: 'Earlier question', model: 'offline-assistant', createdAt: '2025-01-01T10:00:00Z' },
        { id: '2', role: 'assistant', content: 'Earlier **answer**', model: 'offline-assistant', createdAt: '2025-01-01T10:00:05Z' },
      ],
    });
    expect(screen.getByTestId('chat-message-user')).toHaveTextContent('Earlier question');
    expect(await screen.findByTestId('chat-message-assistant')).toHaveTextContent('Earlier answer');
    expect(screen.getByTestId('chat-input')).toBeDisabled();
    await waitFor(() => expect(screen.getByTestId('chat-message-assistant')).toHaveAttribute('data-offline', 'true'));
  });

  it('shows the AI budget left, refreshes it after an answer, warns from 80% and says when a refused request can go', async () => {
    vi.spyOn(api, 'models').mockResolvedValue({ models: MODELS });
    const budget = (used: number, requestsLeft: number) => ({
      assessment: { used, limit: 10_000, remaining: 10_000 - used },
      daily: { used, limit: 100_000, remaining: 100_000 - used, resetsAt: '2030-01-02T00:00:00Z' },
      requestsPerMinute: { limit: 20, remaining: requestsLeft, resetsAt: '2030-01-01T10:01:00Z' },
    });
    const reads = vi
      .spyOn(api, 'aiBudget')
      .mockResolvedValueOnce(budget(1_000, 20))
      .mockResolvedValueOnce(budget(8_500, 19))
      .mockResolvedValue(budget(8_500, 0));
    vi.spyOn(api, 'chatStream')
      .mockResolvedValueOnce({ content: 'Sure.', model: 'offline-assistant', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 }, viaFallback: false, interrupted: false })
      .mockRejectedValueOnce(
        new ApiError({
          status: 429,
          title: 'Too many requests',
          detail: 'At most 20 AI requests per minute; try again in 30 s.',
          type: 'https://skillslab.dev/problems/ai-rate-limited',
          retryAfterSeconds: 30,
        }),
      );
    renderPanel();
    const line = await screen.findByTestId('ai-budget');
    expect(reads).toHaveBeenCalledWith('a1', expect.anything());
    expect(line).toHaveTextContent('9k of 10k tokens left');
    expect(line).toHaveTextContent('20/20 requests this minute');
    expect(line).toHaveAttribute('data-warn', 'false');

    await waitFor(() => expect(screen.getByTestId('model-select')).toHaveValue('offline-assistant'));
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'help' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    await waitFor(() => expect(screen.getByTestId('ai-budget')).toHaveAttribute('data-warn', 'true'));
    expect(screen.getByTestId('ai-budget')).toHaveTextContent('1.5k of 10k tokens left');
    expect(screen.getByTestId('ai-budget')).toHaveTextContent("85% of this assessment's AI tokens used");

    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'again' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    const note = await screen.findByTestId('chat-limit-note');
    expect(note).toHaveTextContent(/Too many requests this minute \(at most 20\); you can ask again at \d{2}:\d{2}/);
    await waitFor(() => expect(screen.getByTestId('ai-budget')).toHaveTextContent('0/20 requests this minute'));
  });
});
