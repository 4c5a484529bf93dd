import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';
import { isSameOriginPath } from './sameOrigin';

describe('Markdown', () => {
  it('renders GitHub-flavoured tables as tables inside a horizontal scroll box', () => {
    render(<Markdown>{'| Method | Path |\n| --- | --- |\n| `GET` | /todos |\n| `POST` | /todos |'}</Markdown>);
    const table = screen.getByRole('table');
    expect(table.tagName).toBe('TABLE');
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Method', 'Path']);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(table.parentElement).toHaveAttribute('data-testid', 'md-table-scroll');
    expect(table.parentElement).toHaveClass('md-scroll');
    expect(screen.queryByText(/\|/)).toBeNull();
  });

  it('puts code blocks in a scroll container and keeps the copy button', () => {
    const { container } = render(<Markdown>{'```python\nprint("a very long line that should scroll rather than wrap")\n```'}</Markdown>);
    const pre = container.querySelector('pre');
    expect(pre).not.toBeNull();
    expect(pre?.parentElement).toHaveAttribute('data-testid', 'md-code-scroll');
    expect(pre?.parentElement).toHaveClass('md-scroll');
    expect(screen.getByTestId('copy-code')).toBeInTheDocument();
  });

  it('renders strikethrough and task lists', () => {
    const { container } = render(<Markdown>{'~~old~~ new\n\n- [x] done\n- [ ] todo'}</Markdown>);
    expect(container.querySelector('del')).toHaveTextContent('old');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toBeChecked();
    expect(boxes[1]).not.toBeChecked();
  });

  it('does not render raw HTML', () => {
    const { container } = render(<Markdown>{'<img src=x onerror="alert(1)"> text'}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
  });

  it('never loads a remote image: it becomes a link named by its alt text', () => {
    const { container } = render(
      <Markdown>{'See ![the chart](https://tracker.example/pixel.png?u=1) and ![](//cdn.example/x.png) here'}</Markdown>,
    );
    expect(container.querySelector('img')).toBeNull();
    const links = screen.getAllByTestId('md-image-link');
    expect(links[0]).toHaveAttribute('href', 'https://tracker.example/pixel.png?u=1');
    expect(links[0]).toHaveTextContent('[the chart]');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getAllByTestId('md-image-blocked')[0]).toHaveTextContent('[image]');
  });

  it('never loads a reference-style remote image either', () => {
    const { container } = render(<Markdown>{'![logo][l]\n\n[l]: http://evil.example/logo.svg'}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('md-image-link')).toHaveTextContent('[logo]');
  });

  it('shows an image of this site', () => {
    const { container } = render(<Markdown>{'![diagram](/static/diagram.png)'}</Markdown>);
    expect(container.querySelector('img')).toHaveAttribute('src', '/static/diagram.png');
  });

  it('tells a path of this site from another origin', () => {
    expect(isSameOriginPath('/a.png')).toBe(true);
    expect(isSameOriginPath('img/a.png')).toBe(true);
    for (const remote of ['https://x.example/a.png', '//x.example/a.png', '/\\x.example/a.png', 'data:image/png;base64,AA', ' HTTP://x', '']) {
      expect(isSameOriginPath(remote)).toBe(false);
    }
  });
});
