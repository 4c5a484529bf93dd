import { parseChatStreamEvent, readSseData } from './sse';
import type {
  AcceptedInvitation,
  AddAiKey,
  AiKey,
  AiKeyList,
  AiKeyTest,
  AiBudgetStatus,
  AiModel,
  AnalyticsQuery,
  AppConfig,
  Assessment,
  AuditPage,
  AssessmentListParams,
  AssessmentPage,
  AssessmentStatus,
  BulkInvitationInput,
  BulkInvitationResult,
  BusinessAnalytics,
  BusinessCandidatePage,
  BusinessCandidateQuery,
  CandidateReview,
  ChatRequest,
  ChatResponse,
  Comparison,
  CreatedAssessment,
  CreatedInvitation,
  CreatedWebhook,
  DownloadedFile,
  EvaluationDefaults,
  EvidenceReport,
  FileContent,
  FileEntry,
  FileVisibility,
  FileWritten,
  Invitation,
  InvitationAccess,
  InvitationInput,
  InvitationQuery,
  Me,
  NotificationPage,
  NotificationPreference,
  NotificationPreferences,
  AppNotification,
  OwnTimeline,
  ProblemDetails,
  ProblemFieldError,
  ProfileUpdate,
  Progress,
  ReadAllResult,
  ResentInvitation,
  ResultShare,
  ReviewUpdate,
  RunResult,
  RunStatus,
  SignUpRequest,
  SignUpResult,
  StartedAssessment,
  SubmitResult,
  TaskDeleteOutcome,
  TaskDetail,
  TaskFile,
  TaskInput,
  TaskPage,
  TaskQuery,
  TrackingEvent,
  TrackResult,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookInput,
} from './types';

/** An error response (or a failure to get one), in the shape of RFC 9457 problem details. */
export class ApiError extends Error implements ProblemDetails {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly errors?: ProblemFieldError[];
  /** Seconds to wait, from `Retry-After` on 429/503 responses. */
  readonly retryAfterSeconds?: number;
  /** RFC 9457 extension members: what the problem is about (e.g. the attempt already in progress). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: ProblemDetails & { retryAfterSeconds?: number; extensions?: Record<string, unknown> }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    if (problem.errors && problem.errors.length > 0) this.errors = problem.errors;
    if (problem.retryAfterSeconds !== undefined) this.retryAfterSeconds = problem.retryAfterSeconds;
    this.extensions = problem.extensions ?? {};
  }

  /** The last segment of the problem type (`…/attempt-in-progress` → `attempt-in-progress`). */
  get kind(): string {
    return this.type.split('/').pop() ?? '';
  }

  /** True when the request never got an HTTP answer (offline, DNS, connection refused). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors', 'error', 'message']);

function extensionMembers(rec: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rec).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Server error',
  502: 'Service unavailable',
  503: 'Service unavailable',
  504: 'Service timed out',
};

function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseFieldErrors(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors: ProblemFieldError[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const rec = item as Record<string, unknown>;
    const message = asString(rec.message) ?? asString(rec.detail);
    if (!message) continue;
    errors.push({ field: asString(rec.field) ?? asString(rec.pointer) ?? '', message });
  }
  return errors;
}

/** Builds an ApiError from any non-2xx response; the body is read when it is problem (or plain) JSON. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  const status = response.status;
  const fallbackTitle = STATUS_TITLES[status] ?? (response.statusText || `HTTP ${status}`);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const contentType = response.headers.get('Content-Type') ?? '';
  let body: unknown = undefined;
  if (/[/+]json\b/i.test(contentType)) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const rec = body as Record<string, unknown>;
    return new ApiError({
      status: typeof rec.status === 'number' ? rec.status : status,
      title: asString(rec.title) ?? asString(rec.error) ?? fallbackTitle,
      detail: asString(rec.detail) ?? asString(rec.message) ?? '',
      type: asString(rec.type) ?? 'about:blank',
      errors: parseFieldErrors(rec.errors),
      retryAfterSeconds,
      extensions: extensionMembers(rec),
    });
  }
  let detail = '';
  if (status === 429 && retryAfterSeconds !== undefined) {
    detail = `Please try again in ${retryAfterSeconds} s.`;
  } else if (status >= 502 && status <= 504) {
    detail = 'The service is not reachable right now. Please try again in a moment.';
  }
  return new ApiError({ status, title: fallbackTitle, detail, type: 'about:blank', retryAfterSeconds });
}

export function networkError(cause: unknown): ApiError {
  const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ApiError({
    status: 0,
    title: 'Network error',
    detail: `Could not reach the server${reason}. Check your connection and try again.`,
    type: 'about:blank',
  });
}

/** Presents any thrown value as an ApiError so that every error reaches the user the same way. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new ApiError({ status: 0, title: 'Cancelled', detail: '', type: 'about:blank' });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ status: 0, title: 'Something went wrong', detail: message, type: 'about:blank' });
}

/** Encodes a workspace-relative path one segment at a time (`a b/c#.py` → `a%20b/c%23.py`). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/');
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The file name of an attachment (`Content-Disposition`), when the server gives one. */
export function attachmentName(response: Pick<Response, 'headers'>): string | null {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export type TokenProvider = () => string | null | Promise<string | null>;

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  getToken?: TokenProvider;
}

export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data (the browser sets the boundary). */
  form?: FormData;
  signal?: AbortSignal;
  keepalive?: boolean;
  /** Public endpoints skip the Authorization header. */
  anonymous?: boolean;
  headers?: Record<string, string>;
}

export interface ChatStreamOptions {
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}

export interface ChatResult extends ChatResponse {
  /** The answer came through the non-streaming endpoint. */
  viaFallback: boolean;
  /** The stream broke after some text arrived; `content` holds what came. */
  interrupted: boolean;
}

/** Errors of the streaming endpoint itself (before it took the turn) worth bypassing rather than reporting. */
function shouldFallBack(error: ApiError): boolean {
  return error.status === 0 || error.status === 404 || error.status === 405 || error.status === 501 || error.status >= 500;
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private tokenProvider: TokenProvider;
  private unauthorizedListener: (() => void) | null = null;
  private serverOffsetMs = 0;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.tokenProvider = options.getToken ?? (() => null);
  }

  setTokenProvider(provider: TokenProvider): void {
    this.tokenProvider = provider;
  }

  /** Called when an authenticated request is answered 401 (the session ended). */
  onUnauthorized(listener: (() => void) | null): void {
    this.unauthorizedListener = listener;
  }

  async accessToken(): Promise<string | null> {
    return await this.tokenProvider();
  }

  /** Server clock minus client clock, from the last response's `Date` header (ms). */
  get serverTimeOffsetMs(): number {
    return this.serverOffsetMs;
  }

  async raw(path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (!options.anonymous) {
      const token = await this.tokenProvider();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    let body: string | FormData | undefined;
    if (options.form !== undefined) {
      body = options.form;
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method: options.method ?? 'GET',
        headers,
        body,
        signal: options.signal,
        keepalive: options.keepalive,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkError(error);
    }
    this.noteServerDate(response);
    if (!response.ok) {
      const problem = await problemFromResponse(response);
      if (problem.status === 401 && !options.anonymous) this.unauthorizedListener?.();
      throw problem;
    }
    return response;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.raw(path, options);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError({
        status: response.status,
        title: 'Unexpected response',
        detail: 'The server answered with something that is not JSON.',
        type: 'about:blank',
      });
    }
  }

  private noteServerDate(response: Response): void {
    const date = response.headers.get('Date');
    if (!date) return;
    const serverTime = Date.parse(date);
    if (!Number.isNaN(serverTime)) this.serverOffsetMs = serverTime - Date.now();
  }

  // --- configuration and identity -------------------------------------------------------

  config(): Promise<AppConfig> {
    return this.request<AppConfig>('/api/config', { anonymous: true });
  }

  me(signal?: AbortSignal): Promise<Me> {
    return this.request<Me>('/api/me', { signal });
  }

  updateMe(update: ProfileUpdate): Promise<Me> {
    return this.request<Me>('/api/me', { method: 'PUT', body: update });
  }

  deleteMe(): Promise<void> {
    return this.request<void>('/api/me', { method: 'DELETE' });
  }

  /** The personal data export as a ZIP: `export.json` and, under `files/`, the files the user wrote. */
  async exportMyData(signal?: AbortSignal): Promise<DownloadedFile> {
    const response = await this.raw('/api/me/export', {
      signal,
      headers: { Accept: 'application/zip, application/problem+json' },
    });
    return { blob: await response.blob(), fileName: attachmentName(response) ?? 'skills-lab-export.zip' };
  }

  signUp(request: SignUpRequest): Promise<SignUpResult> {
    return this.request<SignUpResult>('/api/auth/signup', { method: 'POST', body: request, anonymous: true });
  }

  /** Answers 202 whether or not the address has an account, so it reveals nothing. The link leads to `returnTo`. */
  resendVerificationEmail(email: string, returnTo?: string): Promise<void> {
    const body = returnTo ? { email, returnTo } : { email };
    return this.request<void>('/api/auth/verification-email', { method: 'POST', body, anonymous: true });
  }

  // --- tasks ------------------------------------------------------------------------------

  listTasks(params: TaskQuery = {}, signal?: AbortSignal): Promise<TaskPage> {
    return this.request<TaskPage>(`/api/tasks${query({ ...params })}`, { signal });
  }

  getTask(id: string, signal?: AbortSignal): Promise<TaskDetail> {
    return this.request<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`, { signal });
  }

  /** The evaluation config each task type gets when its creator sets none (business users and admins). */
  evaluationDefaults(signal?: AbortSignal): Promise<EvaluationDefaults> {
    return this.request<EvaluationDefaults>('/api/tasks/evaluation-defaults', { signal });
  }

  createTask(input: TaskInput): Promise<TaskDetail> {
    return this.request<TaskDetail>('/api/tasks', { method: 'POST', body: input });
  }

  updateTask(id: string, input: TaskInput): Promise<TaskDetail> {
    return this.request<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
  }

  duplicateTask(id: string): Promise<TaskDetail> {
    return this.request<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}/duplicate`, { method: 'POST' });
  }

  /** Publishes a draft (or changes who may take a published task); without `isPublic` the task's setting stays. */
  publishTask(id: string, isPublic?: boolean): Promise<TaskDetail> {
    return this.request<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}/publish`, {
      method: 'POST',
      body: isPublic === undefined ? {} : { isPublic },
    });
  }

  /** Deletes a task, or archives it when assessments refer to it; the server says which in a header. */
  async deleteTask(id: string): Promise<TaskDeleteOutcome> {
    const response = await this.raw(`/api/tasks/${encodeURIComponent(id)}`, { method: 'DELETE' });
    const outcome = response.headers.get('Skills-Lab-Task-Outcome')?.trim().toLowerCase();
    return outcome === 'deleted' || outcome === 'archived' ? outcome : 'unknown';
  }

  uploadTaskFile(taskId: string, file: Blob, path: string, visibility: FileVisibility): Promise<TaskFile> {
    const form = new FormData();
    form.append('file', file, path.split('/').pop() || 'file');
    form.append('path', path);
    form.append('visibility', visibility);
    return this.request<TaskFile>(`/api/tasks/${encodeURIComponent(taskId)}/files`, { method: 'POST', form });
  }

  deleteTaskFile(taskId: string, fileId: string): Promise<void> {
    return this.request<void>(`/api/tasks/${encodeURIComponent(taskId)}/files/${encodeURIComponent(fileId)}`, {
      method: 'DELETE',
    });
  }

  async downloadTaskFile(taskId: string, fileId: string, fallbackName = 'file'): Promise<DownloadedFile> {
    const response = await this.raw(`/api/tasks/${encodeURIComponent(taskId)}/files/${encodeURIComponent(fileId)}`, {
      headers: { Accept: '*/*' },
    });
    return { blob: await response.blob(), fileName: attachmentName(response) ?? fallbackName };
  }

  // --- administration --------------------------------------------------------------------

  /** The audit trail, newest first (admins only): 400 names a malformed filter. */
  listAudit(params: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<AuditPage> {
    return this.request<AuditPage>(`/api/admin/audit${query(params)}`, { signal });
  }

  // --- invitations ----------------------------------------------------------------------

  createInvitation(input: InvitationInput): Promise<CreatedInvitation> {
    return this.request<CreatedInvitation>('/api/invitations', { method: 'POST', body: input });
  }

  /** A pasted list, one invitation a line: 200 when every line was invited, 207 with `failed` naming the others. */
  bulkInvite(input: BulkInvitationInput): Promise<BulkInvitationResult> {
    return this.request<BulkInvitationResult>('/api/invitations/bulk', { method: 'POST', body: input });
  }

  listInvitations(params: InvitationQuery = {}, signal?: AbortSignal): Promise<{ invitations: Invitation[] }> {
    return this.request<{ invitations: Invitation[] }>(`/api/invitations${query({ ...params })}`, { signal });
  }

  cancelInvitation(id: string): Promise<void> {
    return this.request<void>(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  /** Emails the same link again; refused with 429 (Retry-After) when too soon and 409 `resend-limit` after five. */
  resendInvitation(id: string): Promise<ResentInvitation> {
    return this.request<ResentInvitation>(`/api/invitations/${encodeURIComponent(id)}/resend`, { method: 'POST' });
  }

  /** The access link of a `sent` invitation; 409 `link-unavailable` for invitations made before links were kept. */
  invitationLink(id: string, signal?: AbortSignal): Promise<{ accessLink: string }> {
    return this.request<{ accessLink: string }>(`/api/invitations/${encodeURIComponent(id)}/link`, { signal });
  }

  /** The people who took (or were invited to) the caller's tasks. */
  businessCandidates(params: BusinessCandidateQuery = {}, signal?: AbortSignal): Promise<BusinessCandidatePage> {
    return this.request<BusinessCandidatePage>(`/api/business/candidates${query({ ...params })}`, { signal });
  }

  /** The candidate list as a CSV file, with the list's filters and order (every page). */
  async exportCandidates(
    params: Omit<BusinessCandidateQuery, 'page' | 'size'> = {},
    signal?: AbortSignal,
  ): Promise<DownloadedFile> {
    const response = await this.raw(`/api/business/candidates/export${query({ ...params, format: 'csv' })}`, {
      signal,
      headers: { Accept: 'text/csv, */*' },
    });
    return { blob: await response.blob(), fileName: attachmentName(response) ?? '' };
  }

  /** An attempt's full evidence (score, hidden tests, chat, the session's timeline) for the task's creator. */
  businessReport(assessmentId: string, signal?: AbortSignal): Promise<EvidenceReport> {
    return this.request<EvidenceReport>(`/api/business/reports/${encodeURIComponent(assessmentId)}`, { signal });
  }

  /** The evidence report as a PDF; 409 `not-scored` until the attempt is scored. */
  async businessReportPdf(assessmentId: string, signal?: AbortSignal): Promise<DownloadedFile> {
    const response = await this.raw(`/api/business/reports/${encodeURIComponent(assessmentId)}/pdf`, {
      signal,
      headers: { Accept: 'application/pdf, application/problem+json' },
    });
    return { blob: await response.blob(), fileName: attachmentName(response) ?? '' };
  }

  /** Two to five scored attempts side by side, ranked; 409 `not-scored` names the ones not scored yet. */
  compareCandidates(assessmentIds: string[], signal?: AbortSignal): Promise<Comparison> {
    return this.request<Comparison>(
      `/api/business/candidates/compare${query({ assessmentIds: assessmentIds.join(',') })}`,
      { signal },
    );
  }

  /** The business's private review of an attempt, with its history (`new` and empty until saved). */
  candidateReview(assessmentId: string, signal?: AbortSignal): Promise<CandidateReview> {
    return this.request<CandidateReview>(`/api/business/candidates/${encodeURIComponent(assessmentId)}/review`, { signal });
  }

  /** Replaces the business's private review of an attempt (stage, rating, notes). */
  saveCandidateReview(assessmentId: string, review: ReviewUpdate): Promise<CandidateReview> {
    return this.request<CandidateReview>(`/api/business/candidates/${encodeURIComponent(assessmentId)}/review`, {
      method: 'PUT',
      body: review,
    });
  }

  businessAnalytics(params: AnalyticsQuery = {}, signal?: AbortSignal): Promise<BusinessAnalytics> {
    return this.request<BusinessAnalytics>(`/api/business/analytics${query({ ...params })}`, { signal });
  }

  /** Public: whoever holds the link may read the invitation. */
  invitationAccess(token: string, signal?: AbortSignal): Promise<InvitationAccess> {
    return this.request<InvitationAccess>(`/api/invitations/access/${encodeURIComponent(token)}`, {
      signal,
      anonymous: true,
    });
  }

  acceptInvitation(token: string): Promise<AcceptedInvitation> {
    return this.request<AcceptedInvitation>(`/api/invitations/access/${encodeURIComponent(token)}/accept`, {
      method: 'POST',
    });
  }

  // --- notifications and webhooks ---------------------------------------------------------

  notifications(params: { unreadOnly?: boolean; page?: number; size?: number } = {}, signal?: AbortSignal): Promise<NotificationPage> {
    return this.request<NotificationPage>(`/api/notifications${query({ ...params })}`, { signal });
  }

  markNotificationRead(id: string): Promise<AppNotification> {
    return this.request<AppNotification>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
  }

  markAllNotificationsRead(): Promise<ReadAllResult> {
    return this.request<ReadAllResult>('/api/notifications/read-all', { method: 'POST' });
  }

  notificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
    return this.request<NotificationPreferences>('/api/notifications/preferences', { signal });
  }

  /** Replaces the settings; a kind not listed is back to on for both channels. */
  updateNotificationPreferences(preferences: NotificationPreference[]): Promise<NotificationPreferences> {
    return this.request<NotificationPreferences>('/api/notifications/preferences', {
      method: 'PUT',
      body: { preferences },
    });
  }

  webhooks(signal?: AbortSignal): Promise<{ webhooks: Webhook[] }> {
    return this.request<{ webhooks: Webhook[] }>('/api/business/webhooks', { signal });
  }

  /** The answer carries the signing secret: the only time it is shown. */
  createWebhook(input: WebhookInput): Promise<CreatedWebhook> {
    return this.request<CreatedWebhook>('/api/business/webhooks', { method: 'POST', body: input });
  }

  deleteWebhook(id: string): Promise<void> {
    return this.request<void>(`/api/business/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  webhookDeliveries(id: string, params: { page?: number; size?: number } = {}, signal?: AbortSignal): Promise<WebhookDeliveryPage> {
    return this.request<WebhookDeliveryPage>(
      `/api/business/webhooks/${encodeURIComponent(id)}/deliveries${query({ ...params })}`,
      { signal },
    );
  }

  /** Sends a `webhook.test` event now; answers its delivery after the first attempt. */
  testWebhook(id: string): Promise<WebhookDelivery> {
    return this.request<WebhookDelivery>(`/api/business/webhooks/${encodeURIComponent(id)}/test`, { method: 'POST' });
  }

  // --- assessments ------------------------------------------------------------------------

  createAssessment(taskId: string): Promise<CreatedAssessment> {
    return this.request<CreatedAssessment>('/api/assessments', { method: 'POST', body: { taskId } });
  }

  startAssessment(id: string): Promise<StartedAssessment> {
    return this.request<StartedAssessment>(`/api/assessments/${encodeURIComponent(id)}/start`, { method: 'POST' });
  }

  getAssessment(id: string, signal?: AbortSignal): Promise<Assessment> {
    return this.request<Assessment>(`/api/assessments/${encodeURIComponent(id)}`, { signal });
  }

  listAssessments(params: AssessmentListParams = {}, signal?: AbortSignal): Promise<AssessmentPage> {
    const status = Array.isArray(params.status) ? params.status.join(',') : params.status;
    return this.request<AssessmentPage>(`/api/assessments${query({ ...params, status })}`, { signal });
  }

  /** The caller's scored attempts over time, oldest first. */
  assessmentProgress(signal?: AbortSignal): Promise<Progress> {
    return this.request<Progress>('/api/assessments/progress', { signal });
  }

  /** The owner's replay of a scored attempt; 409 `not-scored` before. */
  ownTimeline(id: string, signal?: AbortSignal): Promise<OwnTimeline> {
    return this.request<OwnTimeline>(`/api/assessments/${encodeURIComponent(id)}/timeline`, { signal });
  }

  /** What is left of the AI limits for one of the caller's assessments. */
  aiBudget(assessmentId: string, signal?: AbortSignal): Promise<AiBudgetStatus> {
    return this.request<AiBudgetStatus>(`/api/ai/budget${query({ assessmentId })}`, { signal });
  }

  /** Gives up an attempt that has not started (`pending`). */
  abandonAssessment(id: string): Promise<{ assessmentId: string; status: AssessmentStatus }> {
    return this.request(`/api/assessments/${encodeURIComponent(id)}/abandon`, { method: 'POST' });
  }

  /** The attempt's public result, or null when it is not shared (403 sharing-not-allowed is thrown). */
  async getResultShare(id: string, signal?: AbortSignal): Promise<ResultShare | null> {
    try {
      return await this.request<ResultShare>(`/api/assessments/${encodeURIComponent(id)}/share`, { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }

  /** Publishes the result (or changes its name choice; the address stays). */
  shareResult(id: string, nameDisplay: ResultShare['nameDisplay']): Promise<ResultShare> {
    return this.request<ResultShare>(`/api/assessments/${encodeURIComponent(id)}/share`, {
      method: 'POST',
      body: { nameDisplay },
    });
  }

  /** Takes the result back: its public page answers 404 from now on. */
  revokeResultShare(id: string): Promise<void> {
    return this.request<void>(`/api/assessments/${encodeURIComponent(id)}/share`, { method: 'DELETE' });
  }

  submitAssessment(id: string, notes?: string): Promise<SubmitResult> {
    return this.request<SubmitResult>(`/api/assessments/${encodeURIComponent(id)}/submit`, {
      method: 'POST',
      body: notes ? { notes } : {},
    });
  }

  track(id: string, events: TrackingEvent[], options: { keepalive?: boolean } = {}): Promise<TrackResult> {
    return this.request<TrackResult>(`/api/assessments/${encodeURIComponent(id)}/track`, {
      method: 'POST',
      body: { events },
      keepalive: options.keepalive,
    });
  }

  // --- sandbox files ----------------------------------------------------------------------

  private filesUrl(id: string, path?: string): string {
    const base = `/api/assessments/${encodeURIComponent(id)}/files`;
    return path === undefined ? base : `${base}/${encodePath(path)}`;
  }

  listFiles(id: string, signal?: AbortSignal): Promise<{ entries: FileEntry[] }> {
    return this.request<{ entries: FileEntry[] }>(this.filesUrl(id), { signal });
  }

  readFile(id: string, path: string, signal?: AbortSignal): Promise<FileContent> {
    return this.request<FileContent>(this.filesUrl(id, path), { signal });
  }

  writeFile(id: string, path: string, content: string): Promise<FileWritten> {
    return this.request<FileWritten>(this.filesUrl(id, path), { method: 'PUT', body: { content } });
  }

  renameFile(id: string, path: string, newPath: string): Promise<unknown> {
    return this.request<unknown>(this.filesUrl(id, path), { method: 'PATCH', body: { newPath } });
  }

  deleteFile(id: string, path: string): Promise<void> {
    return this.request<void>(this.filesUrl(id, path), { method: 'DELETE' });
  }

  run(id: string, command: string, signal?: AbortSignal): Promise<RunResult> {
    return this.request<RunResult>(`/api/assessments/${encodeURIComponent(id)}/run`, {
      method: 'POST',
      body: { command },
      signal,
    });
  }

  runStatus(id: string, signal?: AbortSignal): Promise<RunStatus> {
    return this.request<RunStatus>(`/api/assessments/${encodeURIComponent(id)}/run`, { signal });
  }

  /** Stops the Run tab's command (not the terminal); harmless when nothing runs. */
  stopRun(id: string): Promise<void> {
    return this.request<void>(`/api/assessments/${encodeURIComponent(id)}/run/stop`, { method: 'POST' });
  }

  // --- AI ---------------------------------------------------------------------------------

  models(signal?: AbortSignal): Promise<{ models: AiModel[] }> {
    return this.request<{ models: AiModel[] }>('/api/ai/models', { signal });
  }

  /** The caller's own provider keys, as hints (never the keys). */
  aiKeys(signal?: AbortSignal): Promise<AiKeyList> {
    return this.request<AiKeyList>('/api/ai/keys', { signal });
  }

  saveAiKey(body: AddAiKey): Promise<AiKey> {
    return this.request<AiKey>('/api/ai/keys', { method: 'POST', body });
  }

  testAiKey(provider: string): Promise<AiKeyTest> {
    return this.request<AiKeyTest>(`/api/ai/keys/${encodeURIComponent(provider)}/test`, { method: 'POST' });
  }

  deleteAiKey(provider: string): Promise<void> {
    return this.request<void>(`/api/ai/keys/${encodeURIComponent(provider)}`, { method: 'DELETE' });
  }

  chat(body: ChatRequest, signal?: AbortSignal): Promise<ChatResponse> {
    return this.request<ChatResponse>('/api/ai/chat', { method: 'POST', body, signal });
  }

  /**
   * Streams a chat answer, calling `onDelta` per token batch. When the streaming endpoint cannot
   * be used at all (network, missing endpoint, server error before it answered) the plain endpoint
   * answers instead. Once the stream answered, the server has recorded the turn: it is never sent
   * a second time, whatever happens to the stream.
   */
  async chatStream(body: ChatRequest, options: ChatStreamOptions = {}): Promise<ChatResult> {
    let response: Response;
    try {
      response = await this.raw('/api/ai/chat/stream', {
        method: 'POST',
        body,
        signal: options.signal,
        headers: { Accept: 'text/event-stream' },
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      const apiError = toApiError(error);
      if (!shouldFallBack(apiError)) throw apiError;
      const answer = await this.chat(body, options.signal);
      options.onDelta?.(answer.content);
      return { ...answer, viaFallback: true, interrupted: false };
    }
    let content = '';
    try {
      if (!response.body) throw networkError(new Error('the response has no body'));
      for await (const data of readSseData(response.body)) {
        const event = parseChatStreamEvent(data);
        if (!event) continue;
        if (event.type === 'delta') {
          if (event.text) {
            content += event.text;
            options.onDelta?.(event.text);
          }
        } else if (event.type === 'done') {
          return {
            content,
            model: event.model || body.model,
            usage: event.usage ?? { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
            viaFallback: false,
            interrupted: false,
          };
        } else {
          throw new ApiError({ status: 502, title: event.title, detail: event.detail, type: 'about:blank' });
        }
      }
      throw networkError(new Error('the answer stream ended early'));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      if (content) {
        return {
          content,
          model: body.model,
          usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
          viaFallback: false,
          interrupted: true,
        };
      }
      throw toApiError(error);
    }
  }
}

/** The application's single client; the auth module supplies its token provider. */
export const api = new ApiClient();
