import { memo, useEffect, useRef, useState } from 'react';

const notesKey = (id: string) => `skillslab.notes.${id}`;

/**
 * A scratch pad for the candidate's plan. Its text is recorded as a `note` event when typing
 * pauses (planning is part of the score) and survives a reload of the tab.
 */
export const NotesPanel = memo(function NotesPanel({
  assessmentId,
  readOnly,
  onNote,
}: {
  assessmentId: string;
  readOnly: boolean;
  onNote: (text: string) => void;
}) {
  const [text, setText] = useState(() => sessionStorage.getItem(notesKey(assessmentId)) ?? '');
  const recorded = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  latest.current = text;
  const onNoteRef = useRef(onNote);
  onNoteRef.current = onNote;

  const record = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current.trim();
    if (value && value !== recorded.current.trim()) {
      recorded.current = latest.current;
      onNoteRef.current(latest.current);
    }
  };

  useEffect(() => () => record(), []);

  return (
    <div className="notes-panel">
      <p className="notes-hint">
        Plan before you prompt: break the task down, list milestones, note decisions. Your notes are part of the session.
      </p>
      <textarea
        value={text}
        readOnly={readOnly}
        placeholder={'1. Read the starter code\n2. Ask the assistant for …\n3. …'}
        onChange={(event) => {
          setText(event.target.value);
          sessionStorage.setItem(notesKey(assessmentId), event.target.value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(record, 3_000);
        }}
        onBlur={record}
        aria-label="Planning notes"
        data-testid="notes-input"
      />
    </div>
  );
});
