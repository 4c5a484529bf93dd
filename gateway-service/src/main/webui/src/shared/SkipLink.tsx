/**
 * The first stop of the Tab key on every page: jumps past the header to the page's main region.
 * Focus moves by script so the router's URL does not gain a #fragment; the target is focusable only
 * until focus leaves it (a permanently focusable <main> would take focus on every click inside it).
 */
export function SkipLink({ target = 'main', children = 'Skip to content' }: { target?: string; children?: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      data-testid="skip-link"
      onClick={(event) => {
        const main = document.getElementById(target);
        if (!main) return;
        event.preventDefault();
        main.setAttribute('tabindex', '-1');
        main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
        main.focus();
        main.scrollIntoView({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
