import type { KeyboardEvent } from 'react';

/**
 * Arrow keys, Home and End on a `role="tablist"`: focus moves to the next tab and selects it (the tabs
 * themselves carry a roving tabindex, so the row is one Tab stop).
 */
export function onTablistKeyDown(event: KeyboardEvent<HTMLElement>) {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])')];
  const current = tabs.findIndex((tab) => tab === document.activeElement);
  if (current === -1) return;
  const next =
    event.key === 'ArrowRight'
      ? (current + 1) % tabs.length
      : event.key === 'ArrowLeft'
        ? (current - 1 + tabs.length) % tabs.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? tabs.length - 1
            : null;
  if (next === null) return;
  event.preventDefault();
  tabs[next].focus();
  tabs[next].click();
}
