import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { api, toApiError, type ApiError } from '../api/client';
import type { AiModel, ChatHistoryEntry } from '../api/types';
import { SendHorizontal, Sparkles, Square } from 'lucide-react';
import { Markdown } from '../shared/Markdown';
import { formatTime } from '../shared/format';
import { AI_KEYS_PATH } from '../account/aiKeys';
import { SOURCE_LABELS, initialModel, modelSource } from './modelChoice';
import { limitNote } from './aiBudget';
import { AiBudgetLine } from './AiBudgetLine';
import { useAiBudget } from './useAiBudget';

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  model: string | null;
  createdAt: string;
  streaming?: boolean;
  interrupted?: boolean;
  error?: ApiError;
  /** A refused request (429): what the limit is and when it lifts, in local time. */
  limitNote?: string | null;
}

export interface ChatPanelProps {
  assessmentId: string;
  history: ChatHistoryEntry[];
  readOnly: boolean;
  onModelSwitch: (from: string, to: string) => void;
  onCopy: (text: string) => void;
  onPaste: (text: string) => void;
  onRateLimited: (error: ApiError) => void;
}

/**
 * How the assistant's refusals read in the conversation; `retry` is false when asking again cannot help, `addKey` when
 * the answer is a key of the candidate's own (on the account page's AI keys section).
 */
function chatErrorView(error: ApiError): { title: string; detail: string; retry: boolean; addKey?: boolean } {
  if (error.kind === 'own-key-required') {
    return {
      title: 'This model needs your own key',
      detail: error.detail || 'Add your key under AI keys, or choose the offline assistant.',
      retry: true,
      addKey: true,
    };
  }
  if (error.status === 413) {
    return {
      title: 'Message too long',
      detail: `${error.detail || 'The message is over the size limit.'} Shorten it and send it again.`,
      retry: false,
    };
  }
  if (error.status === 429) {
    switch (error.kind) {
      case 'ai-in-flight-limit':
        return { title: 'Answers in progress', detail: '2 answers are already being written — wait for one to finish.', retry: true };
      case 'ai-token-budget-exhausted':
        return {
          title: 'AI budget of this assessment used up',
          detail: error.detail || 'The assistant cannot answer more in this assessment.',
          retry: false,
        };
      case 'ai-daily-token-budget-exhausted':
        return {
          title: "Today's AI budget used up",
          detail: error.detail || 'You have used your AI tokens for today; the assistant answers again after midnight UTC.',
          retry: false,
        };
      default:
        return { title: error.title, detail: error.detail, retry: true };
    }
  }
  return { title: error.title, detail: error.detail, retry: true };
}

let localIds = 0;
const localId = () => `local-${Date.now()}-${++localIds}`;

const MODEL_KEY = (assessmentId: string) => `skillslab.chat-model.${assessmentId}`;

const LIMIT_KINDS_SHOWN_INLINE = new Set(['ai-in-flight-limit', 'ai-token-budget-exhausted', 'ai-daily-token-budget-exhausted']);

/** Models grouped for the selector by provider and whose key; offline models say so in their group's name. */
function groupByProvider(models: AiModel[]): [string, AiModel[]][] {
  const groups = new Map<string, AiModel[]>();
  for (const model of models) {
    const key = model.offline
      ? 'Offline (built-in, no network)'
      : `${model.provider} (${modelSource(model) === 'own-key' ? 'your key' : 'platform'})`;
    groups.set(key, [...(groups.get(key) ?? []), model]);
  }
  return [...groups.entries()];
}

function ModelTag({ modelId, models }: { modelId: string | null; models: AiModel[] }) {
  if (!modelId) return null;
  const model = models.find((m) => m.id === modelId);
  return (
    <span className="chat-model-tag">
      {model?.name ?? modelId}
      {model?.offline && (
        <span className="offline-badge" data-testid="model-offline-badge" title="A deterministic built-in assistant that works without network">
          offline
        </span>
      )}
    </span>
  );
}

function MessageView({
  message,
  models,
  onCopy,
  onRetry,
}: {
  message: ChatMessage;
  models: AiModel[];
  onCopy: (text: string) => void;
  onRetry?: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const model = message.model ? models.find((m) => m.id === message.model) : undefined;
  const errorView = message.error ? chatErrorView(message.error) : null;
  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(message.content);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
    onCopy(message.content);
  };

  if (message.role === 'user') {
    return (
      <div className="chat-msg chat-msg-user" data-testid="chat-message-user">
        <div className="chat-bubble">{message.content}</div>
        <span className="chat-time">{formatTime(message.createdAt)}</span>
      </div>
    );
  }
  return (
    <div
      className={`chat-msg chat-msg-assistant${message.error ? ' chat-msg-error' : ''}`}
      data-testid={message.error ? 'chat-message-error' : 'chat-message-assistant'}
      data-model={message.model ?? ''}
      data-offline={model?.offline ? 'true' : 'false'}
      data-streaming={message.streaming ? 'true' : 'false'}
    >
      <div className="chat-msg-head">
        <span className="chat-avatar" aria-hidden="true">
          <Sparkles size={12} strokeWidth={2.2} />
        </span>
        <ModelTag modelId={message.model} models={models} />
        <span className="chat-time">{formatTime(message.createdAt)}</span>
        {!message.streaming && !message.error && message.content && (
          <button type="button" className="chat-copy" onClick={() => void copyAll()} data-testid="chat-copy">
            {copied ? 'Copied' : 'Copy'}
          </button>
        )}
      </div>
      {message.error && errorView ? (
        <div className="chat-error" role="alert" data-kind={message.error.kind}>
          <strong>{errorView.title}</strong>
          {errorView.detail && <p>{errorView.detail}</p>}
          {errorView.addKey && (
            <p>
              <a href={AI_KEYS_PATH} target="_blank" rel="noopener" data-testid="chat-add-key-link">
                Add your AI key
              </a>{' '}
              (opens your account in a new tab; your work here stays as it is).
            </p>
          )}
          {message.limitNote && (
            <p className="chat-limit-note" data-testid="chat-limit-note">
              {message.limitNote}
            </p>
          )}
          {onRetry && errorView.retry && (
            <button type="button" className="btn btn-secondary btn-sm" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      ) : (
        <div className="chat-bubble">
          {message.content ? (
            <Markdown className="markdown-dark" onCopyCode={onCopy}>
              {message.content}
            </Markdown>
          ) : (
            <span className="typing" aria-label="Thinking">
              <span />
              <span />
              <span />
            </span>
          )}
          {message.streaming && message.content && <span className="cursor-blink" aria-hidden="true" />}
          {message.interrupted && <p className="chat-note">The answer was cut off.</p>}
        </div>
      )}
    </div>
  );
}

/** The AI assistant: model choice, the conversation and its input. */
export const ChatPanel = memo(function ChatPanel({ assessmentId, history, readOnly, onModelSwitch, onCopy, onPaste, onRateLimited }: ChatPanelProps) {
  const [messages, setMessages] = useState<ChatMessage[]>(() =>
    history.map((entry) => ({
      id: entry.id,
      role: entry.role,
      content: entry.content,
      model: entry.model,
      createdAt: entry.createdAt,
    })),
  );
  const [models, setModels] = useState<AiModel[]>([]);
  const [modelsError, setModelsError] = useState<ApiError | null>(null);
  const [model, setModel] = useState<string>('');
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [modelsVersion, setModelsVersion] = useState(0);
  const { budget, refresh: refreshBudget } = useAiBudget(assessmentId, !readOnly);
  // The catch below reads the budget as it is then, not as it was when `send` was made.
  const budgetRef = useRef(budget);
  useEffect(() => {
    budgetRef.current = budget;
  }, [budget]);

  useEffect(() => {
    const controller = new AbortController();
    api
      .models(controller.signal)
      .then(({ models: list }) => {
        setModelsError(null);
        setModels(list);
        const stored = sessionStorage.getItem(MODEL_KEY(assessmentId));
        const initial = initialModel(list, stored);
        setModel(initial?.id ?? '');
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setModelsError(toApiError(err));
      });
    return () => controller.abort();
  }, [assessmentId, modelsVersion]);

  useEffect(() => () => abortRef.current?.abort(), []);

  useEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages]);

  // Selections copied out of the conversation with the keyboard or the context menu.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onCopyEvent = () => {
      const text = window.getSelection()?.toString() ?? '';
      if (text) onCopy(text);
    };
    el.addEventListener('copy', onCopyEvent);
    return () => el.removeEventListener('copy', onCopyEvent);
  }, [onCopy]);

  const selectedModel = useMemo(() => models.find((m) => m.id === model), [models, model]);

  const changeModel = (next: string) => {
    if (next === model) return;
    if (model) onModelSwitch(model, next);
    setModel(next);
    sessionStorage.setItem(MODEL_KEY(assessmentId), next);
  };

  const send = useCallback(
    async (text: string, prior: ChatMessage[]) => {
      if (!model) return;
      const userMessage: ChatMessage = {
        id: localId(),
        role: 'user',
        content: text,
        model,
        createdAt: new Date().toISOString(),
      };
      const answerId = localId();
      const placeholder: ChatMessage = {
        id: answerId,
        role: 'assistant',
        content: '',
        model,
        createdAt: new Date().toISOString(),
        streaming: true,
      };
      setMessages([...prior, userMessage, placeholder]);
      setBusy(true);
      const controller = new AbortController();
      abortRef.current = controller;
      const update = (patch: Partial<ChatMessage> | ((m: ChatMessage) => Partial<ChatMessage>)) =>
        setMessages((list) =>
          list.map((m) => (m.id === answerId ? { ...m, ...(typeof patch === 'function' ? patch(m) : patch) } : m)),
        );
      try {
        // Only the new turn: the server continues the conversation it recorded.
        const result = await api.chatStream(
          { assessmentId, model, message: text },
          {
            signal: controller.signal,
            onDelta: (delta) => update((m) => ({ content: m.content + delta })),
          },
        );
        update({
          content: result.content,
          // Keep the id the selector knows when the server names the model differently.
          model: result.model && models.some((m) => m.id === result.model) ? result.model : model,
          streaming: false,
          interrupted: result.interrupted,
        });
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError') {
          update((m) => ({ streaming: false, interrupted: m.content.length > 0 }));
        } else {
          const apiError = toApiError(err);
          // Budgets and the in-flight cap are explained in the conversation; the toast is for the per-minute limit.
          if (apiError.status === 429 && !LIMIT_KINDS_SHOWN_INLINE.has(apiError.kind)) onRateLimited(apiError);
          // A message over the size limit comes back to the input box to be shortened.
          if (apiError.status === 413) setInput((current) => current || text);
          update({ streaming: false, error: apiError, limitNote: limitNote(apiError, budgetRef.current) });
        }
      } finally {
        setBusy(false);
        abortRef.current = null;
        refreshBudget();
      }
    },
    [assessmentId, model, models, onRateLimited, refreshBudget],
  );

  const submit = () => {
    const text = input.trim();
    if (!text || busy || readOnly || !model) return;
    setInput('');
    void send(text, messages);
  };

  const retry = (failedId: string) => {
    const index = messages.findIndex((m) => m.id === failedId);
    if (index < 1) return;
    const question = messages[index - 1];
    if (question.role !== 'user') return;
    void send(question.content, messages.slice(0, index - 1));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const lastError = messages.length > 0 && messages[messages.length - 1].error ? messages[messages.length - 1].id : null;

  return (
    <div className="chat-panel" data-testid="chat-panel">
      <div className="panel-toolbar">
        <span className="panel-title">AI assistant</span>
        <div className="model-select">
          <label htmlFor="model-select" className="sr-only">
            Model
          </label>
          <select
            id="model-select"
            value={model}
            onChange={(event) => changeModel(event.target.value)}
            disabled={models.length === 0}
            data-testid="model-select"
          >
            {models.length === 0 && <option value="">{modelsError ? 'Models unavailable' : 'Loading models…'}</option>}
            {groupByProvider(models).map(([provider, list]) => (
              <optgroup key={provider} label={provider}>
                {list.map((m) => (
                  <option key={m.id} value={m.id} data-source={modelSource(m)}>
                    {m.name} · {SOURCE_LABELS[modelSource(m)]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {selectedModel?.offline && (
            <span
              className="offline-badge"
              data-testid="selected-model-offline"
              title="A deterministic built-in assistant that works without network"
            >
              offline
            </span>
          )}
          {selectedModel && !selectedModel.offline && (
            <span
              className={`model-source-badge source-${modelSource(selectedModel)}`}
              data-testid="selected-model-source"
              title={
                modelSource(selectedModel) === 'own-key'
                  ? `Answered with your own ${selectedModel.keyProvider ?? selectedModel.provider} key${selectedModel.keyHint ? ` (${selectedModel.keyHint})` : ''}`
                  : 'Provided by Skills Lab'
              }
            >
              {SOURCE_LABELS[modelSource(selectedModel)]}
            </span>
          )}
        </div>
      </div>
      {modelsError && (
        <div className="chat-banner" role="alert">
          Models could not be loaded: {modelsError.title}.{' '}
          <button type="button" className="link-button" onClick={() => {
              setModelsError(null);
              setModelsVersion((v) => v + 1);
            }}
          >
            Retry
          </button>
        </div>
      )}
      <div className="chat-history" ref={scrollRef} data-testid="chat-history">
        {messages.length === 0 && (
          <div className="chat-welcome">
            <div className="chat-welcome-icon" aria-hidden="true">
              <Sparkles size={32} strokeWidth={1.6} />
            </div>
            <p className="strong">Your AI pair for this task</p>
            <p>Ask it to explain the requirements, plan an approach, write or review code, or debug a failing test.</p>
            <p className="muted small">Your conversation is part of the assessment.</p>
          </div>
        )}
        {messages.map((message) => (
          <MessageView
            key={message.id}
            message={message}
            models={models}
            onCopy={onCopy}
            onRetry={message.id === lastError && !readOnly ? () => retry(message.id) : undefined}
          />
        ))}
      </div>
      <div className="chat-input">
        {!readOnly && <AiBudgetLine budget={budget} />}
        <textarea
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text/plain');
            if (text) onPaste(text);
          }}
          placeholder={readOnly ? 'The assessment has ended.' : 'Ask anything… (Enter to send, Shift+Enter for a new line)'}
          disabled={readOnly}
          rows={3}
          data-testid="chat-input"
          aria-label="Message to the AI assistant"
        />
        <div className="chat-input-actions">
          <span className="muted tiny">{selectedModel ? `${selectedModel.name} · max ${selectedModel.maxTokens} tokens` : ''}</span>
          {busy ? (
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => abortRef.current?.abort()}>
              <Square size={11} fill="currentColor" aria-hidden="true" />
              Stop
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-primary btn-sm"
              onClick={submit}
              disabled={!input.trim() || readOnly || !model}
              data-testid="chat-send"
            >
              <SendHorizontal size={14} aria-hidden="true" />
              Send
            </button>
          )}
        </div>
      </div>
    </div>
  );
});
