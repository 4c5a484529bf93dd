// Accessibility checks with axe-core, run inside the page under test: WCAG 2 A/AA and axe's best practices.
// Serious and critical violations fail the step; moderate and minor ones are printed as warnings.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TARGET_DIR } from './browser.mjs';

const require = createRequire(import.meta.url);
let axeSource;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const FAILING = new Set(['serious', 'critical']);

// Third-party DOM we do not render ourselves and cannot change; each entry says why it is left out.
const THIRD_PARTY = [
  // Monaco's own editing surface: a hidden textarea and view layers it manages (its overflow widgets, minimap and
  // hover canvases have no text alternative by design; Monaco exposes the text through its own aria-live textarea).
  '.monaco-editor',
  // Monaco's overflow widgets (hover, suggest) are appended to the body outside the editor.
  '.monaco-aria-container',
  // xterm.js's screen: its rows, the helper textarea and the accessibility tree it keeps itself.
  '.xterm',
];

/**
 * Runs axe-core on the current page and fails when it finds serious or critical violations.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} label what the page is, for the messages and `target/axe-summary.jsonl`
 * @param {{ exclude?: string[] }} [options] further CSS selectors to leave out (third-party internals only)
 */
export async function assertAccessible(page, label, { exclude = [] } = {}) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the DevTools protocol rather than added as an inline <script>: the app's
    // Content-Security-Policy (served by the mocked tests as by the gateway) refuses inline scripts.
    await page.evaluate(axeSource);
  }
  // Colours are measured as painted: let running transitions (a button turning enabled, a dialog fading in)
  // end first. Endless animations such as spinners are not waited for.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const excluded = [...THIRD_PARTY, ...exclude];
  const results = await page.evaluate(
    async ({ tags, excluded }) => {
      const context = { include: [document], exclude: excluded.filter((s) => document.querySelector(s)).map((s) => [s]) };
      const run = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return run.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        count: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' '),
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), why: n.failureSummary?.split('\n')[1]?.trim() })),
      }));
    },
    { tags: TAGS, excluded },
  );

  const failing = results.filter((v) => FAILING.has(v.impact));
  const warnings = results.filter((v) => !FAILING.has(v.impact));
  const describe = (v) => `  ${v.impact} ${v.id} (${v.count}×): ${v.help}\n    at ${v.targets.join(' | ')}${v.summary ? `\n    ${v.summary}` : ''}`;
  for (const v of warnings) console.warn(`[axe warning] ${label}\n${describe(v)}`);

  await mkdir(TARGET_DIR, { recursive: true });
  await appendFile(
    join(TARGET_DIR, 'axe-summary.jsonl'),
    `${JSON.stringify({ label, failing: failing.map((v) => [v.id, v.count]), warnings: warnings.map((v) => [v.id, v.count]), nodes: results.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes })) })}\n`,
  );

  if (failing.length === 0) return;
  const message = `${label}: ${failing.length} serious or critical accessibility violation(s)\n${failing.map(describe).join('\n')}`;
  // AXE_REPORT_ONLY=1 lists the violations without failing, to survey a page before fixing it.
  if (process.env.AXE_REPORT_ONLY) {
    console.warn(`[axe] ${message}`);
    return;
  }
  throw new Error(message);
}
