// Wire types of the Skills Lab HTTP API, as served through the gateway, derived from the types generated from the
// services' OpenAPI documents (src/api/generated, npm run api:types). What is still written here has no schema to
// derive from: the app's own query and form shapes, and answers whose service does not describe them yet.
import type { components as AssessmentApi } from './generated/assessment-service';
import type { components as GatewayApi } from './generated/gateway-service';
import type { components as NotificationApi } from './generated/notification-service';
import type { components as SandboxApi } from './generated/sandbox-orchestrator';
import type { components as TaskApi } from './generated/task-service';

type GatewaySchemas = GatewayApi['schemas'];
type TaskSchemas = TaskApi['schemas'];
type AssessmentSchemas = AssessmentApi['schemas'];
type SandboxSchemas = SandboxApi['schemas'];
type NotificationSchemas = NotificationApi['schemas'];

// Most of the services' records carry no @Schema annotations, so their documents mark few properties required and
// name few enums. The app states what it relies on with these helpers, and the type check holds it to the schema: a
// key that is not one of the schema's properties, or a type that does not fit the property's, is an error, so a field
// renamed, removed or retyped on a service fails `npm run typecheck` once the types are regenerated.
type Present<T> = Exclude<T, undefined>;
/** The schema's properties `Keys`, always sent. */
type Sent<Schema, Keys extends keyof Schema> = { [K in Keys]-?: Present<Schema[K]> };
/** The schema's properties `Keys`, which older servers may leave out. */
type MaybeSent<Schema, Keys extends keyof Schema> = { [K in Keys]?: Present<Schema[K]> };
/** What fits a schema's type, down to nested records: its own type where present, or null. */
type Fits<T> =
  | null
  | (T extends readonly (infer E)[] ? Fits<E>[] : T extends object ? { [K in keyof T]?: Fits<T[K]> } : T);
/** Properties of the schema typed more closely than it does: closed sets of strings, null where a value can be absent. */
type Narrowed<
  Schema,
  N extends { [K in keyof N]: K extends keyof Schema ? Fits<Present<Schema[K]>> | undefined : never },
> = N;

export type AppConfig = Sent<GatewaySchemas['WebConfig'], 'version'> & {
  oidc: Sent<GatewaySchemas['Oidc'], 'authority' | 'clientId'>;
};

export type UserType = 'individual' | 'business' | 'admin';

export type AccountType = 'individual' | 'business';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-500', '500+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const INDUSTRIES = ['technology', 'finance', 'healthcare', 'retail', 'manufacturing', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Body of `POST /api/auth/signup`: the company fields only for a business (the server refuses them otherwise). */
export type SignUpRequest = GatewaySchemas['SignUpRequest'] &
  Narrowed<
    GatewaySchemas['SignUpRequest'],
    { accountType: AccountType; companySize?: CompanySize; companyIndustry?: Industry }
  >;

/**
 * The answer of `POST /api/auth/signup` (202), the same whether the address was new or already had an account: only
 * the mailbox learns which.
 */
export type SignUpResult = GatewaySchemas['SignUpResult'];

/** Body of `PUT /api/me`: absent fields stay as they are; company fields for business accounts only. */
export type ProfileUpdate = GatewaySchemas['ProfileUpdate'];
/** `GET /api/business/plan`: the plan, its limits and how much of each is used. */
export type PlanUsage = GatewaySchemas['PlanUsage'];
export type AuditEntry = GatewaySchemas['AuditEntry'];
export type AuditPage = GatewaySchemas['AuditPage'];

export type Me = Sent<GatewaySchemas['Me'], 'id' | 'email' | 'name' | 'firstName' | 'lastName' | 'createdAt'> &
  Narrowed<
    GatewaySchemas['Me'],
    {
      userType: UserType;
      subscription: Sent<GatewaySchemas['Subscription'], 'plan' | 'status'>;
      company: Sent<GatewaySchemas['Company'], 'name' | 'size' | 'industry'> | null;
    }
  >;

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

export type Task = Sent<
  TaskSchemas['TaskView'],
  'id' | 'title' | 'description' | 'timeLimitMinutes' | 'isDefault' | 'isPublic' | 'usesPlatformKeys' | 'createdAt'
> &
  MaybeSent<TaskSchemas['TaskView'], 'isActive'> &
  Narrowed<
    TaskSchemas['TaskView'],
    {
      taskType: TaskType;
      difficulty: Difficulty;
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
      status: TaskStatus;
      publishedAt: string | null;
    }
  >;

/** `starter`: given to candidates; `hidden`: the hidden test suite, shown only to the task's creator. */
export type FileVisibility = 'starter' | 'hidden';

export type TaskFile = Sent<TaskSchemas['TaskFileView'], 'id' | 'path' | 'fileType' | 'sizeBytes' | 'mimeType'> &
  Narrowed<TaskSchemas['TaskFileView'], { visibility?: FileVisibility }>;

export type LevelBand = Sent<TaskSchemas['LevelBand'], 'min' | 'max'>;

export type CustomSubitem = Sent<TaskSchemas['CustomSubitem'], 'key' | 'name' | 'description' | 'signal'>;

export type CustomCategory = Sent<TaskSchemas['CustomCategory'], 'key' | 'name' | 'description'> &
  Narrowed<TaskSchemas['CustomCategory'], { subitems: CustomSubitem[] }>;

export type EvaluationConfig = Sent<TaskSchemas['EvaluationConfigDocument'], 'categoryWeights' | 'subitemWeights'> &
  Narrowed<
    TaskSchemas['EvaluationConfigDocument'],
    {
      /** Level name to its score band. */
      levelThresholds: Record<string, LevelBand>;
      customCategories: CustomCategory[];
    }
  >;

/** `GET /api/tasks/evaluation-defaults`: the config each task type gets when its creator sets none. */
export type EvaluationDefaults = Record<TaskType, EvaluationConfig>;

export type TaskDetail = Task &
  Narrowed<TaskSchemas['TaskDetailView'], { files: TaskFile[]; evaluationConfig: EvaluationConfig }>;

export type TaskPage = Sent<TaskSchemas['TaskPage'], 'total' | 'hasMore'> &
  Narrowed<TaskSchemas['TaskPage'], { tasks: Task[] }>;

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

export type CreatedAssessment = Sent<AssessmentSchemas['Created'], 'assessmentId'> &
  Narrowed<AssessmentSchemas['Created'], { status: AssessmentStatus }>;

export type StartedAssessment = Sent<
  AssessmentSchemas['Started'],
  'assessmentId' | 'startedAt' | 'deadline' | 'timeLimitMinutes' | 'websocketUrl'
> &
  Narrowed<AssessmentSchemas['Started'], { status: AssessmentStatus }>;

export type ChatHistoryEntry = Sent<AssessmentSchemas['ChatEntry'], 'id' | 'content' | 'createdAt'> &
  Narrowed<AssessmentSchemas['ChatEntry'], { role: 'user' | 'assistant'; model: string | null }>;

export type SubitemScore = Sent<AssessmentSchemas['SubitemScore'], 'raw' | 'weight' | 'weighted'> &
  Narrowed<
    AssessmentSchemas['SubitemScore'],
    {
      evidenceScore?: number;
      judgeScore?: number | null;
      /** What evidence the score was taken from, in a few words (scoring 1.3.0 and later). */
      basis?: string | null;
      /** False when the session held too little evidence to judge the subitem; the score then never rewards absence. */
      enoughEvidence?: boolean | null;
    }
  >;

export type Evidence = Sent<AssessmentSchemas['EvidenceRef'], 'description'> &
  Narrowed<AssessmentSchemas['EvidenceRef'], { eventId: string | null; timestamp: string | null }>;

export type Finding = Sent<AssessmentSchemas['Feedback'], 'category' | 'subitem' | 'text'> &
  Narrowed<AssessmentSchemas['Feedback'], { evidence: Evidence[] }>;

export type AiHighlight = Sent<AssessmentSchemas['Highlight'], 'type' | 'description' | 'content'> &
  Narrowed<AssessmentSchemas['Highlight'], { eventId: string | null; timestamp: string | null }>;

/** Why a subitem got its score: the evidence scorer's reasoning, and the judge's when one ran. */
export type SubitemAnalysis = AssessmentSchemas['SubitemAnalysis'];

/** A category's score and reasoning; a custom category's subitems carry a sentence each instead of an analysis. */
export type CategoryAnalysis = AssessmentSchemas['CategoryAnalysis'];

/** The hidden suite's verdict on the final files; the candidate reads the counts and names only. */
export type HiddenTestsSummary = Sent<
  AssessmentSchemas['HiddenTestsSummary'],
  'ran' | 'total' | 'passed' | 'failedTests' | 'timedOut' | 'counted'
> &
  /** Why a suite did not run (for the task's owner and admins only). */
  Narrowed<AssessmentSchemas['HiddenTestsSummary'], { error?: string | null }>;

/** What the outcome score rests on: the hidden tests, or, without them, the candidate's own test runs and code analysis. */
export type OutcomeEvidenceSummary = Sent<AssessmentSchemas['OutcomeEvidenceSummary'], 'source' | 'note'>;

/** What the record says about its own trustworthiness. */
export type IntegrityAnalysis = Narrowed<
  AssessmentSchemas['IntegrityAnalysis'],
  {
    /** For the task's owner and admins only. */
    hiddenTestFlags?: string[];
    hiddenTestNote?: string;
    evidence?: Sent<AssessmentSchemas['EvidenceSignals'], 'signals'> &
      Narrowed<
        AssessmentSchemas['EvidenceSignals'],
        { activityDropped: Sent<AssessmentSchemas['ActivityDropped'], 'count' | 'bytes'> }
      >;
  }
>;

/** How the hidden tests (or, without them, the candidate's own runs) bounded the level (scoring 1.2.0 and later). */
export type OutcomeGate = Sent<AssessmentSchemas['OutcomeGate'], 'applied'> &
  MaybeSent<
    AssessmentSchemas['OutcomeGate'],
    'hiddenPassRate' | 'outcomeSource' | 'highestAllowedLevel' | 'scoreBeforeGate' | 'levelBeforeGate'
  >;

/**
 * `summary` is addressed to the candidate ("You scored…"), `reviewerSummary` to the business or an admin ("The
 * candidate scored…"; absent in older reports). Per category, `categoryAnalysis` has the scorer's structured reasoning,
 * or a sentence in older reports. `weights` has the weights used and the business's names of its custom categories.
 */
export type DetailedAnalysis = Sent<
  AssessmentSchemas['DetailedAnalysis'],
  'summary' | 'categoryAnalysis' | 'timeAnalysis' | 'aiUsageAnalysis'
> &
  MaybeSent<AssessmentSchemas['DetailedAnalysis'], 'reviewerSummary' | 'weights'> &
  Narrowed<
    AssessmentSchemas['DetailedAnalysis'],
    {
      testing?: MaybeSent<AssessmentSchemas['TestingAnalysis'], 'runs'> &
        Narrowed<AssessmentSchemas['TestingAnalysis'], { hiddenTests?: HiddenTestsSummary }>;
      outcomeGate?: OutcomeGate;
      integrity?: IntegrityAnalysis;
      /** Where the outcome's quality was judged from (scoring 1.3.0 and later). */
      outcomeEvidence?: OutcomeEvidenceSummary;
    }
  >;

export type Score = Sent<
  AssessmentSchemas['ScoreView'],
  'finalScore' | 'categoryScores' | 'scoringVersion' | 'scoringModels' | 'failedEvaluators'
> &
  Narrowed<
    AssessmentSchemas['ScoreView'],
    {
      proficiencyLevel: ProficiencyLevel;
      subitemScores: Record<string, Record<string, SubitemScore>>;
      strengths: Finding[];
      improvements: Finding[];
      aiHighlights: AiHighlight[];
      detailedAnalysis: DetailedAnalysis;
    }
  >;

/** Who is reading an assessment: the person who took it, the business that set the task, or an admin. */
export type AssessmentViewer = 'candidate' | 'business' | 'admin';

/** The task as the assessment recorded it when it was created (not task-service's task: fewer fields). */
export type AssessmentTask = Sent<
  AssessmentSchemas['TaskView'],
  'id' | 'title' | 'description' | 'timeLimitMinutes' | 'isDefault' | 'usesPlatformKeys'
> &
  Narrowed<
    AssessmentSchemas['TaskView'],
    {
      taskType: TaskType;
      difficulty: Difficulty;
      /** `null`: no limit. */
      maxAttempts: number | null;
      creatorId: string | null;
      runtime?: TaskRuntime;
      /** The command candidates run for the visible tests. */
      visibleTestCommand?: string | null;
    }
  >;

export type Assessment = Sent<AssessmentSchemas['Detail'], 'id' | 'attemptNumber' | 'canAbandon'> &
  Narrowed<
    AssessmentSchemas['Detail'],
    {
      status: AssessmentStatus;
      task: AssessmentTask;
      viewer: AssessmentViewer;
      candidate: Narrowed<AssessmentSchemas['CandidateView'], { name: string | null; email: string | null }>;
      invitationId: string | null;
      companyName: string | null;
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
  >;

export type AssessmentSummary = Sent<
  AssessmentSchemas['Summary'],
  'id' | 'taskId' | 'taskTitle' | 'attemptNumber' | 'createdAt' | 'canAbandon' | 'timeLimitMinutes'
> &
  Narrowed<
    AssessmentSchemas['Summary'],
    {
      status: AssessmentStatus;
      startedAt: string | null;
      submittedAt: string | null;
      finalScore: number | null;
      proficiencyLevel: ProficiencyLevel | null;
      invitationId: string | null;
      companyName: string | null;
    }
  >;

export type AssessmentPage = Sent<AssessmentSchemas['Page'], 'total'> &
  Narrowed<AssessmentSchemas['Page'], { assessments: AssessmentSummary[] }>;

export type SubmitResult = Sent<AssessmentSchemas['Submitted'], 'assessmentId' | 'submittedAt'> &
  Narrowed<AssessmentSchemas['Submitted'], { status: AssessmentStatus }>;

export type FileEntry = Sent<SandboxSchemas['FileEntry'], 'path' | 'size'> &
  Narrowed<SandboxSchemas['FileEntry'], { type: 'file' | 'directory' }>;

export type FileContent = Sent<SandboxSchemas['FileContent'], 'path' | 'content' | 'size'>;

export type FileWritten = Sent<SandboxSchemas['FileWritten'], 'path' | 'size'>;

export type RunResult = Sent<SandboxSchemas['RunResult'], 'exitCode' | 'stdout' | 'stderr' | 'durationMs' | 'truncated'> &
  /** timedOut: killed by the time limit (the exit code is then whatever the kill gave, e.g. 137); stopped: killed by
   * `POST /run/stop`. Absent from older sandboxes. */
  MaybeSent<SandboxSchemas['RunResult'], 'timedOut' | 'stopped' | 'timeLimitSeconds'>;

/** `GET /api/assessments/{id}/run`: the Run tab's limit and whether a command runs now. */
export type RunStatus = Sent<SandboxSchemas['RunStatus'], 'timeLimitSeconds' | 'running'>;

/** The tracking event types the workspace records; the server keeps its own record of terminal commands and test runs. */
export type TrackingEventType = AssessmentSchemas['TrackedEvent']['type'];

/** A map with exactly the keys `K` (a key missing, or one more, is a type error). */
type KeyedBy<K extends PropertyKey, M extends Record<K, unknown> & Record<Exclude<keyof M, K>, never>> = M;

/** The `data` of each type as the workspace sends it; its schema says what the server requires. */
export type TrackingEventDataMap = KeyedBy<
  TrackingEventType,
  {
    code_snapshot: Sent<AssessmentSchemas['CodeSnapshotData'], 'path' | 'content'>;
    file_op: Sent<AssessmentSchemas['FileOpData'], 'op' | 'path'> & MaybeSent<AssessmentSchemas['FileOpData'], 'newPath'>;
    file_open: AssessmentSchemas['FileOpenData'];
    terminal_command: AssessmentSchemas['TerminalCommandData'];
    model_switch: Sent<AssessmentSchemas['ModelSwitchData'], 'from' | 'to'> &
      MaybeSent<AssessmentSchemas['ModelSwitchData'], 'reason'>;
    copy_paste: Sent<AssessmentSchemas['CopyPasteData'], 'direction' | 'source' | 'length' | 'content'> &
      /** `target`: where a paste landed (the source says where the text came from). */
      MaybeSent<AssessmentSchemas['CopyPasteData'], 'path' | 'target'>;
    test_run: Sent<AssessmentSchemas['TestRunData'], 'command' | 'exitCode' | 'durationMs'> &
      MaybeSent<AssessmentSchemas['TestRunData'], 'passed' | 'failed'>;
    focus_change: AssessmentSchemas['FocusChangeData'];
    note: AssessmentSchemas['NoteData'];
  }
>;

export type TrackingEvent = {
  [K in TrackingEventType]: Sent<AssessmentSchemas['TrackedEvent'], 'id' | 'timestamp'> & {
    type: K;
    data: TrackingEventDataMap[K];
  };
}[TrackingEventType];

export type TrackResult = Sent<AssessmentSchemas['TrackResult'], 'accepted' | 'duplicates'>;

export type AiModel = Sent<AssessmentSchemas['ModelInfo'], 'id' | 'name' | 'provider' | 'maxTokens' | 'offline'> &
  /** Where its key comes from, whose key unlocks it, and whether it is selected first; older servers leave them out. */
  MaybeSent<AssessmentSchemas['ModelInfo'], 'keyProvider' | 'keyHint' | 'default'> &
  Narrowed<AssessmentSchemas['ModelInfo'], { source?: 'platform' | 'own-key' | 'offline' }>;

/** A stored provider key as its owner sees it: never the key, its last four characters; an own server's URL and models. */
export type AiKey = Sent<AssessmentSchemas['KeyView'], 'provider' | 'hint' | 'isValid'> &
  MaybeSent<AssessmentSchemas['KeyView'], 'lastUsedAt' | 'createdAt' | 'updatedAt' | 'models'> &
  Narrowed<AssessmentSchemas['KeyView'], { baseUrl?: string | null }>;

export type AiKeyList = { keys: AiKey[] };

export type AddAiKey = Sent<AssessmentSchemas['AddKey'], 'provider' | 'apiKey'> &
  MaybeSent<AssessmentSchemas['AddKey'], 'baseUrl' | 'models'>;

/** A key's test: whether it works, the provider's or server's words, the ids of the models it unlocks. */
export type AiKeyTest = Sent<AssessmentSchemas['KeyTest'], 'provider' | 'valid'> &
  MaybeSent<AssessmentSchemas['KeyTest'], 'detail' | 'models'>;

/**
 * One chat turn: only the new message. The server sends it with the assessment's stored chat
 * and the platform's system prompt; a body with `messages` or `system` is refused.
 */
export type ChatRequest = Sent<AssessmentSchemas['ChatRequest'], 'assessmentId' | 'model' | 'message'> &
  MaybeSent<AssessmentSchemas['ChatRequest'], 'maxTokens'>;

export type TokenUsage = Sent<AssessmentSchemas['Usage'], 'inputTokens' | 'outputTokens' | 'totalTokens'>;

export type ChatResponse = Sent<AssessmentSchemas['ChatAnswer'], 'content' | 'model'> &
  Narrowed<AssessmentSchemas['ChatAnswer'], { usage: TokenUsage }>;

/** One event of the chat stream; the client reads a `done` without usage as `usage: null`. */
export type ChatStreamEvent =
  | AssessmentSchemas['ChatStreamDelta']
  | (Sent<AssessmentSchemas['ChatStreamDone'], 'type' | 'model'> &
      Narrowed<AssessmentSchemas['ChatStreamDone'], { usage: TokenUsage | null }>)
  | AssessmentSchemas['ChatStreamError'];

/** A published result, as its owner sees it (`GET/POST /api/assessments/{id}/share`). */
export type ResultShare = Sent<AssessmentSchemas['ResultShare'], 'shareId' | 'url' | 'sharedAt'> &
  Narrowed<AssessmentSchemas['ResultShare'], { nameDisplay: 'full' | 'initials' | 'hidden' }>;

export type InvitationStatus = 'sent' | 'accepted' | 'completed' | 'expired' | 'cancelled';

/** Body of `POST /api/invitations`. */
export type InvitationInput = Sent<AssessmentSchemas['InvitationInput'], 'taskId' | 'recipientEmail'> &
  /** allowRetakes: whether the candidate may abandon an unstarted attempt and start again from the same invitation;
   * locale: BCP 47 tag for the email's dates (e.g. `en-GB`). */
  MaybeSent<
    AssessmentSchemas['InvitationInput'],
    'recipientName' | 'message' | 'expiresAt' | 'allowRetakes' | 'locale' | 'allowResultSharing'
  >;

export type CreatedInvitation = Sent<AssessmentSchemas['CreatedInvitation'], 'invitationId' | 'accessLink'> &
  Narrowed<AssessmentSchemas['CreatedInvitation'], { status: InvitationStatus }>;

export type Invitation = Sent<
  AssessmentSchemas['Summary1'],
  'id' | 'taskId' | 'taskTitle' | 'recipientEmail' | 'allowRetakes' | 'resendCount' | 'linkAvailable'
> &
  Narrowed<
    AssessmentSchemas['Summary1'],
    {
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
      lastSentAt: string | null;
    }
  >;

/** Answer of `POST /api/invitations/{id}/resend`. */
export type ResentInvitation = Sent<AssessmentSchemas['Resent'], 'invitationId' | 'accessLink' | 'lastSentAt' | 'resendCount'>;

/** Where a candidate stands in the business's hiring process (its private review); `new` until reviewed. */
export type ReviewStage = AssessmentSchemas['ReviewUpdate']['stage'];

/** The figures of a scored attempt's AI use: prompts sent and the share of the final code that came from the AI (0–1). */
export type CandidateAiUsage = Narrowed<AssessmentSchemas['AiUsage'], { prompts: number | null; aiCodeShare: number | null }>;

/** One person in `GET /api/business/candidates`: an assessment, or an invitation not started yet. */
export type BusinessCandidate = Sent<AssessmentSchemas['Candidate'], 'email' | 'taskId' | 'taskTitle'> &
  Narrowed<
    AssessmentSchemas['Candidate'],
    {
      /** null: an invitation nobody started yet. */
      assessmentId: string | null;
      invitationId: string | null;
      name: string | null;
      /** The assessment's status, or the invitation's while no assessment exists. */
      status: AssessmentStatus | InvitationStatus;
      finalScore: number | null;
      level: ProficiencyLevel | null;
      categoryScores: Record<string, number> | null;
      submittedAt: string | null;
      timeSpentSeconds: number | null;
      /** Figures of the score report; null until scored or where the report does not have them. */
      aiUsage?: CandidateAiUsage | null;
      /** Sorted codes from the report's integrity section; [] the report found nothing, null it has no such section. */
      integrityFlags?: string[] | null;
      /** The business's review; null for an invitation with no attempt. */
      stage?: ReviewStage | null;
      rating?: number | null;
    }
  >;

export type CandidateSort = 'score' | 'date' | 'name';

export interface BusinessCandidateQuery {
  taskId?: string;
  /** Comma-separated assessment or invitation statuses. */
  status?: string;
  /** Comma-separated review stages. */
  stage?: string;
  q?: string;
  sortBy?: CandidateSort;
  order?: 'asc' | 'desc';
  page?: number;
  size?: number;
}

export type BusinessCandidatePage = Sent<AssessmentSchemas['CandidatePage'], 'total'> &
  Narrowed<AssessmentSchemas['CandidatePage'], { candidates: BusinessCandidate[] }>;

/** Body of `PUT /api/business/candidates/{assessmentId}/review`: replaces the whole review. */
export type ReviewUpdate = AssessmentSchemas['ReviewUpdate'];

export type CandidateReview = Sent<AssessmentSchemas['Review'], 'assessmentId'> &
  Narrowed<
    AssessmentSchemas['Review'],
    { stage: ReviewStage; rating: number | null; notes: string | null; updatedAt: string | null }
  >;

export type HiddenTestCounts = Narrowed<
  AssessmentSchemas['HiddenTests'],
  { total: number | null; passed: number | null; ran: boolean | null; counted: boolean | null }
>;

export type PromptQuality = AssessmentSchemas['PromptQuality'];

export type ComparedAiUsage = Narrowed<
  AssessmentSchemas['AiUsageDetail'],
  {
    prompts: number | null;
    aiCodeShare: number | null;
    modelsUsed: string[] | null;
    inputTokens: number | null;
    outputTokens: number | null;
    promptQuality: PromptQuality | null;
  }
>;

/** Where the attempt's time went; `spentSeconds` is the assessment's clock, the rest what tracking saw. */
export type TimeSplit = { [K in keyof AssessmentSchemas['TimeSpent']]-?: number | null };

/** One attempt of `GET /api/business/candidates/compare`. */
export type ComparedCandidate = Sent<AssessmentSchemas['Compared'], 'assessmentId' | 'taskId' | 'taskTitle'> &
  Narrowed<
    AssessmentSchemas['Compared'],
    {
      name: string | null;
      finalScore: number | null;
      level: ProficiencyLevel | null;
      categoryScores: Record<string, number> | null;
      /** Raw scores by category and subitem. */
      subitemScores: Record<string, Record<string, number>> | null;
      hiddenTests: HiddenTestCounts | null;
      aiUsage: ComparedAiUsage | null;
      time: TimeSplit | null;
      integrityFlags: string[] | null;
    }
  >;

export type Comparison = Sent<AssessmentSchemas['Comparison'], 'sameTask'> &
  Narrowed<
    AssessmentSchemas['Comparison'],
    {
      candidates: ComparedCandidate[];
      /** The ids, best first: final score, then hidden tests passed, then time spent. */
      ranking: string[];
    }
  >;

export type HistogramBucket = Sent<AssessmentSchemas['Bucket'], 'from' | 'to' | 'count'>;

export type Funnel = Narrowed<
  AssessmentSchemas['Funnel'],
  {
    invited: number;
    /** null: the platform does not record when a link is opened. */
    opened: number | null;
    accepted: number;
    started: number;
    submitted: number;
    scored: number;
  }
>;

/** `GET /api/business/analytics`: the invitation funnel and score figures of the caller's tasks. */
export type BusinessAnalytics = Narrowed<
  AssessmentSchemas['Analytics'],
  {
    taskId?: string | null;
    from?: string | null;
    to?: string | null;
    funnel: Funnel;
    /** submitted / invited; null when nobody was invited. */
    completionRate: number | null;
    attempts: { [K in keyof AssessmentSchemas['Attempts']]-?: number };
    averageScore: number | null;
    scoreDistribution: HistogramBucket[];
    averageByCategory: Record<string, number>;
    medianTimeSpentSeconds: number | null;
    aiUsageDistribution: Narrowed<
      AssessmentSchemas['AiUsageDistribution'],
      { aiCodeShare: HistogramBucket[]; withoutAiCodeShare: number; medianPrompts: number | null }
    >;
  }
>;

export interface AnalyticsQuery {
  taskId?: string;
  /** ISO-8601 dates (whole days, UTC, `to` included). */
  from?: string;
  to?: string;
}

export interface InvitationQuery {
  taskId?: string;
  status?: InvitationStatus;
}

/** What anyone holding the access link sees (`GET /api/invitations/access/{token}`, no sign-in). */
export type InvitationAccess = Sent<AssessmentSchemas['Access'], 'invitationId' | 'taskTitle' | 'timeLimitMinutes'> &
  Narrowed<
    AssessmentSchemas['Access'],
    {
      taskType: TaskType;
      difficulty: Difficulty;
      companyName: string | null;
      senderName: string | null;
      message: string | null;
      expiresAt: string | null;
      status: InvitationStatus;
      /** The invited address and the name the business typed, for the sign-up form (only the link's holder sees them). */
      recipientEmail?: string | null;
      recipientName?: string | null;
    }
  >;

export type AcceptedInvitation = Sent<AssessmentSchemas['Accepted'], 'assessmentId'> &
  Narrowed<AssessmentSchemas['Accepted'], { redirectUrl: string | null }>;

export type ProblemFieldError = GatewaySchemas['ProblemFieldError'];

/** RFC 9457 problem details as the services send them (every service's document has the same `ProblemDetail`). */
export type ProblemDetails = Sent<GatewaySchemas['ProblemDetail'], 'type' | 'title' | 'status' | 'detail'> &
  MaybeSent<GatewaySchemas['ProblemDetail'], 'errors'>;

/** What a business is told about: the kinds of its notices, and the events its webhooks may subscribe to. */
export const NOTICE_KINDS = ['candidate.scored', 'candidate.submitted', 'invitation.accepted'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type AppNotification = Sent<NotificationSchemas['NotificationView'], 'id' | 'kind' | 'title' | 'body' | 'createdAt'> &
  Narrowed<
    NotificationSchemas['NotificationView'],
    {
      /** A path of the web app showing more, or null. */
      link: string | null;
      /** null while unread. */
      readAt: string | null;
    }
  >;

export type NotificationPage = Sent<NotificationSchemas['NotificationPage'], 'unread' | 'total'> &
  Narrowed<NotificationSchemas['NotificationPage'], { notifications: AppNotification[] }>;

export type ReadAllResult = Sent<NotificationSchemas['ReadAll'], 'updated' | 'unread'>;

export type NotificationPreference = Sent<NotificationSchemas['Preference'], 'kind' | 'email' | 'inApp'>;

export type NotificationPreferences = Narrowed<
  NotificationSchemas['Preferences'],
  { preferences: NotificationPreference[] }
>;

/** A message of the `/ws/notifications` socket. */
export type LiveNotificationMessage =
  | { type: 'unread'; unread: number }
  | { type: 'notification'; notification: AppNotification; unread: number };

export type Webhook = Sent<NotificationSchemas['WebhookView'], 'id' | 'url' | 'events' | 'createdAt'>;

/** A webhook just made, with its signing secret: the only time the secret is shown. */
export type CreatedWebhook = Webhook & Sent<NotificationSchemas['Created'], 'secret'>;

/** Body of `POST /api/business/webhooks`; without `secret`, the service makes one. */
export type WebhookInput = Sent<NotificationSchemas['CreateWebhook'], 'url' | 'events'> &
  MaybeSent<NotificationSchemas['CreateWebhook'], 'secret'>;

export type WebhookAttempt = Sent<NotificationSchemas['AttemptView'], 'attempt' | 'attemptedAt' | 'succeeded' | 'durationMs'> &
  Narrowed<
    NotificationSchemas['AttemptView'],
    {
      /** null when no answer came. */
      statusCode: number | null;
      error: string | null;
      responseExcerpt: string | null;
    }
  >;

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export type WebhookDelivery = Sent<NotificationSchemas['DeliveryView'], 'id' | 'eventId' | 'event' | 'attempts' | 'createdAt'> &
  Narrowed<
    NotificationSchemas['DeliveryView'],
    {
      status: WebhookDeliveryStatus;
      lastStatusCode: number | null;
      nextAttemptAt: string | null;
      completedAt: string | null;
      attemptLog: WebhookAttempt[];
    }
  >;

export type WebhookDeliveryPage = Sent<NotificationSchemas['DeliveryPage'], 'total'> &
  Narrowed<NotificationSchemas['DeliveryPage'], { deliveries: WebhookDelivery[] }>;

/** What a moment of the session replay was: a prompt, an answer, a file change, a command, a test run... */
export type TimelineKind = Present<AssessmentSchemas['TimelineEntry']['kind']>;

/**
 * One moment of an attempt's session, in time order. The fields besides `at`, `offsetSeconds` and `kind` belong to
 * their kind and are absent (or null) elsewhere (see assessment-service's README, "Evidence reports").
 */
export type TimelineEntry = Sent<AssessmentSchemas['TimelineEntry'], 'at' | 'kind'> & {
  [K in Exclude<keyof AssessmentSchemas['TimelineEntry'], 'at' | 'kind'>]?: AssessmentSchemas['TimelineEntry'][K] | null;
};

export type ReportHiddenTests = Sent<AssessmentSchemas['ReportHiddenTests'], 'total' | 'passed' | 'failed'> &
  MaybeSent<AssessmentSchemas['ReportHiddenTests'], 'runner' | 'durationMs' | 'timedOut' | 'counted'> &
  Narrowed<
    AssessmentSchemas['ReportHiddenTests'],
    {
      error?: string | null;
      tests?: { name?: string; passed?: boolean; message?: string | null }[] | null;
      integrityFlags?: string[] | null;
    }
  >;

export type ReportAiUsage = Narrowed<
  AssessmentSchemas['ReportAiUsage'],
  {
    source?: 'score-report' | 'chat';
    prompts?: number | null;
    modelsUsed?: string[] | null;
    aiCodeShare?: number | null;
    inputTokens?: number | null;
    outputTokens?: number | null;
  }
>;

/** `GET /api/business/reports/{assessmentId}`: an attempt's full evidence for the task's creator, at any status. */
export type EvidenceReport = Sent<AssessmentSchemas['EvidenceReport'], 'assessmentId'> &
  Narrowed<
    AssessmentSchemas['EvidenceReport'],
    {
      candidate: { name?: string | null; email?: string | null } | null;
      task: Narrowed<
        AssessmentSchemas['ReportTask'],
        { id?: string; title?: string; taskType?: string; difficulty?: string; timeLimitMinutes?: number | null; runtime?: string | null }
      > | null;
      status: AssessmentStatus;
      attemptNumber?: number | null;
      invitationId?: string | null;
      startedAt: string | null;
      submittedAt: string | null;
      autoSubmitted?: boolean | null;
      timeSpentSeconds: number | null;
      scoredAt?: string | null;
      notes?: string | null;
      score: Score | null;
      scoreVersion?: Narrowed<
        AssessmentSchemas['ReportScoreVersion'],
        { eventId?: string; receivedAt?: string; scoringVersion?: string; earlierRevisions?: number }
      > | null;
      hiddenTests: ReportHiddenTests | null;
      aiUsage: ReportAiUsage | null;
      integrityFlags: string[] | null;
      chat: Narrowed<
        AssessmentSchemas['ChatEntry'],
        { id?: string; role?: string; content?: string; model?: string | null; createdAt?: string; complete?: boolean | null }
      >[];
      timeline: TimelineEntry[];
      timelineSummary?: Narrowed<
        AssessmentSchemas['TimelineSummary'],
        { events?: number; entries?: number; skippedEvents?: number; contentTruncated?: boolean; warnings?: string[] | null }
      > | null;
    }
  >;

/** `GET /api/assessments/{id}/timeline`: the owner's replay of a scored attempt (no integrity signals, hidden run as counts). */
export type OwnTimeline = Sent<AssessmentSchemas['OwnTimeline'], 'assessmentId'> & {
  timeline: TimelineEntry[];
  chat: EvidenceReport['chat'];
  timelineSummary?: EvidenceReport['timelineSummary'];
};

/** `GET /api/ai/budget`: what is left of the AI limits for one assessment (reading charges nothing). */
export type AiBudgetStatus = {
  assessment: Sent<AssessmentSchemas['TokenBudget'], 'used' | 'limit' | 'remaining'>;
  daily: Sent<AssessmentSchemas['DailyBudget'], 'used' | 'limit' | 'remaining' | 'resetsAt'>;
  requestsPerMinute: Sent<AssessmentSchemas['RequestRate'], 'limit' | 'remaining' | 'resetsAt'>;
};

/** `GET /api/assessments/progress`: the caller's scored attempts, oldest first (at most the latest 100). */
export type ProgressPoint = Sent<
  AssessmentSchemas['ProgressPoint'],
  'assessmentId' | 'taskTitle' | 'scoredAt' | 'finalScore' | 'categoryScores'
>;
export type Progress = { points: ProgressPoint[] };

/** The filters of the caller's assessment list (`GET /api/assessments`); from/to are ISO dates (UTC), inclusive. */
export interface AssessmentListParams {
  status?: AssessmentStatus | AssessmentStatus[];
  taskId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** `POST /api/invitations/bulk`: a pasted list, one person a line (`email` or `name, email`). */
export type BulkInvitationInput = Sent<AssessmentSchemas['BulkInvitationInput'], 'taskId' | 'addresses'> &
  MaybeSent<
    AssessmentSchemas['BulkInvitationInput'],
    'message' | 'expiresAt' | 'allowRetakes' | 'locale' | 'allowResultSharing'
  >;

export type BulkInvitationResult = {
  created: Sent<AssessmentSchemas['BulkInvitationCreated'], 'row' | 'email' | 'invitationId'>[];
  failed: (Sent<AssessmentSchemas['BulkInvitationFailed'], 'row' | 'input'> & {
    problem: Narrowed<AssessmentSchemas['BulkInvitationProblem'], { type?: string; title?: string; detail?: string | null }>;
  })[];
};
