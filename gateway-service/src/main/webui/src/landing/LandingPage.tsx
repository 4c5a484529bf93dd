import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { Button } from '../shared/Button';
import { ErrorState } from '../shared/ErrorState';
import './landing.css';

const CATEGORIES = [
  { icon: '🗺️', title: 'Planning', text: 'Do you break the problem down and decide what to ask before you ask it?' },
  { icon: '💬', title: 'Prompt engineering', text: 'Clear, specific prompts with context, constraints and iteration.' },
  { icon: '🧰', title: 'Tool orchestration', text: 'Choosing models, running tests and verifying what the AI produced.' },
  { icon: '✅', title: 'Outcome quality', text: 'Working, readable, tested code delivered within the time limit.' },
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
            ×
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
              <em>todo_api.py — Skills Lab</em>
            </div>
            <div className="mock-body">
              <pre className="mock-code">
                <span className="tok-kw">from</span> fastapi <span className="tok-kw">import</span> FastAPI, HTTPException{'\n'}
                {'\n'}app = FastAPI(){'\n'}
                {'\n'}
                <span className="tok-dec">@app.post</span>(<span className="tok-str">"/todos"</span>, status_code=
                <span className="tok-num">201</span>){'\n'}
                <span className="tok-kw">def</span> <span className="tok-fn">create_todo</span>(todo: TodoIn):{'\n'}
                {'    '}
                <span className="tok-kw">return</span> store.add(todo)
              </pre>
              <div className="mock-chat">
                <div className="mock-msg mock-user">Add validation so an empty title returns 422.</div>
                <div className="mock-msg mock-ai">Use a Pydantic field constraint: `title: constr(min_length=1)` …</div>
              </div>
            </div>
          </div>
          <div className="mock-score">
            <span className="mock-score-value">78</span>
            <span className="mock-score-label">🏗️ AI Architect</span>
          </div>
        </div>
      </section>

      <section className="landing-section">
        <h2>What is scored</h2>
        <div className="feature-grid">
          {CATEGORIES.map((category) => (
            <div key={category.title} className="feature-card">
              <span className="feature-icon">{category.icon}</span>
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
        {[
          ['🧭', 'Explorer', '< 40'],
          ['🔧', 'Operator', '40–64'],
          ['🏗️', 'Architect', '65–84'],
          ['🚀', 'Innovator', '85–100'],
        ].map(([icon, name, range]) => (
          <div key={name} className={`landing-level level-${name.toLowerCase()}`}>
            <span>{icon}</span>
            <strong>{name}</strong>
            <small>{range}</small>
          </div>
        ))}
      </section>
    </div>
  );
}
