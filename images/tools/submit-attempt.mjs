// Submits one assessment of the demo candidate through the public API:
//   node images/tools/submit-attempt.mjs ASSESSMENT_ID
// The image smoke test calls it when the demo failed half-way, before it removes the pods: the attempt's sandbox lives
// in the orchestrator's container, so an attempt left in progress could never be finalized once that is gone, and the
// next demo (which resumes an unfinished attempt) would fail on it.
const BASE = process.env.SKILLSLAB_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/skills-lab';
const USER = process.env.DEMO_USER ?? 'candidate@demo.skillslab.dev';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password';
const id = process.argv[2];

const signIn = await fetch(`${KEYCLOAK}/protocol/openid-connect/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'password', client_id: 'skills-lab-cli', username: USER, password: PASSWORD }),
});
if (!signIn.ok) throw new Error(`sign-in refused: ${signIn.status}`);
const auth = { Authorization: `Bearer ${(await signIn.json()).access_token}` };
const current = await (await fetch(`${BASE}/api/assessments/${id}`, { headers: auth })).json();
if (!['pending', 'in_progress'].includes(current.status)) {
  console.log(`assessment ${id} is ${current.status}: nothing to do`);
  process.exit(0);
}
const path = current.status === 'pending' ? 'abandon' : 'submit';
const response = await fetch(`${BASE}/api/assessments/${id}/${path}`, {
  method: 'POST',
  headers: { ...auth, 'Content-Type': 'application/json' },
  body: path === 'submit' ? JSON.stringify({ notes: 'Submitted by the image smoke test after a failure' }) : undefined,
});
console.log(`assessment ${id}: ${path} answered ${response.status}`);
process.exit(response.ok ? 0 : 1);
