// GreenMail, where the local platform's email lands: a person's inbox, their messages decoded, links found in them.
import { waitUntil } from './browser.mjs';

export const GREENMAIL_API = (process.env.GREENMAIL_API ?? 'http://127.0.0.1:8025').replace(/\/$/, '');


export async function inbox(address) {
  const url = `${GREENMAIL_API}/api/user/${encodeURIComponent(address)}/messages/INBOX`;
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`GreenMail is not reachable at ${GREENMAIL_API} (${error.cause?.code ?? error.message}); set GREENMAIL_API`);
  }
  const body = await response.json().catch(() => null);
  // GreenMail knows an address only once mail has arrived for it: before that it answers 404, or 400 "not found".
  if (response.status === 404 || (response.status === 400 && /not found/i.test(body?.message ?? ''))) return [];
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${response.status}: ${JSON.stringify(body)}`);
  return Array.isArray(body) ? body : (body?.messages ?? []);
}

/** The text of a MIME message, with its base64 and quoted-printable parts decoded (what GreenMail's API returns). */
export function decodeMime(mime) {
  const texts = [];
  for (const match of mime.matchAll(/Content-Transfer-Encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)) {
    texts.push(Buffer.from(match[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
  }
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(mime)) {
    // Soft line breaks first, then each run of =XX bytes as UTF-8.
    texts.push(
      mime
        .replace(/=\r?\n/g, '')
        .replace(/(?:=[0-9A-F]{2})+/gi, (run) => Buffer.from(run.split('=').slice(1).map((hex) => parseInt(hex, 16))).toString('utf8')),
    );
  } else {
    texts.push(mime);
  }
  return texts.join('\n').replace(/&amp;/g, '&');
}

/** The HTML part of a MIME message, decoded. */
export function htmlPart(mime) {
  const match = mime.match(/Content-Type:\s*text\/html[^\r\n]*\r?\n((?:[^\r\n]+\r?\n)*)\r?\n([\s\S]*?)(?:\r?\n--|$)/i);
  if (!match) return '';
  const [, headers, body] = match;
  if (/quoted-printable/i.test(headers)) {
    return body
      .replace(/=\r?\n/g, '')
      .replace(/(?:=[0-9A-F]{2})+/gi, (run) => Buffer.from(run.split('=').slice(1).map((hex) => parseInt(hex, 16))).toString('utf8'));
  }
  return /base64/i.test(headers) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
}

export function findLink(text, pattern) {
  const match = text.match(pattern);
  return match ? match[0].replace(/[.)>\]]+$/, '') : null;
}

/** Waits for a message to `address` whose subject matches, newer than the first `skip` messages. */
export async function waitForMail(address, { subject, skip = 0, timeoutMs = 90_000 }) {
  let subjects = [];
  return waitUntil(
    async () => {
      const messages = (await inbox(address)).slice(skip);
      subjects = messages.map((m) => m.subject ?? '');
      return messages.find((m) => subject.test(m.subject ?? '')) ?? null;
    },
    {
      timeoutMs,
      intervalMs: 2_000,
      message: `an email to ${address} with a subject matching ${subject} in ${GREENMAIL_API} (subjects seen: ${JSON.stringify(subjects)})`,
    },
  );
}
