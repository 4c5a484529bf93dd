// Generated from openapi/assessment-service.json by scripts/api-types.mjs (npm run api:types): do not edit.
// The services write their OpenAPI document when built (target/openapi); npm run api:check finds drift.

export interface paths {
    "/.well-known/skills-lab-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys (JWK set) that verify published results */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/assessments/{id}/score-revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The replaced score reports of an assessment
         * @description Every report a later ScoreComputed replaced, the most recently replaced first, with its scoring version, score, level, when it arrived and when and by which event it was replaced. The current report is the assessment's own. 404 for an unknown assessment.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revision"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is left of the AI limits for one of the caller's assessments
         * @description The assessment's token budget, the caller's daily token budget (renews at 00:00 UTC) and the requests left in the current minute, read from the counters the chat charges; reading them charges nothing. assessmentId missing or not an id: 400 naming it; someone else's assessment: 404.
         */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetStatus"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One chat turn within a running assessment of the caller; recorded on the server
         * @description The body carries only the new user turn; the server sends it with the session's stored chat and the platform's system prompt. 413 when the message cannot fit the request size cap; 429 past the per-minute limit, with 2 answers already on their way, or when the assessment's or the day's token budget cannot hold the request.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChatRequest"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChatAnswer"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/chat/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One chat turn, answered as it is written (server-sent events); recorded on the server
         * @description The same body and refusals as POST /api/ai/chat, answered before the first event with their own status as problem+json. A failure after the stream began arrives as an error event.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChatRequest"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Server-sent events: delta events, then one done or error event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["ChatStreamEvent"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's stored keys: provider and a hint of the last four characters, never the key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KeyList"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Store (or replace) the caller's key for a provider, encrypted
         * @description For openai-compatible the key may come with the caller's own server (baseUrl) and its models; the key may then be empty (servers such as Ollama need none). 400 naming baseUrl when the URL is malformed, not https, or resolves to a private, loopback or link-local address that the operator does not allow.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddKey"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KeyView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/keys/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete the caller's key for a provider */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/keys/{provider}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the stored key with a minimal request to the provider
         * @description For the caller's own server: GET {baseUrl}/models, whose models are then offered; the answer lists the ids of the models the key unlocks.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KeyTest"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The models the caller can use (the offline assistant is always there) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelList"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's assessments, newest first, a page at a time
         * @description taskId filters by task; status takes one status or a comma-separated list (pending,in_progress); from and to (ISO dates, inclusive, UTC) bound the day each was created. total counts all that match, for paging. A bad value: 400 naming the parameter.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day (YYYY-MM-DD, UTC) */
                    from?: unknown;
                    limit?: number;
                    offset?: number;
                    status?: string;
                    taskId?: string;
                    /** @description Last day (YYYY-MM-DD, UTC), inclusive */
                    to?: unknown;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Page"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        /** Create a pending assessment of a task the caller may take (attempt limits apply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Create"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Created"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment with all the workspace needs to resume (task, clock, files, chat) and its score */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Detail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give up an attempt that was not started (owner only)
         * @description A practice attempt then does not count; an invited one only with retakes allowed, and counts.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Abandoned"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The attempt's public result, if it is shared
         * @description 404 when it is not shared; 403 sharing-not-allowed when its invitation does not allow it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResultShare"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish the result of the caller's scored attempt (or change how it names them)
         * @description 201 when it becomes public, 200 when it already was (the share id stays, the name follows the new choice, taken from the caller's token now). 409 not-scored before a score exists; 403 sharing-not-allowed for an invited attempt whose invitation does not allow it; anyone else's attempt 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShareResultInput"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Was public already; updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResultShare"];
                    };
                };
                /** @description Now public */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResultShare"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        /** Take the result back: its public page, JSON, badge and card answer 404 from now on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the clock and provision the sandbox (owner only, from pending) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Started"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit before the deadline; optional files are written to the workspace first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Submit"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submitted"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The owner's replay of a scored assessment
         * @description The session's timeline as the business's evidence report builds it, without the integrity signals and with the hidden test run only as the counts the owner's score report shows. Not scored yet: 409 not-scored; anyone else's: 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OwnTimeline"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a batch of workspace events (deduplicated by event id; refused after submit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrackingBatch"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrackResult"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's copy of their data here (the gateway's GET /api/me/export includes it)
         * @description Every assessment of the caller, newest first, as they see it (task, notes, chat, score report without the hidden tests' output), and the invitations they received, without links. Older assessments beyond the size limit are left out: truncated, omittedAssessments and note say so.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalExport"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's scored assessments over time, for a progress chart
         * @description The latest 100 scored attempts, oldest first, each with its final and category scores.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Progress"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invitation funnel and score figures of the caller's tasks
         * @description Optional taskId; from and to are ISO-8601 dates (whole days, UTC, to included) or date-times with an offset; from must not be after to (400). An invitation counts when it was sent in the period, an attempt when it was created in it. opened is null: the platform does not record when an invitation link is opened.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    taskId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Analytics"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone who took or was invited to one of the caller's tasks
         * @description Attempts with their status and score, and invited people who have not started (no assessmentId, the invitation's status). With each scored attempt: aiUsage (prompts, aiCodeShare) and integrityFlags from the score report (null where the report does not have them); with each attempt the business's review stage (new until reviewed) and rating. Filters: taskId, status (comma-separated), stage (comma-separated review stages), q (name or email); sortBy score|date|name, order asc|desc, page (from 0), size (1-100, default 20).
         */
        get: {
            parameters: {
                query?: {
                    order?: string;
                    page?: string;
                    q?: string;
                    size?: string;
                    sortBy?: string;
                    stage?: string;
                    status?: string;
                    taskId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidatePage"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/candidates/{assessmentId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's private review of an attempt on one of its tasks, with its history
         * @description Stage new, no rating and no notes until the business saves one; history latest first. Never shown to the candidate. Anyone but the task's creator: 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assessmentId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        /**
         * Save the caller's private review of an attempt on one of its tasks
         * @description Replaces stage (new|shortlisted|interview|rejected|hired, required), rating (1-5 or null) and notes (at most 2,000 characters, or null). Every change appends a history row (who, when, old and new values); saving the same values again appends none. Answers the review with its history.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assessmentId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewUpdate"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Review"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/candidates/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Two to five scored attempts on the caller's tasks side by side, ranked
         * @description assessmentIds: 2 to 5 distinct ids, comma-separated (else 400 naming assessmentIds). An id that is not an attempt on one of the caller's tasks is 404; one not scored yet is 409 not-scored, naming them in assessmentIds. Ranking: final score (highest first), then hidden tests passed (most first), then time spent (least first).
         */
        get: {
            parameters: {
                query?: {
                    assessmentIds?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comparison"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/candidates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The candidate list as a CSV file
         * @description The same rows as the list with the same filters and order, every page, one row per candidate. UTF-8 with a byte order mark (for Excel), RFC 4180 quoting, CRLF line ends; text cells starting with =, +, -, @, a tab or a carriage return are prefixed with ' so that a spreadsheet does not run them. format: csv (the default; anything else is 400).
         */
        get: {
            parameters: {
                query?: {
                    format?: string;
                    order?: string;
                    q?: string;
                    sortBy?: string;
                    stage?: string;
                    status?: string;
                    taskId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description The CSV file, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": string;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/reports/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full evidence report of an attempt on one of the caller's tasks
         * @description The candidate, the task, the status and clock, the score report in full (with the hidden tests' messages and the integrity findings the candidate's view leaves out), the hidden test run, AI usage, the chat, and the session's timeline for replay: prompts, answers, file changes (unified diff and the whole file after the change, within caps), commands, test runs, focus, copy and paste, notes, integrity signals and the submit, in time order. Anyone but the task's creator: 404. Works at any status; score, scoreVersion and integrityFlags are null until the attempt is scored.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assessmentId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceReport"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/business/reports/{assessmentId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evidence report of a scored attempt as a PDF
         * @description Header with the candidate, task and dates; the score and level; a bar per category; strengths and improvements with their evidence; the hidden tests; AI usage; integrity findings. Rendered once per score revision and kept: a re-score makes a new one. Not scored yet: 409 not-scored. Anyone but the task's creator: 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assessmentId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description The PDF, as an attachment */
                200: {
                    headers: {
                        /** @description hit: served from the reports bucket; miss: rendered for this request */
                        "X-Report-Cache"?: "hit" | "miss";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's invitations, newest first, with the score of each accepted one once scored */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    taskId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationList"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a candidate by email to one of the caller's tasks
         * @description Answers the access link once; only a hash of its token is stored. The email is sent by notification-service from the InvitationCreated event. Past the business's daily quota (skillslab.invitations.daily-quota, 100): 429 invitation-quota-reached with limit, used, resetsAt and Retry-After. Names and messages with control characters or text-direction overrides: 400 naming the field.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationInput"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedInvitation"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an invitation that was not accepted (sender only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The access link of an invitation that is still waiting, to copy again (sender only)
         * @description 409 link-unavailable for invitations made before links were kept: resend makes a new one.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Link"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email an invitation that is still waiting again (sender only)
         * @description The same link (a fresh one for invitations made before links were kept); at most one resend every 10 minutes (429 with Retry-After) and 5 in all (409 resend-limit).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Resent"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/access/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invitation as anyone holding its link sees it (no sign-in)
         * @description Task, company, sender's message, expiry, status, and the address and name it was sent to (to pre-fill the sign-up form).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Access"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/access/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the invitation as its recipient and get the new assessment (idempotent)
         * @description The signed-in account's verified email must be the invited address (any case).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a pasted list of people, one per line, to one of the caller's tasks
         * @description Each line becomes an invitation exactly as a single one does (InvitationCreated, the email); a line that cannot (invalid-email, invalid-name, invalid-row, duplicate-address: the address is on an earlier line, invitation-pending: one to this task already waits for it, plan-limit-reached and invitation-quota-reached: the month's or the day's invitations are used up) is stored nowhere and listed in failed with its problem, and the others go ahead. 200 when every line was invited, 207 when some were not. At most skillslab.invitations.bulk-limit (200) lines, or 400 on addresses naming the limit; the task as for a single invitation (another business's: 404). Links are not in the answer: GET /api/invitations/{id}/link copies one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulkInvitationInput"];
                };
            };
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Every line was invited */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkInvitationResult"];
                    };
                };
                /** @description Some lines were not invited: failed says which and why */
                207: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkInvitationResult"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/plan-usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations the caller sent this calendar month (UTC) and how many their plan allows
         * @description limit is invitationsThisMonth; periodStart is the first instant of the month in UTC. plan is the plan this service enforces (the latest PlanChanged, else skillslab.plans.default-plan).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Usage1"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/badges/{shareId}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shields-style badge of a published result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shareId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/results/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published result with its Ed25519 signature
         * @description signature.value is the base64url Ed25519 signature of the canonical JSON of result (members sorted, no whitespace, numbers as written), by the key signature.kid of /.well-known/skills-lab-keys.json.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shareId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedPublicResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/results/{shareId}/card.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 1200×630 OpenGraph image of a published result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shareId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/r/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public result page (HTML with OpenGraph tags); an unknown or revoked one is a 404 page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shareId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Refused */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description Failed on the server */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetail"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Abandoned: {
            assessmentId?: components["schemas"]["UUID"];
            status?: string;
        };
        Accepted: {
            assessmentId?: components["schemas"]["UUID"];
            redirectUrl?: string;
        };
        Access: {
            companyName?: string;
            difficulty?: string;
            expiresAt?: components["schemas"]["OffsetDateTime"];
            invitationId?: components["schemas"]["UUID"];
            message?: string;
            recipientEmail?: string;
            recipientName?: string;
            senderName?: string;
            status?: string;
            taskTitle?: string;
            taskType?: string;
            /** Format: int32 */
            timeLimitMinutes?: number;
        };
        ActivityDropped: {
            /** Format: int64 */
            bytes?: number;
            /** Format: int64 */
            count?: number;
        };
        AddKey: {
            apiKey?: string;
            baseUrl?: string;
            models?: string[];
            provider?: string;
        };
        AiUsage: {
            /** Format: double */
            aiCodeShare?: number;
            /** Format: int32 */
            prompts?: number;
        };
        AiUsageDetail: {
            /** Format: double */
            aiCodeShare?: number;
            /** Format: int64 */
            inputTokens?: number;
            modelsUsed?: string[];
            /** Format: int64 */
            outputTokens?: number;
            promptQuality?: components["schemas"]["PromptQuality"];
            /** Format: int32 */
            prompts?: number;
        };
        AiUsageDistribution: {
            aiCodeShare?: components["schemas"]["Bucket"][];
            /** Format: double */
            medianPrompts?: number;
            /** Format: int64 */
            withoutAiCodeShare?: number;
        };
        Analytics: {
            aiUsageDistribution?: components["schemas"]["AiUsageDistribution"];
            attempts?: components["schemas"]["Attempts"];
            averageByCategory?: {
                [key: string]: number;
            };
            /** Format: double */
            averageScore?: number;
            /** Format: double */
            completionRate?: number;
            from?: components["schemas"]["OffsetDateTime"];
            funnel?: components["schemas"]["Funnel"];
            /** Format: double */
            medianTimeSpentSeconds?: number;
            scoreDistribution?: components["schemas"]["Bucket"][];
            taskId?: components["schemas"]["UUID"];
            to?: components["schemas"]["OffsetDateTime"];
        };
        Attempts: {
            /** Format: int64 */
            abandoned?: number;
            /** Format: int64 */
            failed?: number;
            /** Format: int64 */
            scored?: number;
            /** Format: int64 */
            started?: number;
            /** Format: int64 */
            submitted?: number;
            /** Format: int64 */
            total?: number;
        };
        Bucket: {
            /** Format: int64 */
            count?: number;
            /** Format: double */
            from?: number;
            /** Format: double */
            to?: number;
        };
        BudgetStatus: {
            assessment?: components["schemas"]["TokenBudget"];
            daily?: components["schemas"]["DailyBudget"];
            requestsPerMinute?: components["schemas"]["RequestRate"];
        };
        BulkInvitationCreated: {
            email?: string;
            invitationId?: components["schemas"]["UUID"];
            /** Format: int32 */
            row?: number;
        };
        BulkInvitationFailed: {
            input?: string;
            problem?: components["schemas"]["BulkInvitationProblem"];
            /** Format: int32 */
            row?: number;
        };
        BulkInvitationInput: {
            addresses?: string;
            allowResultSharing?: boolean;
            allowRetakes?: boolean;
            expiresAt?: components["schemas"]["OffsetDateTime"];
            locale?: string;
            message?: string;
            taskId?: components["schemas"]["UUID"];
        };
        BulkInvitationProblem: {
            detail?: string;
            title?: string;
            type?: string;
        };
        BulkInvitationResult: {
            created?: components["schemas"]["BulkInvitationCreated"][];
            failed?: components["schemas"]["BulkInvitationFailed"][];
        };
        Candidate: {
            aiUsage?: components["schemas"]["AiUsage"];
            assessmentId?: components["schemas"]["UUID"];
            categoryScores?: {
                [key: string]: number;
            };
            email?: string;
            /** Format: double */
            finalScore?: number;
            integrityFlags?: string[];
            invitationId?: components["schemas"]["UUID"];
            level?: string;
            name?: string;
            /** Format: int32 */
            rating?: number;
            stage?: string;
            status?: string;
            submittedAt?: components["schemas"]["OffsetDateTime"];
            taskId?: components["schemas"]["UUID"];
            taskTitle?: string;
            /** Format: int64 */
            timeSpentSeconds?: number;
        };
        CandidatePage: {
            candidates?: components["schemas"]["Candidate"][];
            /** Format: int64 */
            total?: number;
        };
        CandidateView: {
            email?: string;
            name?: string;
        };
        CategoryAnalysis: {
            reasoning?: string;
            /** Format: double */
            score?: number;
            subitems?: {
                [key: string]: components["schemas"]["SubitemAnalysisEntry"];
            };
        };
        CategoryAnalysisEntry: components["schemas"]["CategoryAnalysis"] | string;
        ChatAnswer: {
            content?: string;
            model?: string;
            usage?: components["schemas"]["Usage"];
        };
        ChatEntry: {
            complete?: boolean;
            content?: string;
            createdAt?: components["schemas"]["OffsetDateTime"];
            id?: components["schemas"]["UUID"];
            model?: string;
            role?: string;
        };
        ChatRequest: {
            assessmentId?: components["schemas"]["UUID"];
            /** Format: int32 */
            maxTokens?: number;
            message?: string;
            model?: string;
        };
        ChatStreamDelta: {
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "delta";
        };
        ChatStreamDone: {
            model: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "done";
            usage?: components["schemas"]["Usage"];
        };
        ChatStreamError: {
            detail: string;
            title: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "error";
        };
        ChatStreamEvent: components["schemas"]["ChatStreamDelta"] | components["schemas"]["ChatStreamDone"] | components["schemas"]["ChatStreamError"];
        Clock: {
            /** Format: int64 */
            remainingSeconds?: number;
            serverTime?: components["schemas"]["OffsetDateTime"];
            warnings?: components["schemas"]["Warning"][];
        };
        CodeSnapshotData: {
            /** @description The full content; this or diff is required. */
            content?: string;
            diff?: string;
            path: string;
        };
        Compared: {
            aiUsage?: components["schemas"]["AiUsageDetail"];
            assessmentId?: components["schemas"]["UUID"];
            categoryScores?: {
                [key: string]: number;
            };
            /** Format: double */
            finalScore?: number;
            hiddenTests?: components["schemas"]["HiddenTests"];
            integrityFlags?: string[];
            level?: string;
            name?: string;
            subitemScores?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            taskId?: components["schemas"]["UUID"];
            taskTitle?: string;
            time?: components["schemas"]["TimeSpent"];
        };
        Comparison: {
            candidates?: components["schemas"]["Compared"][];
            ranking?: string[];
            sameTask?: boolean;
        };
        CopyPasteData: {
            content?: string;
            /** @enum {string} */
            direction: "copy" | "paste";
            /** Format: int32 */
            length?: number;
            path?: string;
            /** @enum {string} */
            source?: "chat" | "editor" | "terminal" | "external";
            /**
             * @description Where a paste landed (source says where the text came from).
             * @enum {string}
             */
            target?: "chat" | "editor" | "terminal";
        };
        Create: {
            invitationId?: components["schemas"]["UUID"];
            taskId?: components["schemas"]["UUID"];
        };
        Created: {
            assessmentId?: components["schemas"]["UUID"];
            status?: string;
        };
        CreatedInvitation: {
            accessLink?: string;
            invitationId?: components["schemas"]["UUID"];
            status?: string;
        };
        DailyBudget: {
            /** Format: int64 */
            limit?: number;
            /** Format: int64 */
            remaining?: number;
            resetsAt?: components["schemas"]["OffsetDateTime"];
            /** Format: int64 */
            used?: number;
        };
        Detail: {
            /** Format: int32 */
            attemptNumber?: number;
            autoSubmitted?: boolean;
            canAbandon?: boolean;
            candidate?: components["schemas"]["CandidateView"];
            chatHistory?: components["schemas"]["ChatEntry"][];
            clock?: components["schemas"]["Clock"];
            companyName?: string;
            createdAt?: components["schemas"]["OffsetDateTime"];
            deadline?: components["schemas"]["OffsetDateTime"];
            failureReason?: string;
            files?: components["schemas"]["FileView"][];
            id?: components["schemas"]["UUID"];
            invitationId?: components["schemas"]["UUID"];
            notes?: string;
            score?: components["schemas"]["ScoreView"];
            startedAt?: components["schemas"]["OffsetDateTime"];
            status?: string;
            submittedAt?: components["schemas"]["OffsetDateTime"];
            task?: components["schemas"]["TaskView"];
            /** Format: int64 */
            timeSpentSeconds?: number;
            viewer?: string;
            websocketUrl?: string;
        };
        DetailedAnalysis: {
            aiUsageAnalysis?: {
                [key: string]: unknown;
            };
            /** @description Per category: the scorer's reasoning, or a sentence in older reports. */
            categoryAnalysis?: {
                [key: string]: components["schemas"]["CategoryAnalysisEntry"];
            };
            codeEvolution?: {
                [key: string]: unknown;
            };
            dataQuality?: {
                [key: string]: unknown;
            };
            /** @description Evaluator (category or category.subitem) to why it failed. */
            failedEvaluators?: {
                [key: string]: unknown;
            };
            integrity?: components["schemas"]["IntegrityAnalysis"];
            judge?: {
                [key: string]: unknown;
            };
            /** @description Where outcome quality was judged from (scoring 1.3.0 and later). */
            outcomeEvidence?: components["schemas"]["OutcomeEvidenceSummary"];
            /** @description How the outcome bounded the level (scoring 1.2.0 and later). */
            outcomeGate?: components["schemas"]["OutcomeGate"];
            /** @description About the candidate, for the business or an admin; absent in reports before 1.2. */
            reviewerSummary?: string;
            scoring?: components["schemas"]["ScoringRun"];
            /** @description Addressed to the candidate ("You scored…"). */
            summary?: string;
            testing?: components["schemas"]["TestingAnalysis"];
            timeAnalysis?: {
                [key: string]: unknown;
            };
            /** @description The weights used, and the business's names of its custom categories. */
            weights?: components["schemas"]["ReportWeights"];
        };
        EvidenceRef: {
            description?: string;
            eventId?: string;
            timestamp?: components["schemas"]["Instant"];
        };
        EvidenceReport: {
            aiUsage?: components["schemas"]["ReportAiUsage"];
            assessmentId?: components["schemas"]["UUID"];
            /** Format: int32 */
            attemptNumber?: number;
            autoSubmitted?: boolean;
            candidate?: components["schemas"]["ReportCandidate"];
            chat?: components["schemas"]["ChatEntry"][];
            hiddenTests?: components["schemas"]["ReportHiddenTests"];
            integrityFlags?: string[];
            invitationId?: components["schemas"]["UUID"];
            notes?: string;
            score?: components["schemas"]["ScoreView"];
            scoredAt?: components["schemas"]["OffsetDateTime"];
            scoreVersion?: components["schemas"]["ReportScoreVersion"];
            startedAt?: components["schemas"]["OffsetDateTime"];
            status?: string;
            submittedAt?: components["schemas"]["OffsetDateTime"];
            task?: components["schemas"]["ReportTask"];
            timeline?: components["schemas"]["TimelineEntry"][];
            timelineSummary?: components["schemas"]["TimelineSummary"];
            /** Format: int64 */
            timeSpentSeconds?: number;
        };
        EvidenceSignals: {
            activityDropped?: components["schemas"]["ActivityDropped"];
            signals?: string[];
        };
        Feedback: {
            category?: string;
            evidence?: components["schemas"]["EvidenceRef"][];
            subitem?: string;
            text?: string;
        };
        File: {
            content?: string;
            path?: string;
        };
        FileOpData: {
            /** @description The new path of a rename. */
            newPath?: string;
            /** @enum {string} */
            op: "create" | "rename" | "delete";
            path: string;
        };
        FileOpenData: {
            path: string;
        };
        FileView: {
            path?: string;
            /** Format: int64 */
            size?: number;
            type?: string;
        };
        FocusChangeData: {
            focused: boolean;
        };
        Funnel: {
            /** Format: int64 */
            accepted?: number;
            /** Format: int64 */
            invited?: number;
            /** Format: int64 */
            opened?: number;
            /** Format: int64 */
            scored?: number;
            /** Format: int64 */
            started?: number;
            /** Format: int64 */
            submitted?: number;
        };
        HiddenTests: {
            counted?: boolean;
            /** Format: int32 */
            passed?: number;
            ran?: boolean;
            /** Format: int32 */
            total?: number;
        };
        HiddenTestsSummary: {
            /** @description False when the submission interfered with the run: then it counts 0. */
            counted?: boolean;
            /** @description Why the suite did not run (the task's owner and admins only). */
            error?: string;
            failedTests?: string[];
            /** Format: int32 */
            passed?: number;
            ran?: boolean;
            timedOut?: boolean;
            /** Format: int32 */
            total?: number;
        };
        Highlight: {
            content?: string;
            description?: string;
            eventId?: string;
            timestamp?: components["schemas"]["Instant"];
            type?: string;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        IntegrityAnalysis: {
            /** Format: int32 */
            contentFreeNotesIgnored?: number;
            evidence?: components["schemas"]["EvidenceSignals"];
            hiddenTestFlags?: string[];
            hiddenTestNote?: string;
            manipulationAttempts?: components["schemas"]["ManipulationAttempt"][];
            note?: string;
            /** Format: int32 */
            notesAddressedToScoringIgnored?: number;
            /** Format: int32 */
            stuffedSentencesIgnored?: number;
        };
        InvitationInput: {
            allowResultSharing?: boolean;
            allowRetakes?: boolean;
            expiresAt?: components["schemas"]["OffsetDateTime"];
            locale?: string;
            message?: string;
            recipientEmail?: string;
            recipientName?: string;
            taskId?: components["schemas"]["UUID"];
        };
        InvitationList: {
            invitations?: components["schemas"]["Summary1"][];
        };
        KeyList: {
            keys?: components["schemas"]["KeyView"][];
        };
        KeyTest: {
            detail?: string;
            models?: string[];
            provider?: string;
            valid?: boolean;
        };
        KeyView: {
            baseUrl?: string;
            createdAt?: components["schemas"]["OffsetDateTime"];
            hint?: string;
            isValid?: boolean;
            lastUsedAt?: components["schemas"]["OffsetDateTime"];
            models?: string[];
            provider?: string;
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        Link: {
            accessLink?: string;
        };
        ManipulationAttempt: {
            eventId?: string;
            excerpt?: string;
            timestamp?: string;
        };
        ModelInfo: {
            default: boolean;
            id: string;
            keyHint?: string;
            keyProvider?: string;
            /** Format: int32 */
            maxTokens: number;
            name: string;
            offline: boolean;
            provider: string;
            /** @enum {string} */
            source: "platform" | "own-key" | "offline";
        };
        ModelList: {
            models?: components["schemas"]["ModelInfo"][];
        };
        ModelSwitchData: {
            from?: string;
            reason?: string;
            to: string;
        };
        NoteData: {
            text: string;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T12:15:50-04:00
         */
        OffsetDateTime: string;
        OutcomeEvidenceSummary: {
            basis?: string;
            note?: string;
            /** @enum {string} */
            source?: "hidden-tests" | "candidate-runs" | "none";
        };
        OutcomeGate: {
            applied?: boolean;
            /** Format: double */
            hiddenPassRate?: number;
            highestAllowedLevel?: string;
            levelBeforeGate?: string;
            /** Format: double */
            outcomeRate?: number;
            outcomeSource?: string;
            reason?: string;
            rule?: string;
            /** Format: double */
            scoreBeforeGate?: number;
        };
        OwnTimeline: {
            assessmentId?: components["schemas"]["UUID"];
            chat?: components["schemas"]["ChatEntry"][];
            timeline?: components["schemas"]["TimelineEntry"][];
            timelineSummary?: components["schemas"]["TimelineSummary"];
        };
        Page: {
            assessments?: components["schemas"]["Summary"][];
            /** Format: int64 */
            total?: number;
        };
        PersonalExport: {
            assessments?: components["schemas"]["Detail"][];
            exportedAt?: components["schemas"]["OffsetDateTime"];
            invitationsReceived?: components["schemas"]["ReceivedInvitation"][];
            /** Format: int32 */
            maxBytes?: number;
            note?: string;
            /** Format: int32 */
            omittedAssessments?: number;
            /** Format: int32 */
            totalAssessments?: number;
            truncated?: boolean;
        };
        /** @description RFC 9457 problem details; an error may add extension members naming what to do instead. */
        ProblemDetail: {
            detail: string;
            /** @description One entry per invalid field (validation errors only). */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** Format: int32 */
            status: number;
            title: string;
            /** @description A stable URI per kind of error, ending in its name (…/not-found). */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ProblemFieldError: {
            field: string;
            message: string;
        };
        Progress: {
            points?: components["schemas"]["ProgressPoint"][];
        };
        ProgressPoint: {
            assessmentId?: components["schemas"]["UUID"];
            categoryScores?: {
                [key: string]: number;
            };
            /** Format: double */
            finalScore?: number;
            scoredAt?: components["schemas"]["OffsetDateTime"];
            taskTitle?: string;
        };
        PromptQuality: {
            /** Format: int32 */
            askedQuestions?: number;
            /** Format: int32 */
            avgOwnWords?: number;
            /** Format: int32 */
            avgPromptLength?: number;
            /** Format: int32 */
            promptsCopyingTheTask?: number;
            /** Format: int32 */
            promptsWithAnchors?: number;
            /** Format: int32 */
            repeatedPrompts?: number;
            /** Format: double */
            repetitionRate?: number;
            usedCodeBlocks?: boolean;
        };
        PublicResult: {
            categoryScores?: {
                [key: string]: number;
            };
            /** @description ISO date (UTC) the attempt was submitted */
            completedAt?: string;
            /**
             * Format: double
             * @description Rounded half-up to one decimal
             */
            finalScore?: number;
            /** @description When Skills Lab issued the score (UTC) */
            issuedAt?: string;
            issuer?: string;
            level?: string;
            /** @description As the candidate chose: full name, initials, or "A Skills Lab candidate" */
            name?: string;
            scoringVersion?: string;
            shareId?: string;
            /** @description At most three titles */
            strengths?: string[];
            taskDifficulty?: string;
            taskTitle?: string;
            /** @description True only when the level rests on hidden tests, a full scoring run and no integrity flag; see the service README */
            verified?: boolean;
        };
        ReceivedInvitation: {
            acceptedAt?: components["schemas"]["OffsetDateTime"];
            assessmentId?: components["schemas"]["UUID"];
            cancelledAt?: components["schemas"]["OffsetDateTime"];
            companyName?: string;
            completedAt?: components["schemas"]["OffsetDateTime"];
            expiresAt?: components["schemas"]["OffsetDateTime"];
            id?: components["schemas"]["UUID"];
            message?: string;
            openedAt?: components["schemas"]["OffsetDateTime"];
            recipientEmail?: string;
            recipientName?: string;
            senderName?: string;
            sentAt?: components["schemas"]["OffsetDateTime"];
            status?: string;
            taskTitle?: string;
        };
        ReportAiUsage: {
            /** Format: double */
            aiCodeShare?: number;
            /** Format: int64 */
            inputTokens?: number;
            modelsUsed?: string[];
            /** Format: int64 */
            outputTokens?: number;
            /** Format: int32 */
            prompts?: number;
            /** @enum {string} */
            source?: "score-report" | "chat";
        };
        ReportCandidate: {
            email?: string;
            name?: string;
        };
        ReportCategoryNames: {
            key?: string;
            name?: string;
            subitems?: components["schemas"]["ReportSubitemName"][];
        };
        ReportHiddenTest: {
            message?: string;
            name?: string;
            passed?: boolean;
        };
        ReportHiddenTests: {
            counted?: boolean;
            /** Format: int64 */
            durationMs?: number;
            error?: string;
            /** Format: int32 */
            failed?: number;
            integrityFlags?: string[];
            /** Format: int32 */
            passed?: number;
            runner?: string;
            tests?: components["schemas"]["ReportHiddenTest"][];
            timedOut?: boolean;
            /** Format: int32 */
            total?: number;
        };
        ReportLevelBand: {
            /** Format: double */
            max?: number;
            /** Format: double */
            min?: number;
            name?: string;
        };
        ReportScoreVersion: {
            /** Format: int64 */
            earlierRevisions?: number;
            eventId?: components["schemas"]["UUID"];
            receivedAt?: components["schemas"]["OffsetDateTime"];
            scoringVersion?: string;
        };
        ReportSubitemName: {
            key?: string;
            name?: string;
        };
        ReportTask: {
            difficulty?: string;
            id?: components["schemas"]["UUID"];
            runtime?: string;
            taskType?: string;
            /** Format: int32 */
            timeLimitMinutes?: number;
            title?: string;
        };
        ReportWeights: {
            categoryWeights?: {
                [key: string]: number;
            };
            customCategories?: components["schemas"]["ReportCategoryNames"][];
            levels?: components["schemas"]["ReportLevelBand"][];
            subitemWeights?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            warnings?: string[];
        };
        RequestRate: {
            /** Format: int32 */
            limit?: number;
            /** Format: int64 */
            remaining?: number;
            resetsAt?: components["schemas"]["OffsetDateTime"];
        };
        Resent: {
            accessLink?: string;
            invitationId?: components["schemas"]["UUID"];
            lastSentAt?: components["schemas"]["OffsetDateTime"];
            /** Format: int32 */
            resendCount?: number;
        };
        ResultShare: {
            /** @enum {string} */
            nameDisplay?: "full" | "initials" | "hidden";
            sharedAt?: components["schemas"]["OffsetDateTime"];
            shareId?: string;
            /** @description The public page, /r/{shareId} under the web app's address */
            url?: string;
        };
        ResultSignature: {
            alg?: string;
            /** @description The key in /.well-known/skills-lab-keys.json */
            kid?: string;
            /** @description base64url Ed25519 signature of the canonical JSON of result */
            value?: string;
        };
        Review: {
            assessmentId?: components["schemas"]["UUID"];
            history?: components["schemas"]["ReviewChange"][];
            notes?: string;
            /** Format: int32 */
            rating?: number;
            stage?: string;
            updatedAt?: components["schemas"]["OffsetDateTime"];
            updatedBy?: string;
        };
        ReviewChange: {
            changedAt?: components["schemas"]["OffsetDateTime"];
            changedBy?: string;
            changedByName?: string;
            from?: components["schemas"]["ReviewState"];
            reason?: string;
            to?: components["schemas"]["ReviewState"];
        };
        ReviewState: {
            notes?: string;
            /** Format: int32 */
            rating?: number;
            stage?: string;
        };
        ReviewUpdate: {
            /** @description Private notes, at most 2,000 characters */
            notes?: string | null;
            /** @description 1 to 5, or null for no rating */
            rating?: number | null;
            /**
             * @description Where the candidate stands in the business's hiring process
             * @enum {string}
             */
            stage: "new" | "shortlisted" | "interview" | "rejected" | "hired";
        };
        Revision: {
            assessmentId?: components["schemas"]["UUID"];
            eventId?: components["schemas"]["UUID"];
            /** Format: double */
            finalScore?: number;
            proficiencyLevel?: string;
            receivedAt?: components["schemas"]["OffsetDateTime"];
            replacedAt?: components["schemas"]["OffsetDateTime"];
            replacedByEventId?: components["schemas"]["UUID"];
            report?: components["schemas"]["ScoreView"];
            revisionId?: components["schemas"]["UUID"];
            scoringVersion?: string;
        };
        ScoreView: {
            aiHighlights?: components["schemas"]["Highlight"][];
            categoryScores?: {
                [key: string]: number;
            };
            detailedAnalysis?: components["schemas"]["DetailedAnalysis"];
            failedEvaluators?: string[];
            /** Format: double */
            finalScore?: number;
            improvements?: components["schemas"]["Feedback"][];
            proficiencyLevel?: string;
            scoringModels?: string[];
            scoringVersion?: string;
            strengths?: components["schemas"]["Feedback"][];
            subitemScores?: {
                [key: string]: {
                    [key: string]: components["schemas"]["SubitemScore"];
                };
            };
        };
        ScoringRun: {
            models?: string[];
            version?: string;
        };
        ShareResultInput: {
            /** @enum {string} */
            nameDisplay?: "full" | "initials" | "hidden";
        };
        SignedPublicResult: {
            result?: components["schemas"]["PublicResult"];
            signature?: components["schemas"]["ResultSignature"];
        };
        Started: {
            assessmentId?: components["schemas"]["UUID"];
            deadline?: components["schemas"]["OffsetDateTime"];
            startedAt?: components["schemas"]["OffsetDateTime"];
            status?: string;
            /** Format: int32 */
            timeLimitMinutes?: number;
            websocketUrl?: string;
        };
        SubitemAnalysis: {
            basis?: string;
            claims?: {
                [key: string]: unknown;
            }[];
            enoughEvidence?: boolean;
            /** Format: double */
            evidenceScore?: number;
            improvementClaims?: {
                [key: string]: unknown;
            }[];
            judgeRationale?: string;
            /** Format: double */
            judgeScore?: number;
            metrics?: {
                [key: string]: unknown;
            };
            reasoning?: string;
            /** Format: double */
            score?: number;
        };
        SubitemAnalysisEntry: components["schemas"]["SubitemAnalysis"] | string;
        SubitemScore: {
            basis?: string;
            enoughEvidence?: boolean;
            /** Format: double */
            evidenceScore?: number;
            /** Format: double */
            judgeScore?: number;
            /** Format: double */
            raw?: number;
            /** Format: double */
            weight?: number;
            /** Format: double */
            weighted?: number;
        };
        Submit: {
            files?: components["schemas"]["File"][];
            notes?: string;
        };
        Submitted: {
            assessmentId?: components["schemas"]["UUID"];
            status?: string;
            submittedAt?: components["schemas"]["OffsetDateTime"];
        };
        Summary: {
            /** Format: int32 */
            attemptNumber?: number;
            canAbandon?: boolean;
            companyName?: string;
            createdAt?: components["schemas"]["OffsetDateTime"];
            /** Format: double */
            finalScore?: number;
            id?: components["schemas"]["UUID"];
            invitationId?: components["schemas"]["UUID"];
            proficiencyLevel?: string;
            startedAt?: components["schemas"]["OffsetDateTime"];
            status?: string;
            submittedAt?: components["schemas"]["OffsetDateTime"];
            taskId?: components["schemas"]["UUID"];
            taskTitle?: string;
            /** Format: int32 */
            timeLimitMinutes?: number;
        };
        Summary1: {
            acceptedAt?: components["schemas"]["OffsetDateTime"];
            allowResultSharing?: boolean;
            allowRetakes?: boolean;
            assessmentId?: components["schemas"]["UUID"];
            assessmentStatus?: string;
            completedAt?: components["schemas"]["OffsetDateTime"];
            expiresAt?: components["schemas"]["OffsetDateTime"];
            /** Format: double */
            finalScore?: number;
            id?: components["schemas"]["UUID"];
            lastSentAt?: components["schemas"]["OffsetDateTime"];
            linkAvailable?: boolean;
            proficiencyLevel?: string;
            recipientEmail?: string;
            recipientName?: string;
            /** Format: int32 */
            resendCount?: number;
            sentAt?: components["schemas"]["OffsetDateTime"];
            status?: string;
            taskId?: components["schemas"]["UUID"];
            taskTitle?: string;
        };
        TaskView: {
            creatorId?: string;
            description?: string;
            difficulty?: string;
            id?: components["schemas"]["UUID"];
            isDefault?: boolean;
            /** Format: int32 */
            maxAttempts?: number;
            runtime?: string;
            taskType?: string;
            /** Format: int32 */
            timeLimitMinutes?: number;
            title?: string;
            usesPlatformKeys?: boolean;
            visibleTestCommand?: string;
        };
        TerminalCommandData: {
            command: string;
        };
        TestingAnalysis: {
            /** Format: int32 */
            failingRuns?: number;
            /** Format: int32 */
            greenMilestones?: number;
            hiddenTests?: components["schemas"]["HiddenTestsSummary"];
            outcomeBasis?: string;
            /** Format: int32 */
            recoveredFailures?: number;
            /** Format: int32 */
            rerunsWithoutChange?: number;
            /** Format: int32 */
            runs?: number;
            /** Format: int32 */
            testRuns?: number;
        };
        TestRunData: {
            command: string;
            /** Format: int64 */
            durationMs?: number;
            /** Format: int32 */
            exitCode?: number;
            /** Format: int32 */
            failed?: number;
            /** Format: int32 */
            passed?: number;
        };
        TimelineEntry: {
            at?: components["schemas"]["Instant"];
            autoSubmitted?: boolean;
            code?: string;
            command?: string;
            complete?: boolean;
            content?: string;
            contentTruncated?: boolean;
            details?: {
                [key: string]: unknown;
            };
            diff?: string;
            diffTruncated?: boolean;
            /** Format: int64 */
            durationMs?: number;
            eventId?: string;
            /** Format: int32 */
            exitCode?: number;
            focused?: boolean;
            hidden?: boolean;
            /** Format: int64 */
            inputTokens?: number;
            /** @enum {string} */
            kind?: "prompt" | "answer" | "file-change" | "file-open" | "command" | "test-run" | "focus" | "paste" | "copy" | "note" | "model-switch" | "integrity" | "submit";
            /** Format: int64 */
            latencyMs?: number;
            /** Format: int32 */
            length?: number;
            /** Format: int32 */
            linesAdded?: number;
            /** Format: int32 */
            linesRemoved?: number;
            model?: string;
            newPath?: string;
            /** Format: double */
            offsetSeconds?: number;
            /** @enum {string} */
            op?: "edit" | "create" | "rename" | "delete";
            origin?: string;
            /** Format: int64 */
            outputTokens?: number;
            path?: string;
            previousModel?: string;
            provider?: string;
            /** @enum {string} */
            recordedBy?: "client" | "server" | "platform";
            requestId?: string;
            stopped?: boolean;
            /** Format: int32 */
            testsFailed?: number;
            /** Format: int32 */
            testsPassed?: number;
            /** Format: int32 */
            testsTotal?: number;
            text?: string;
            textTruncated?: boolean;
            timedOut?: boolean;
        };
        TimelineSummary: {
            contentTruncated?: boolean;
            /** Format: int32 */
            entries?: number;
            /** Format: int32 */
            events?: number;
            /** Format: int32 */
            skippedEvents?: number;
            /** Format: int32 */
            trackingObjects?: number;
            warnings?: string[];
        };
        TimeSpent: {
            /** Format: int64 */
            aiInteractionSeconds?: number;
            /** Format: int64 */
            codingSeconds?: number;
            /** Format: int64 */
            idleSeconds?: number;
            /** Format: int64 */
            planningSeconds?: number;
            /** Format: int64 */
            spentSeconds?: number;
            /** Format: int64 */
            terminalSeconds?: number;
            /** Format: int64 */
            timeLimitSeconds?: number;
            /** Format: int64 */
            trackedSeconds?: number;
        };
        TokenBudget: {
            /** Format: int64 */
            limit?: number;
            /** Format: int64 */
            remaining?: number;
            /** Format: int64 */
            used?: number;
        };
        TrackedEvent: {
            data: components["schemas"]["CodeSnapshotData"] | components["schemas"]["FileOpData"] | components["schemas"]["FileOpenData"] | components["schemas"]["TerminalCommandData"] | components["schemas"]["ModelSwitchData"] | components["schemas"]["CopyPasteData"] | components["schemas"]["TestRunData"] | components["schemas"]["FocusChangeData"] | components["schemas"]["NoteData"];
            /** @description Unique per assessment, chosen by the client; a repeated id is dropped. */
            id: string;
            /** @description ISO-8601 with a zone, by the client's clock. */
            timestamp: string;
            /** @enum {string} */
            type: "code_snapshot" | "file_op" | "file_open" | "terminal_command" | "model_switch" | "copy_paste" | "test_run" | "focus_change" | "note";
        };
        TrackingBatch: {
            events: components["schemas"]["TrackedEvent"][];
        };
        TrackResult: {
            /** Format: int32 */
            accepted?: number;
            /** Format: int32 */
            duplicates?: number;
            /** Format: int32 */
            ignored?: number;
        };
        Usage: {
            /** Format: int32 */
            inputTokens?: number;
            /** Format: int32 */
            outputTokens?: number;
            /** Format: int32 */
            totalTokens?: number;
        };
        Usage1: {
            limit?: string;
            /** Format: int32 */
            max?: number;
            periodStart?: components["schemas"]["OffsetDateTime"];
            plan?: string;
            /** Format: int64 */
            used?: number;
        };
        /** Format: uuid */
        UUID: string;
        Warning: {
            at?: components["schemas"]["OffsetDateTime"];
            due?: boolean;
            /** Format: int32 */
            minutesLeft?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
