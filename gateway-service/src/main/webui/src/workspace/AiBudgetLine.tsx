import { AlertTriangle } from 'lucide-react';
import type { AiBudgetStatus } from '../api/types';
import { budgetLine, localTime } from './aiBudget';

/** The AI limits in one line under the chat: tokens and requests left, warning from 80% used. */
export function AiBudgetLine({ budget }: { budget: AiBudgetStatus | null }) {
  if (!budget) return null;
  const line = budgetLine(budget);
  const dailyReset = localTime(new Date(budget.daily.resetsAt));
  return (
    <div
      className={`chat-budget${line.warn ? ' chat-budget-warn' : ''}`}
      data-testid="ai-budget"
      data-warn={line.warn ? 'true' : 'false'}
      role={line.warn ? 'status' : undefined}
      title={`This assessment: ${budget.assessment.used} of ${budget.assessment.limit} tokens used. Today: ${budget.daily.used} of ${budget.daily.limit} (renews ${dailyReset}, your time).`}
    >
      {line.warn && <AlertTriangle size={12} aria-hidden="true" />}
      <span data-testid="ai-budget-tokens">{line.tokensText}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="ai-budget-requests">{line.requestsText}</span>
      {line.warning && <span className="chat-budget-warning">— {line.warning}</span>}
    </div>
  );
}
