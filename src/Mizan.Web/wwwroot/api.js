// Calls to the HTTP API; an error response (RFC 7807 problem details) becomes an ApiError with its message.

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

export async function getJson(path, parameters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters ?? {})) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return read(await fetch(text ? `${path}?${text}` : path, { headers: { Accept: 'application/json' } }));
}

export async function upload(files) {
  const form = new FormData();
  for (const file of files) {
    form.append('files', file, file.name);
  }
  return read(await fetch('api/ingest', { method: 'POST', body: form }));
}
