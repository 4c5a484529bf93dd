import { describe, expect, it } from 'vitest';
import { invitePayload, validateInvite } from './inviteForm';
import { pathForVisibility, pathProblem } from './taskFilePaths';

const INVITE = { taskId: 't1', recipientEmail: ' casey@example.com ', recipientName: '', message: '  ', expiresAt: '', allowRetakes: false };

describe('invite form', () => {
  it('needs a task and a valid email; the rest is optional', () => {
    expect(validateInvite(INVITE)).toEqual({});
    expect(Object.keys(validateInvite({ ...INVITE, taskId: '', recipientEmail: 'nope' })).sort()).toEqual(['recipientEmail', 'taskId']);
  });

  it('refuses an expiry in the past', () => {
    const now = new Date('2030-06-15T12:00:00');
    expect(validateInvite({ ...INVITE, expiresAt: '2030-06-14' }, now).expiresAt).toBeDefined();
    expect(validateInvite({ ...INVITE, expiresAt: '2030-06-15' }, now).expiresAt).toBeUndefined();
  });

  it('sends only what was given, trimmed, with the expiry at the end of the chosen day, the retake choice and the locale', () => {
    expect(invitePayload(INVITE, 'en-GB')).toEqual({ taskId: 't1', recipientEmail: 'casey@example.com', allowRetakes: false, locale: 'en-GB' });
    const full = invitePayload({ ...INVITE, recipientName: ' Casey ', message: ' Hi ', expiresAt: '2030-06-20', allowRetakes: true }, 'de');
    expect(full).toEqual({
      taskId: 't1',
      recipientEmail: 'casey@example.com',
      recipientName: 'Casey',
      message: 'Hi',
      expiresAt: new Date('2030-06-20T23:59:59').toISOString(),
      allowRetakes: true,
      locale: 'de',
    });
  });

  it('asks for result sharing only when the business allowed it', () => {
    expect(invitePayload(INVITE, 'en').allowResultSharing).toBeUndefined();
    expect(invitePayload({ ...INVITE, allowResultSharing: true }, 'en').allowResultSharing).toBe(true);
  });

  it("takes the browser's language for the email's dates by default", () => {
    expect(invitePayload(INVITE).locale).toBe(navigator.language);
  });
});

describe('task file paths', () => {
  it('accepts relative paths and keeps hidden tests under hidden_tests/', () => {
    expect(pathProblem('src/app.py', 'starter')).toBeNull();
    expect(pathProblem('hidden_tests/test_app.py', 'hidden')).toBeNull();
    expect(pathProblem('test_app.py', 'hidden')).toMatch(/hidden_tests/);
    expect(pathProblem('hidden_tests/app.py', 'starter')).toMatch(/reserved/);
  });

  it('refuses what the server refuses: absolute, .., backslashes, folders', () => {
    for (const bad of ['/etc/passwd', '../x.py', 'a\\b.py', 'C:/x.py', 'src/', '  ']) {
      expect(pathProblem(bad, 'starter')).not.toBeNull();
    }
  });

  it('moves a path into and out of hidden_tests/ with the visibility', () => {
    expect(pathForVisibility('test_app.py', 'hidden')).toBe('hidden_tests/test_app.py');
    expect(pathForVisibility('hidden_tests/test_app.py', 'hidden')).toBe('hidden_tests/test_app.py');
    expect(pathForVisibility('hidden_tests/test_app.py', 'starter')).toBe('test_app.py');
  });
});
