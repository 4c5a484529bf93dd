/** "Welcome back" only for someone who has been here before: a first visit has no assessments yet. */
export function greeting(firstName: string | undefined, returning: boolean): string {
  if (!firstName) return returning ? 'Welcome back' : 'Welcome to Skills Lab';
  return returning ? `Welcome back, ${firstName}` : `Welcome, ${firstName}`;
}
