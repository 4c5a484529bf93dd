// Wire types of the Skills Lab HTTP API, as served through the gateway.

export interface AppConfig {
  oidc: { authority: string; clientId: string };
  version: string;
}

export type UserType = 'individual' | 'business' | 'admin';

export type AccountType = 'individual' | 'business';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-500', '500+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const INDUSTRIES = ['technology', 'finance', 'healthcare', 'retail', 'manufacturing', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Body of `POST /api/auth/signup`: the company fields only for a business (the server refuses them otherwise). */
export interface SignUpRequest {
  accountType: AccountType;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  companyName?: string;
  companySize?: CompanySize;
  companyIndustry?: Industry;
  /** The app's path to continue on once verified and signed in (an invitation, say); the email's link carries it. */
  returnTo?: string;
}

export interface SignUpResult {
  userId: string;
  email: string;
  userType: AccountType;
  verificationEmailSent: boolean;
}

/** Body of `PUT /api/me`: absent fields stay as they are; company fields for business accounts only. */
export interface ProfileUpdate {
  firstName?: string;
  lastName?: string;
  companyName?: string;
  companySize?: string;
  companyIndustry?: string;
}

export interface Me {
  id: string;
  email: string;
  /** The display name: first and last name joined. */
  name: string;
  /** Kept apart: either may have several words ("Mary Ann" / "Smith"). */
  firstName: string;
  lastName: string;
  userType: UserType;
  subscription: { plan: string; status: string };
  company: { name: string; size: string; industry: string } | null;
  createdAt: string;
}

export type TaskType =
  | 'code_generation'
  | 'refactoring'
  | 'bug_fix'
  | 'system_design'
  | 'multi_agent'
  | 'open_ended';

export type Difficulty = 'basic' | 'intermediate' | 'advanced';

/** A business task starts as a `draft` that only its creator sees; publishing makes it takeable. */
export type TaskStatus = 'draft' | 'published';

export interface Task {
  id: string;
  title: string;
  /** Markdown. */
  description: string;
  taskType: TaskType;
  difficulty: Difficulty;
  timeLimitMinutes: number;
  isDefault: boolean;
  isPublic: boolean;
  isActive?: boolean;
  usesPlatformKeys: boolean;
  /** `null`: no limit. */
  maxAttempts: number | null;
  accessStartDate?: string | null;
  accessEndDate?: string | null;
  creatorId: string | null;
  /** What the sandbox runs the task with. */
  runtime?: TaskRuntime;
  /** The command candidates run for the visible tests. */
  visibleTestCommand?: string | null;
  hiddenTestRunner?: HiddenTestRunner;
  /** Set when the task was deleted while assessments still referred to it. */
  archivedAt?: string | null;
  createdAt: string;
  status: TaskStatus;
  publishedAt: string | null;
}

/** `starter`: given to candidates; `hidden`: the hidden test suite, shown only to the task's creator. */
export type FileVisibility = 'starter' | 'hidden';

export interface TaskFile {
  id: string;
  path: string;
  visibility?: FileVisibility;
  fileType: string;
  sizeBytes: number;
  mimeType: string;
}

export interface LevelBand {
  min: number;
  max: number;
}

export interface CustomSubitem {
  key: string;
  name: string;
  description: string;
  signal: string;
}

export interface CustomCategory {
  key: string;
  name: string;
  description: string;
  subitems: CustomSubitem[];
}

export interface EvaluationConfig {
  /** Category key to weight; the weights sum to 100. */
  categoryWeights: Record<string, number>;
  /** Category key to (subitem key to weight); each category sums to 100. */
  subitemWeights: Record<string, Record<string, number>>;
  /** Level name to its score band. */
  levelThresholds: Record<string, LevelBand>;
  customCategories: CustomCategory[];
}

export interface TaskDetail extends Task {
  files: TaskFile[];
  evaluationConfig: EvaluationConfig;
}

export interface TaskPage {
  tasks: Task[];
  total: number;
  hasMore: boolean;
}

/** Body of `POST /api/tasks` and `PUT /api/tasks/{id}`; the server refuses unknown fields. */
export type TaskRuntime = 'python' | 'node';

/** How the hidden test suite (files under `hidden_tests/`) runs when a session ends. */
export type HiddenTestRunner = 'python-unittest' | 'node-test' | 'none';

export interface TaskInput {
  title: string;
  description: string;
  taskType: TaskType;
  difficulty: Difficulty;
  timeLimitMinutes: number;
  isPublic: boolean;
  usesPlatformKeys: boolean;
  maxAttempts: number | null;
  accessStartDate: string | null;
  accessEndDate: string | null;
  runtime: TaskRuntime;
  visibleTestCommand: string | null;
  hiddenTestRunner: HiddenTestRunner;
  evaluationConfig: EvaluationConfig;
}

/** What `DELETE /api/tasks/{id}` did: a task that assessments refer to is archived instead. */
export type TaskDeleteOutcome = 'deleted' | 'archived' | 'unknown';

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export interface TaskQuery {
  type?: TaskType;
  difficulty?: Difficulty;
  isDefault?: boolean;
  limit?: number;
  offset?: number;
}

export type AssessmentStatus = 'pending' | 'in_progress' | 'submitted' | 'scoring' | 'scored' | 'failed' | 'abandoned';

export type ProficiencyLevel = 'explorer' | 'operator' | 'architect' | 'innovator';

export interface CreatedAssessment {
  assessmentId: string;
  status: AssessmentStatus;
}

export interface StartedAssessment {
  assessmentId: string;
  status: AssessmentStatus;
  startedAt: string;
  deadline: string;
  timeLimitMinutes: number;
  websocketUrl: string;
}

export interface ChatHistoryEntry {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  model: string | null;
  createdAt: string;
}

export interface SubitemScore {
  raw: number;
  weight: number;
  weighted: number;
  evidenceScore?: number;
  judgeScore?: number | null;
  /** What evidence the score was taken from, in a few words (scoring 1.3.0 and later). */
  basis?: string | null;
  /** False when the session held too little evidence to judge the subitem; the score then never rewards absence. */
  enoughEvidence?: boolean | null;
}

export interface Evidence {
  eventId: string | null;
  timestamp: string | null;
  description: string;
}

export interface Finding {
  category: string;
  subitem: string;
  text: string;
  evidence: Evidence[];
}

export interface AiHighlight {
  type: string;
  description: string;
  content: string;
  eventId: string | null;
  timestamp: string | null;
}

/** Why a subitem got its score: the evidence scorer's reasoning, and the judge's when one ran. */
export interface SubitemAnalysis {
  score?: number;
  evidenceScore?: number;
  reasoning?: string;
  judgeScore?: number;
  judgeRationale?: string;
  metrics?: Record<string, unknown>;
}

export interface CategoryAnalysis {
  score?: number;
  reasoning?: string;
  subitems?: Record<string, SubitemAnalysis>;
}

export interface DetailedAnalysis {
  /** Addressed to the candidate ("You scored…"). */
  summary: string;
  /** About the candidate, for the business or an admin ("The candidate scored…"); absent in older reports. */
  reviewerSummary?: string;
  /** The weights used, and the business's names of its custom categories. */
  weights?: unknown;
  /** Per category: a sentence, or the scorer's structured reasoning per subitem. */
  categoryAnalysis: Record<string, CategoryAnalysis | string>;
  timeAnalysis: Record<string, unknown>;
  aiUsageAnalysis: Record<string, unknown>;
  testing?: { hiddenTests?: HiddenTestsSummary; runs?: number };
  /** How the hidden tests bounded the level (scoring 1.2.0 and later). */
  outcomeGate?: { applied: boolean; hiddenPassRate?: number; outcomeSource?: string; highestAllowedLevel?: string; scoreBeforeGate?: number; levelBeforeGate?: string };
  integrity?: IntegrityAnalysis;
  /** Where the outcome's quality was judged from (scoring 1.3.0 and later). */
  outcomeEvidence?: OutcomeEvidenceSummary;
}

/** What the outcome score rests on: the hidden tests, or, without them, the candidate's own test runs and code analysis. */
export interface OutcomeEvidenceSummary {
  source: 'hidden-tests' | 'candidate-runs' | 'none';
  note: string;
}

/** The hidden suite's verdict on the final files; the candidate reads the counts and names only. */
export interface HiddenTestsSummary {
  ran: boolean;
  total: number;
  passed: number;
  failedTests: string[];
  timedOut: boolean;
  /** False when the sandbox found the submission interfering with the test run: then the result counts 0. */
  counted: boolean;
  /** Why a suite did not run (for the task's owner and admins only). */
  error?: string | null;
}

/** What the record says about its own trustworthiness. */
export interface IntegrityAnalysis {
  /** For the task's owner and admins only. */
  hiddenTestFlags?: string[];
  hiddenTestNote?: string;
  evidence?: { signals: string[]; activityDropped: { count: number; bytes: number } };
}

export interface Score {
  finalScore: number;
  proficiencyLevel: ProficiencyLevel;
  categoryScores: Record<string, number>;
  subitemScores: Record<string, Record<string, SubitemScore>>;
  strengths: Finding[];
  improvements: Finding[];
  aiHighlights: AiHighlight[];
  detailedAnalysis: DetailedAnalysis;
  scoringVersion: string;
  scoringModels: string[];
  failedEvaluators: string[];
}

/** Who is reading an assessment: the person who took it, the business that set the task, or an admin. */
export type AssessmentViewer = 'candidate' | 'business' | 'admin';

export interface Assessment {
  id: string;
  status: AssessmentStatus;
  attemptNumber: number;
  task: Task;
  viewer: AssessmentViewer;
  candidate: { name: string | null; email: string | null };
  invitationId: string | null;
  companyName: string | null;
  canAbandon: boolean;
  /** The note typed in the submit dialog. */
  notes: string | null;
  startedAt: string | null;
  deadline: string | null;
  submittedAt: string | null;
  timeSpentSeconds: number | null;
  failureReason: string | null;
  chatHistory: ChatHistoryEntry[];
  score: Score | null;
}

export interface AssessmentSummary {
  id: string;
  status: AssessmentStatus;
  taskId: string;
  taskTitle: string;
  attemptNumber: number;
  startedAt: string | null;
  submittedAt: string | null;
  finalScore: number | null;
  proficiencyLevel: ProficiencyLevel | null;
  createdAt: string;
  invitationId: string | null;
  companyName: string | null;
  canAbandon: boolean;
  timeLimitMinutes: number;
}

export interface AssessmentPage {
  assessments: AssessmentSummary[];
  total: number;
}

export interface SubmitResult {
  assessmentId: string;
  status: AssessmentStatus;
  submittedAt: string;
}

export interface FileEntry {
  path: string;
  type: 'file' | 'directory';
  size: number;
}

export interface FileContent {
  path: string;
  content: string;
  size: number;
}

export interface FileWritten {
  path: string;
  size: number;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  truncated: boolean;
  /** Killed by the time limit (the exit code is then whatever the kill gave, e.g. 137). Absent from older sandboxes. */
  timedOut?: boolean;
  /** Killed by `POST /run/stop`. Absent from older sandboxes. */
  stopped?: boolean;
  timeLimitSeconds?: number;
}

/** `GET /api/assessments/{id}/run`: the Run tab's limit and whether a command runs now. */
export interface RunStatus {
  timeLimitSeconds: number;
  running: boolean;
}

export interface TrackingEventDataMap {
  code_snapshot: { path: string; content: string };
  file_op: { op: 'create' | 'rename' | 'delete'; path: string; newPath?: string };
  file_open: { path: string };
  terminal_command: { command: string };
  model_switch: { from: string; to: string; reason?: string };
  copy_paste: {
    direction: 'copy' | 'paste';
    source: 'chat' | 'editor' | 'terminal' | 'external';
    path?: string;
    /** Where a paste landed (the source says where the text came from). */
    target?: 'chat' | 'editor' | 'terminal';
    length: number;
    content: string;
  };
  test_run: { command: string; exitCode: number; durationMs: number; passed?: number; failed?: number };
  focus_change: { focused: boolean };
  note: { text: string };
}

export type TrackingEventType = keyof TrackingEventDataMap;

export type TrackingEvent = {
  [K in TrackingEventType]: { id: string; type: K; timestamp: string; data: TrackingEventDataMap[K] };
}[TrackingEventType];

export interface TrackResult {
  accepted: number;
  duplicates: number;
}

export interface AiModel {
  id: string;
  name: string;
  provider: string;
  maxTokens: number;
  offline: boolean;
}

/**
 * One chat turn: only the new message. The server sends it with the assessment's stored chat
 * and the platform's system prompt; a body with `messages` or `system` is refused.
 */
export interface ChatRequest {
  assessmentId: string;
  model: string;
  message: string;
  maxTokens?: number;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface ChatResponse {
  content: string;
  model: string;
  usage: TokenUsage;
}

export type ChatStreamEvent =
  | { type: 'delta'; text: string }
  | { type: 'done'; model: string; usage: TokenUsage | null }
  | { type: 'error'; title: string; detail: string };

export type InvitationStatus = 'sent' | 'accepted' | 'completed' | 'expired' | 'cancelled';

/** Body of `POST /api/invitations`. */
export interface InvitationInput {
  taskId: string;
  recipientEmail: string;
  recipientName?: string;
  message?: string;
  expiresAt?: string;
  /** Whether the candidate may abandon an unstarted attempt and start again from the same invitation. */
  allowRetakes?: boolean;
  /** BCP 47 tag for the email's dates (e.g. `en-GB`). */
  locale?: string;
}

export interface CreatedInvitation {
  invitationId: string;
  accessLink: string;
  status: InvitationStatus;
}

export interface Invitation {
  id: string;
  taskId: string;
  taskTitle: string;
  recipientEmail: string;
  recipientName: string | null;
  status: InvitationStatus;
  sentAt: string | null;
  expiresAt: string | null;
  acceptedAt: string | null;
  completedAt: string | null;
  assessmentId: string | null;
  /** The status of the invitation's assessment, once accepted. */
  assessmentStatus: AssessmentStatus | null;
  finalScore: number | null;
  proficiencyLevel: ProficiencyLevel | null;
  allowRetakes: boolean;
  lastSentAt: string | null;
  resendCount: number;
  /** Whether `GET /api/invitations/{id}/link` can answer (invitations made before links were stored cannot). */
  linkAvailable: boolean;
}

/** Answer of `POST /api/invitations/{id}/resend`. */
export interface ResentInvitation {
  invitationId: string;
  accessLink: string;
  lastSentAt: string;
  resendCount: number;
}

/** One person in `GET /api/business/candidates`: an assessment, or an invitation not started yet. */
export interface BusinessCandidate {
  assessmentId: string | null;
  invitationId: string | null;
  name: string | null;
  email: string;
  taskId: string;
  taskTitle: string;
  /** The assessment's status, or the invitation's while no assessment exists. */
  status: AssessmentStatus | InvitationStatus;
  finalScore: number | null;
  level: ProficiencyLevel | null;
  categoryScores: Record<string, number> | null;
  submittedAt: string | null;
  timeSpentSeconds: number | null;
}

export interface BusinessCandidateQuery {
  taskId?: string;
  status?: string;
  q?: string;
  sortBy?: 'score' | 'date' | 'name';
  order?: 'asc' | 'desc';
  page?: number;
  size?: number;
}

export interface BusinessCandidatePage {
  candidates: BusinessCandidate[];
  total: number;
}

export interface InvitationQuery {
  taskId?: string;
  status?: InvitationStatus;
}

/** What anyone holding the access link sees (`GET /api/invitations/access/{token}`, no sign-in). */
export interface InvitationAccess {
  invitationId: string;
  taskTitle: string;
  taskType: TaskType;
  difficulty: Difficulty;
  timeLimitMinutes: number;
  companyName: string | null;
  senderName: string | null;
  message: string | null;
  expiresAt: string | null;
  status: InvitationStatus;
  /** The invited address and the name the business typed, for the sign-up form (only the link's holder sees them). */
  recipientEmail?: string | null;
  recipientName?: string | null;
}

export interface AcceptedInvitation {
  assessmentId: string;
  redirectUrl: string | null;
}

export interface ProblemFieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as the services send them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemFieldError[];
}
