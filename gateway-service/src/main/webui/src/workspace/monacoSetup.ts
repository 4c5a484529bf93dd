// Monaco from the local package, never from a CDN: the loader of @monaco-editor/react is
// pointed at this bundle, and the language workers are built by Vite from node_modules.
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import CssWorker from 'monaco-editor/language/css/css.worker?worker';
import HtmlWorker from 'monaco-editor/language/html/html.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'css':
      case 'scss':
      case 'less':
        return new CssWorker();
      case 'html':
      case 'handlebars':
      case 'razor':
        return new HtmlWorker();
      case 'typescript':
      case 'javascript':
        return new TsWorker();
      default:
        return new EditorWorker();
    }
  },
};

loader.config({ monaco });

/** The model URI of a workspace file (`file:///workspace/<path>`). */
export function modelUri(path: string): string {
  return monaco.Uri.file(`/workspace/${path}`).toString();
}

/** Drops the editor model of a closed, renamed or deleted file so that it is re-read next time. */
export function disposeModel(path: string): void {
  monaco.editor.getModel(monaco.Uri.parse(modelUri(path)))?.dispose();
}

export { monaco };
