// A stand-in for an OpenAI-compatible server (such as a local Ollama or vLLM) on a free loopback port: it answers the
// wire format the platform speaks to such servers — GET /v1/models, POST /v1/chat/completions (streamed as
// server-sent events or whole) — and checks the bearer key it is given. What it was asked is kept for the test.
import { createServer } from 'node:http';

export async function startOpenAiStub({ apiKey, models = ['local-llama-3'], reply = 'Hello from the local model.' }) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({ method: request.method, url: request.url, authorization: request.headers.authorization ?? null, body });
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      response.writeHead(401, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } }));
      return;
    }
    if (request.method === 'GET' && request.url === '/v1/models') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'local' })) }));
      return;
    }
    if (request.method === 'POST' && request.url === '/v1/chat/completions') {
      const asked = JSON.parse(body || '{}');
      const model = asked.model ?? models[0];
      const created = Math.floor(Date.now() / 1000);
      const usage = { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 };
      if (asked.stream) {
        response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
        const words = reply.split(/(?<= )/);
        for (const [index, word] of words.entries()) {
          const delta = index === 0 ? { role: 'assistant', content: word } : { content: word };
          response.write(`data: ${JSON.stringify({ id: 'chatcmpl-stub', object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`);
        }
        response.write(`data: ${JSON.stringify({ id: 'chatcmpl-stub', object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage })}\n\n`);
        response.end('data: [DONE]\n\n');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({
        id: 'chatcmpl-stub',
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
        usage,
      }));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: { message: `no route ${request.method} ${request.url}` } }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
