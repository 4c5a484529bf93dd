import { ConfirmDialog } from '../shared/ConfirmDialog';
import type { TreeNode } from './fileTree';

export function DeleteFileDialog({
  node,
  busy,
  onCancel,
  onConfirm,
}: {
  node: TreeNode | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <ConfirmDialog
      open={node !== null}
      title={`Delete ${node?.name ?? ''}?`}
      confirmLabel="Delete"
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
      confirmTestId="confirm-delete"
    >
      <p>
        {node?.type === 'directory'
          ? 'The folder and everything in it will be removed from your workspace.'
          : 'The file will be removed from your workspace.'}
      </p>
    </ConfirmDialog>
  );
}
