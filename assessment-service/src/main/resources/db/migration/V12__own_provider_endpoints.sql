-- An OpenAI-compatible key may come with the candidate's own server (Ollama, vLLM): its base URL, sealed like the key,
-- and the models it serves (given by the candidate or discovered from GET {base}/models), one per line.
ALTER TABLE api_keys ADD COLUMN base_url_encrypted BYTEA;
ALTER TABLE api_keys ADD COLUMN models TEXT;
