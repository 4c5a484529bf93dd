import { ClipboardList, MailPlus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { Task } from '../api/types';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { useApiQuery } from '../shared/useApiQuery';
import { BusinessHeader, NewTaskLink } from './BusinessNav';
import { gettingStarted, inviteTarget, LATEST_RESULTS_QUERY, recentInvitations, recentTasks } from './businessHome';
import { GettingStarted, InvitationsList, LatestResults, Panel, PanelState, StatCard, TasksList } from './HomePanels';
import { countInvitations } from './invitations';
import { InviteDialog } from './InviteDialog';
import { InviteFlow } from './InviteFlow';
import { PlanUsagePanel } from './PlanUsagePanel';
import { PublishDialog } from './PublishDialog';
import { countPublications } from './publication';
import { useOwnTasks } from './useOwnTasks';
import './business.css';

/** `/business`: the business's home, with its tasks, invitations, latest results and what to do next. */
export function BusinessHomePage() {
  const { me } = useAuth();
  const tasks = useOwnTasks(me?.id ?? '');
  const invitations = useApiQuery(['invitations', {}], (signal) => api.listInvitations({}, signal));
  const results = useApiQuery(['business-candidates', LATEST_RESULTS_QUERY], (signal) =>
    api.businessCandidates(LATEST_RESULTS_QUERY, signal),
  );
  const [inviteTo, setInviteTo] = useState<Task | null>(null);
  const [chooseOpen, setChooseOpen] = useState(false);
  const [toPublish, setToPublish] = useState<Task | null>(null);

  const own = tasks.data?.own ?? [];
  const sent = invitations.data?.invitations ?? [];
  const taskCounts = countPublications(own);
  const invitationCounts = countInvitations(sent);
  const steps = gettingStarted(own, sent);
  const loaded = tasks.data !== null && invitations.data !== null;
  const target = inviteTarget(own);

  const invite = () => {
    if (target.kind === 'choose') setChooseOpen(true);
    else if (target.kind === 'draft') setInviteTo(target.task);
  };
  const refresh = () => {
    tasks.reload();
    invitations.reload();
    results.reload();
  };

  return (
    <div className="business business-home" data-testid="business-home">
      <BusinessHeader
        title="Overview"
        subtitle="Your tasks, the candidates you invited and their latest results."
        actions={
          <>
            <Button
              onClick={invite}
              disabled={target.kind === 'none'}
              title={target.kind === 'none' ? 'Create a task first' : undefined}
              icon={<MailPlus size={16} aria-hidden="true" />}
              data-testid="home-invite-candidate"
            >
              Invite candidate
            </Button>
            <NewTaskLink label="Create a task" />
          </>
        }
      />

      {loaded && steps.some((step) => !step.done) && <GettingStarted steps={steps} />}

      <div className="home-stats">
        <StatCard
          testId="stat-tasks"
          label="Tasks"
          value={tasks.data ? taskCounts.total - taskCounts.archived : '—'}
          detail={`${taskCounts.published} published · ${taskCounts.draft} ${taskCounts.draft === 1 ? 'draft' : 'drafts'}`}
        />
        <StatCard
          testId="stat-invitations"
          label="Invitations"
          value={invitations.data ? invitationCounts.total : '—'}
          detail={`${invitationCounts.waiting} not accepted yet · ${invitationCounts.inProgress} in progress`}
        />
        <StatCard
          testId="stat-results"
          label="Scored"
          value={invitations.data ? invitationCounts.scored : '—'}
          detail="invited candidates with a result"
        />
      </div>

      <PlanUsagePanel />

      <div className="home-grid">
        <Panel title="Latest results" testId="home-results" more={{ to: '/business/candidates', label: 'All candidates' }}>
          <PanelState {...results} what="Results">
            {(page) => <LatestResults candidates={page.candidates} />}
          </PanelState>
        </Panel>

        <Panel title="Your tasks" testId="home-tasks-panel" more={{ to: '/business/tasks', label: 'All tasks' }}>
          <PanelState {...tasks} what="Tasks">
            {(lists) =>
              lists.own.length === 0 ? (
                <div className="panel-empty">
                  <ClipboardList size={28} aria-hidden="true" />
                  <p>
                    No tasks yet. <Link to="/business/tasks/new">Create one</Link> or{' '}
                    <Link to="/business/tasks">start from a Skills Lab task</Link>.
                  </p>
                </div>
              ) : (
                <TasksList tasks={recentTasks(lists.own)} onPublish={setToPublish} onInvite={setInviteTo} />
              )
            }
          </PanelState>
        </Panel>
      </div>

      <Panel title="Recent invitations" testId="home-invitations-panel" more={{ to: '/business/invitations', label: 'All invitations' }}>
        <PanelState {...invitations} what="Invitations">
          {(list) =>
            list.invitations.length === 0 ? (
              <div className="panel-empty">
                <MailPlus size={28} aria-hidden="true" />
                <p>No invitations yet. Publish a task, then invite candidates by email.</p>
              </div>
            ) : (
              <InvitationsList invitations={recentInvitations(list.invitations)} />
            )
          }
        </PanelState>
      </Panel>

      <InviteFlow task={inviteTo} onClose={() => setInviteTo(null)} onPublished={refresh} onSent={refresh} />
      <InviteDialog open={chooseOpen} tasks={own} onClose={() => setChooseOpen(false)} onSent={refresh} />
      <PublishDialog
        open={toPublish !== null}
        task={toPublish}
        onClose={() => setToPublish(null)}
        onPublished={() => {
          setToPublish(null);
          refresh();
        }}
      />
    </div>
  );
}
