// Keyboard handling of the terminal that xterm.js leaves to its host page.

/** The id of the bottom bar's "Esc then Tab" hint, which the terminal's input points to. */
export const TERMINAL_HINT_ID = 'terminal-focus-hint';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/**
 * The shell needs Tab (completion), so the terminal keeps it: Escape then Tab (or Shift+Tab) lets the
 * browser move focus on instead. Escape still reaches the shell, so vi and friends keep working.
 */
export function leaveWithEscapeTab(): (event: KeyboardEvent) => boolean {
  let armed = false;
  return (event) => {
    if (event.key === 'Tab' && armed) {
      if (event.type === 'keydown') armed = false;
      return false;
    }
    if (event.type === 'keydown' && !MODIFIERS.has(event.key)) armed = event.key === 'Escape';
    return true;
  };
}
