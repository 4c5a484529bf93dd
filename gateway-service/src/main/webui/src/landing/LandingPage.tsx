import { Building2, CircleCheck, Map as MapIcon, MessageSquareText, Wrench, X } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { useAuth } from '../auth/useAuth';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import { LEVELS } from '../shared/levels';
import './landing.css';

const CATEGORIES = [
  { icon: MapIcon, title: 'Planning', text: 'Do you break the problem down and decide what to ask before you ask it?' },
  { icon: MessageSquareText, title: 'Prompt engineering', text: 'Clear, specific prompts with context, constraints and iteration.' },
  { icon: Wrench, title: 'Tool orchestration', text: 'Choosing models, running tests and verifying what the AI produced.' },
  { icon: CircleCheck, title: 'Outcome quality', text: 'Working, readable, tested code delivered within the time limit.' },
];

const STEPS = [
  { title: 'Pick a task', text: 'Eleven realistic tasks, from a REST API to a multi-agent pipeline.' },
  { title: 'Work with AI', text: 'A browser IDE with an editor, a terminal and an AI chat with several models.' },
  { title: 'Get your report', text: 'A score out of 100 in four categories, with evidence from your session.' },
];

export function LandingPage() {
  const { isAuthenticated, signIn, status, error } = useAuth();
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? null);

  const startSignIn = () => {
    setRedirecting(true);
    signIn('/dashboard').catch((err: unknown) => {
      setRedirecting(false);
      setSignInError(toApiError(err));
    });
  };

  return (
    <div className="landing">
      {notice === 'account-deleted' && (
        <div className="notice notice-success landing-notice" role="status" data-testid="account-deleted-notice">
          <span>
            <strong>Your account was deleted.</strong> Your personal data has been erased or anonymized, and you have been
            signed out. Thank you for trying Skills Lab.
          </span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setNotice(null)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      )}
      <section className="hero">
        <div className="hero-text">
          <span className="eyebrow">AI collaboration assessment</span>
          <h1>
            Measure how well you build software <span className="gradient-text">with AI</span>
          </h1>
          <p className="lead">
            Skills Lab gives you a real coding task, a browser workspace and an AI assistant — then scores how you plan,
            prompt, orchestrate tools and deliver. Not whether you can code without AI, but how well you work with it.
          </p>
          <div className="hero-actions">
            {isAuthenticated ? (
              <Link to="/dashboard" className="btn btn-primary btn-lg" data-testid="go-to-dashboard">
                Go to your dashboard →
              </Link>
            ) : (
              <>
                <Button
                  variant="primary"
                  size="lg"
                  onClick={startSignIn}
                  loading={redirecting || status === 'loading'}
                  disabled={status === 'error'}
                  data-testid="sign-in"
                >
                  Sign in
                </Button>
                <Link to="/sign-up" className="btn btn-secondary btn-lg" data-testid="landing-sign-up">
                  Create an account
                </Link>
              </>
            )}
          </div>
          {status === 'error' && error && (
            <ErrorState compact error={error} title="Sign-in is unavailable: the server could not be reached" />
          )}
          {signInError && <ErrorState compact error={signInError} title="Sign-in failed" />}
        </div>
        <div className="hero-visual" aria-hidden="true">
          <div className="mock-window">
            <div className="mock-titlebar">
              <span />
              <span />
              <span />
              <em>todo_api/server.py — Skills Lab</em>
            </div>
            <div className="mock-body">
              <pre className="mock-code">
                <span className="tok-kw">def</span> <span className="tok-fn">do_POST</span>(self):{'\n'}
                {'    '}
                <span className="tok-kw">if</span> self.path != <span className="tok-str">"/todos"</span>:{'\n'}
                {'        '}
                <span className="tok-kw">return</span> self._send(<span className="tok-num">404</span>, {'{'}
                <span className="tok-str">"error"</span>: <span className="tok-str">"not found"</span>
                {'}'}){'\n'}
                {'    '}body = self._json(){'\n'}
                {'    '}
                <span className="tok-kw">if not</span> str(body.get(<span className="tok-str">"title"</span>,{' '}
                <span className="tok-str">""</span>)).strip():{'\n'}
                {'        '}
                <span className="tok-kw">return</span> self._send(<span className="tok-num">400</span>, {'{'}
                <span className="tok-str">"error"</span>: <span className="tok-str">"title is required"</span>
                {'}'}){'\n'}
                {'    '}self._send(<span className="tok-num">201</span>, store.create(body[<span className="tok-str">"title"</span>]))
              </pre>
              <div className="mock-chat">
                <div className="mock-msg mock-user">A blank title should get 400 with a JSON error. What else should POST check?</div>
                <div className="mock-msg mock-ai">Also refuse a body that is not JSON and a non-boolean `done`, both with 400 …</div>
              </div>
            </div>
          </div>
          <div className="mock-score">
            <span className="mock-score-value">78</span>
            <span className="mock-score-label">
              <Building2 size={15} aria-hidden="true" /> AI Architect
            </span>
          </div>
        </div>
      </section>

      <section className="landing-section">
        <h2>What is scored</h2>
        <div className="feature-grid">
          {CATEGORIES.map((category) => (
            <div key={category.title} className="feature-card">
              <span className="feature-icon">
                <category.icon size={22} aria-hidden="true" />
              </span>
              <h3>{category.title}</h3>
              <p>{category.text}</p>
            </div>
          ))}
        </div>
      </section>

      <section className="landing-section">
        <h2>How it works</h2>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <li key={step.title}>
              <span className="step-number">{index + 1}</span>
              <div>
                <h3>{step.title}</h3>
                <p>{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className="landing-levels">
        {(['explorer', 'operator', 'architect', 'innovator'] as const).map((level) => {
          const info = LEVELS[level];
          return (
            <div key={level} className={`landing-level level-${level}`}>
              <info.Icon size={22} aria-hidden="true" />
              <strong>{info.label.replace(/^AI /, '')}</strong>
              <small>{info.range}</small>
            </div>
          );
        })}
      </section>
    </div>
  );
}
