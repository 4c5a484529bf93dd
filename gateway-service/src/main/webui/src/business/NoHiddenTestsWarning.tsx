import { AlertTriangle } from 'lucide-react';
import { NO_HIDDEN_TESTS_WARNING, type HiddenTestsGap } from './hiddenTests';

const GAP_TEXT: Record<HiddenTestsGap, string> = {
  'switched-off': 'The hidden test suite is switched off on the Details step (“Run the hidden test suite when a session ends”).',
  'no-files': 'No hidden test files yet: upload them as “Hidden test” files under hidden_tests/ on the Files step.',
};

/** A task can be published without hidden tests; the business is told what that costs the candidates' outcome scores. */
export function NoHiddenTestsWarning({ gap }: { gap: HiddenTestsGap }) {
  return (
    <div className="notice notice-warn no-hidden-tests" role="note" aria-label="No hidden tests" data-testid="no-hidden-tests-warning" data-gap={gap}>
      <AlertTriangle size={18} className="no-hidden-tests-icon" aria-hidden="true" />
      <div>
        <p>{NO_HIDDEN_TESTS_WARNING}</p>
        <p className="small">{GAP_TEXT[gap]}</p>
      </div>
    </div>
  );
}
