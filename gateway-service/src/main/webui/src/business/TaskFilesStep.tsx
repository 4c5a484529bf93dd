import { useRef, useState, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../api/client';
import type { FileVisibility, TaskFile } from '../api/types';
import { Button } from '../shared/Button';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorState } from '../shared/ErrorState';
import { FormField } from '../shared/FormField';
import { inputProps } from '../shared/inputProps';
import { fieldSentence } from '../shared/fieldErrors';
import { formatBytes } from '../shared/format';
import { useToast } from '../shared/useToast';
import { HIDDEN_DIR, pathForVisibility, pathProblem } from './taskFilePaths';

function FileTable({
  title,
  description,
  files,
  testId,
  onDownload,
  onDelete,
  busyId,
  readOnly,
}: {
  readOnly: boolean;
  title: string;
  description: string;
  files: TaskFile[];
  testId: string;
  onDownload: (file: TaskFile) => void;
  onDelete: (file: TaskFile) => void;
  busyId: string | null;
}) {
  return (
    <section className="file-section" data-testid={testId}>
      <h2>
        {title} <span className="count-badge">{files.length}</span>
      </h2>
      <p className="muted small">{description}</p>
      {files.length === 0 ? (
        <p className="muted small empty-files">None yet.</p>
      ) : (
        <table className="table files-table">
          <tbody>
            {[...files]
              .sort((a, b) => a.path.localeCompare(b.path))
              .map((file) => (
                <tr key={file.id} data-testid="task-file" data-path={file.path}>
                  <td>
                    <code>{file.path}</code>
                  </td>
                  <td className="muted small nowrap">{file.fileType}</td>
                  <td className="muted small nowrap right">{formatBytes(file.sizeBytes)}</td>
                  <td className="right nowrap">
                    <Button size="sm" variant="ghost" loading={busyId === `get-${file.id}`} onClick={() => onDownload(file)} data-testid="download-file">
                      Download
                    </Button>
                    {!readOnly && (
                      <Button size="sm" variant="ghost" className="danger-text" onClick={() => onDelete(file)} data-testid="delete-file">
                        Delete
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Upload, list, download and delete a task's files: starter files for candidates, hidden tests for scoring. */
export function TaskFilesStep({
  taskId,
  files,
  onFilesChange,
  readOnly = false,
}: {
  taskId: string | null;
  files: TaskFile[];
  onFilesChange: (files: TaskFile[]) => void;
  readOnly?: boolean;
}) {
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [path, setPath] = useState('');
  const [visibility, setVisibility] = useState<FileVisibility>('starter');
  const [pathError, setPathError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [uploadError, setUploadError] = useState<ApiError | null>(null);
  /** When the refusal is shown under its field: the problem's title, once. */
  const [uploadSummary, setUploadSummary] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<TaskFile | null>(null);

  if (!taskId) {
    return (
      <div className="notice notice-info" data-testid="files-need-task">
        Create the task first: its files are stored with it. Use <strong>Create task</strong> below, then come back to this
        step.
      </div>
    );
  }

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(undefined);
    setUploadError(null);
    setUploadSummary(null);
    if (chosen) {
      // Keep a folder the user typed; take the name from the chosen file.
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : visibility === 'hidden' ? HIDDEN_DIR : '';
      setPath(`${folder}${chosen.name}`);
      setPathError(undefined);
    }
  };

  const changeVisibility = (next: FileVisibility) => {
    setVisibility(next);
    if (path) setPath(pathForVisibility(path, next));
    setPathError(undefined);
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setUploadError(null);
    setUploadSummary(null);
    const problem = pathProblem(path, visibility);
    setPathError(problem ?? undefined);
    setFileError(file ? undefined : 'Choose a file to upload.');
    if (problem || !file) return;
    setUploading(true);
    try {
      const stored = await api.uploadTaskFile(taskId, file, path.trim(), visibility);
      const withVisibility: TaskFile = { ...stored, visibility: stored.visibility ?? visibility };
      const others = files.filter((f) => f.id !== stored.id && !(f.path === stored.path && (f.visibility ?? 'starter') === withVisibility.visibility));
      onFilesChange([...others, withVisibility]);
      toast.show({ kind: 'success', title: 'File uploaded', detail: stored.path });
      setFile(null);
      setPath(visibility === 'hidden' ? HIDDEN_DIR : '');
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      const apiError = toApiError(err);
      const pathMessage = apiError.errors?.find((e) => e.field === 'path')?.message;
      const fileMessage = apiError.errors?.find((e) => e.field === 'file')?.message;
      if (pathMessage) setPathError(fieldSentence('The path', pathMessage));
      if (fileMessage) setFileError(fieldSentence('The file', fileMessage));
      if (pathMessage || fileMessage) setUploadSummary(`${apiError.title} (HTTP ${apiError.status})`);
      else setUploadError(apiError);
    } finally {
      setUploading(false);
    }
  };

  const download = async (target: TaskFile) => {
    setBusyId(`get-${target.id}`);
    try {
      const { blob, fileName } = await api.downloadTaskFile(taskId, target.id, target.path.split('/').pop());
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The file could not be downloaded', detail: apiError.detail || apiError.title });
    } finally {
      setBusyId(null);
    }
  };

  const remove = async () => {
    if (!toDelete) return;
    setBusyId(`del-${toDelete.id}`);
    try {
      await api.deleteTaskFile(taskId, toDelete.id);
      onFilesChange(files.filter((f) => f.id !== toDelete.id));
      toast.show({ kind: 'success', title: 'File deleted', detail: toDelete.path });
      setToDelete(null);
    } catch (err) {
      const apiError = toApiError(err);
      toast.show({ kind: 'error', title: 'The file could not be deleted', detail: apiError.detail || apiError.title });
    } finally {
      setBusyId(null);
    }
  };

  const starter = files.filter((f) => (f.visibility ?? 'starter') !== 'hidden');
  const hidden = files.filter((f) => f.visibility === 'hidden');

  return (
    <div className="files-step" data-testid="files-step">
      {!readOnly && (
        <form className="card upload-card" onSubmit={(event) => void upload(event)} noValidate data-testid="upload-form">
          <h2>Add a file</h2>
          <div className="visibility-choice" role="radiogroup" aria-label="Who sees the file">
            <label className={visibility === 'starter' ? 'selected' : ''}>
              <input type="radio" name="visibility" checked={visibility === 'starter'} onChange={() => changeVisibility('starter')} data-testid="visibility-starter" />
              <span>
                <strong>Starter file</strong>
                <small>Given to candidates in their workspace.</small>
              </span>
            </label>
            <label className={visibility === 'hidden' ? 'selected' : ''}>
              <input type="radio" name="visibility" checked={visibility === 'hidden'} onChange={() => changeVisibility('hidden')} data-testid="visibility-hidden" />
              <span>
                <strong>Hidden test</strong>
                <small>Runs when the candidate submits; never shown to them.</small>
              </span>
            </label>
          </div>
          <div className="form-grid">
            <FormField id="upload-file" label="File" error={fileError}>
              <input
                ref={fileInput}
                {...inputProps('upload-file', fileError)}
                type="file"
                onChange={(e) => choose(e.target.files?.[0] ?? null)}
                data-testid="file-input"
              />
            </FormField>
            <FormField
              id="upload-path"
              label="Path in the workspace"
              error={pathError}
              hint={visibility === 'hidden' ? `Under ${HIDDEN_DIR}, e.g. ${HIDDEN_DIR}test_app.py` : 'Relative, e.g. src/app.py'}
            >
              <input
                {...inputProps('upload-path', pathError, true)}
                className="mono"
                value={path}
                onChange={(e) => {
                  setPath(e.target.value);
                  setPathError(undefined);
                }}
                placeholder={visibility === 'hidden' ? `${HIDDEN_DIR}test_app.py` : 'src/app.py'}
                data-testid="file-path"
              />
            </FormField>
          </div>
          <p className="muted small">
            Text files only: source code, Markdown, JSON, CSV, YAML… A file at an existing path replaces it.
          </p>
          {uploadSummary && (
            <div className="form-errors" role="alert" data-testid="upload-refused">
              The file was not stored: {uploadSummary}.
            </div>
          )}
          {uploadError && <ErrorState compact error={uploadError} title="The file was not stored" />}
          <div className="form-actions">
            <Button type="submit" variant="primary" loading={uploading} data-testid="upload-file">
              Upload
            </Button>
          </div>
        </form>
      )}
      <div className="card">
        <FileTable
          title="Starter files"
          description="What candidates find in their workspace when they start."
          files={starter}
          testId="starter-files"
          onDownload={(f) => void download(f)}
          onDelete={setToDelete}
          busyId={busyId}
          readOnly={readOnly}
        />
        <FileTable
          title="Hidden test suite"
          description="Run against the candidate’s code after submission; candidates never see these files."
          files={hidden}
          testId="hidden-files"
          onDownload={(f) => void download(f)}
          onDelete={setToDelete}
          busyId={busyId}
          readOnly={readOnly}
        />
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete ${toDelete?.path ?? ''}?`}
        confirmLabel="Delete file"
        danger
        busy={busyId?.startsWith('del-') ?? false}
        onConfirm={() => void remove()}
        onCancel={() => setToDelete(null)}
        confirmTestId="confirm-delete-file"
      >
        <p>Candidates who start the task from now on will not get this file.</p>
      </ConfirmDialog>
    </div>
  );
}
