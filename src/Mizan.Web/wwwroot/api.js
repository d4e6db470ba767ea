// Calls to the HTTP API; an error response (RFC 7807 problem details) becomes an ApiError with its message. Every
// call carries the access key when there is one; a 401 asks for it (key.js) and the call is sent again with it.
import { askForKey, forgetKey, storedKey } from './key.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function read(response) {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const errors = body?.errors ? Object.values(body.errors).flat().join(' ') : null;
    throw new ApiError(response.status, errors ? { ...body, detail: errors } : body);
  }
  return body;
}

async function send(path, init) {
  for (;;) {
    const key = storedKey();
    const headers = key ? { ...init.headers, Authorization: `Bearer ${key}` } : init.headers;
    const response = await fetch(path, { ...init, headers });
    if (response.status !== 401) {
      return read(response);
    }
    // Another call may have been given a key while this one was on its way: it is tried before asking again.
    if (storedKey() !== key) {
      continue;
    }
    forgetKey();
    const wrong = key !== null || (response.headers.get('www-authenticate') ?? '').includes('invalid_token');
    if (await askForKey(wrong) === null) {
      return read(response);
    }
  }
}

export async function getJson(path, parameters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters ?? {})) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return send(text ? `${path}?${text}` : path, { headers: { Accept: 'application/json' } });
}

export async function upload(files) {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file, file.name);
  }
  return send('api/ingest', { method: 'POST', body: form });
}
