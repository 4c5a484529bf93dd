import { Inbox } from 'lucide-react';
import type { ReactNode } from 'react';

export function EmptyState({ icon = <Inbox size={28} />, title, children }: { icon?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <div className="empty-state-icon" aria-hidden="true">
        {icon}
      </div>
      <strong>{title}</strong>
      {children && <div className="empty-state-body">{children}</div>}
    </div>
  );
}
