import { useState, type ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import type { ElementContent } from 'hast';
import 'highlight.js/styles/github-dark.css';
import './markdown.css';
import { isSameOriginPath } from './sameOrigin';

function textOf(nodes: readonly ElementContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') out += textOf(node.children);
  }
  return out;
}

type PreProps = ComponentPropsWithoutRef<'pre'> & ExtraProps;
type TableProps = ComponentPropsWithoutRef<'table'> & ExtraProps;
type ImageProps = ComponentPropsWithoutRef<'img'> & ExtraProps;

function CodeBlock({ node, children, onCopyCode, ...rest }: PreProps & { onCopyCode?: (text: string) => void }) {
  const [copied, setCopied] = useState(false);
  const text = node ? textOf(node.children).replace(/\n$/, '') : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
    onCopyCode?.(text);
  };
  return (
    <div className="md-code">
      <button type="button" className="md-code-copy" onClick={() => void copy()} data-testid="copy-code">
        {copied ? 'Copied' : 'Copy'}
      </button>
      {/* Long lines scroll sideways rather than wrap: wrapped code reads as different code. */}
      {/* Focusable so that the keyboard can scroll it too. */}
      <div className="md-scroll" data-testid="md-code-scroll" tabIndex={0} role="group" aria-label="Code">
        <pre {...rest}>{children}</pre>
      </div>
    </div>
  );
}

/** Wide tables scroll inside their own box, so a narrow panel never squeezes or overflows them. */
function Table({ node: _node, ...props }: TableProps) {
  return (
    <div className="md-scroll md-table" data-testid="md-table-scroll">
      <table {...props} />
    </div>
  );
}

/** A remote image is never loaded: it becomes a link the reader may follow, named by its alt text. */
function Image({ node: _node, src, alt, title }: ImageProps) {
  const source = typeof src === 'string' ? src : '';
  if (isSameOriginPath(source)) return <img src={source} alt={alt ?? ''} title={title} />;
  const label = alt && alt.trim() !== '' ? alt : 'image';
  if (!/^https?:\/\//i.test(source)) return <span data-testid="md-image-blocked">[{label}]</span>;
  return (
    <a href={source} target="_blank" rel="noopener noreferrer" data-testid="md-image-link" title={title}>
      [{label}]
    </a>
  );
}

/**
 * GitHub-flavoured Markdown (tables, strikethrough, task lists, autolinks) with highlighted code
 * blocks, each with a copy button. Raw HTML in the source is not rendered, links open in a new tab, and images
 * from another origin are shown as links, never loaded.
 */
export function Markdown({
  children,
  className,
  onCopyCode,
}: {
  children: string;
  className?: string;
  /** Told about every code block the user copies with its button. */
  onCopyCode?: (text: string) => void;
}) {
  const components: Components = {
    pre: (props) => <CodeBlock {...props} onCopyCode={onCopyCode} />,
    table: Table,
    img: Image,
    a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  };
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <ReactMarkdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeHighlight, { detect: false }]]}
        components={components}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
