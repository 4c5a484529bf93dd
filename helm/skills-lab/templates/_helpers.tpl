{{/* Names, labels and the small computations every template shares. */}}

{{- define "skills-lab.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "skills-lab.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "skills-lab.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: skills-lab
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "skills-lab.labels" -}}
{{ include "skills-lab.commonLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The six services: values key -> module (image and app name). Order is the order of rendering. */}}
{{- define "skills-lab.modules" -}}
gateway: gateway-service
task: task-service
assessment: assessment-service
sandbox: sandbox-orchestrator
scoring: scoring-service
notification: notification-service
{{- end -}}

{{- define "skills-lab.serviceKeys" -}}
- gateway
- task
- assessment
- sandbox
- scoring
- notification
{{- end -}}

{{/* Selector labels of one service. Call with (dict "root" $ "key" "gateway"). */}}
{{- define "skills-lab.selectorLabels" -}}
{{- $modules := include "skills-lab.modules" .root | fromYaml -}}
app.kubernetes.io/name: {{ get $modules .key }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "skills-lab.componentLabels" -}}
{{ include "skills-lab.commonLabels" .root }}
{{ include "skills-lab.selectorLabels" . }}
app.kubernetes.io/component: {{ .key }}
{{- end -}}

{{/* Resource name of one service, e.g. skills-lab-gateway. */}}
{{- define "skills-lab.serviceName" -}}
{{- printf "%s-%s" (include "skills-lab.fullname" .root) .key | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "skills-lab.tag" -}}
{{- default .root.Chart.AppVersion (default .root.Values.global.image.tag .tag) -}}
{{- end -}}

{{/* Image of one service: <registry>/<repository>:<tag>. */}}
{{- define "skills-lab.image" -}}
{{- $svc := get .root.Values.services .key -}}
{{- printf "%s/%s:%s" .root.Values.global.image.registry $svc.image.repository (include "skills-lab.tag" (dict "root" .root "tag" $svc.image.tag)) -}}
{{- end -}}

{{/* The sandbox runtime image, by digest when one is given. */}}
{{- define "skills-lab.sandboxImage" -}}
{{- $img := .Values.sandboxes.image -}}
{{- if $img.digest -}}
{{- printf "%s/%s@%s" .Values.global.image.registry $img.repository $img.digest -}}
{{- else -}}
{{- printf "%s/%s:%s" .Values.global.image.registry $img.repository (include "skills-lab.tag" (dict "root" . "tag" $img.tag)) -}}
{{- end -}}
{{- end -}}

{{/* URL at which one service reaches another (the host's loopback when every pod shares the host network). */}}
{{- define "skills-lab.serviceUrl" -}}
{{- $svc := get .root.Values.services .key -}}
{{- if .root.Values.global.hostNetwork -}}
{{- printf "http://127.0.0.1:%v" $svc.port -}}
{{- else -}}
{{- printf "http://%s.%s.svc:%v" (include "skills-lab.serviceName" .) .root.Release.Namespace $svc.port -}}
{{- end -}}
{{- end -}}

{{- define "skills-lab.publicUrl" -}}
{{- if .Values.publicUrl -}}
{{- .Values.publicUrl | trimSuffix "/" -}}
{{- else if .Values.ingress.enabled -}}
{{- printf "https://%s" .Values.ingress.host -}}
{{- else -}}
http://localhost:8080
{{- end -}}
{{- end -}}

{{- define "skills-lab.keycloakUrl" -}}
{{- if .Values.oidc.keycloakUrl -}}
{{- .Values.oidc.keycloakUrl | trimSuffix "/" -}}
{{- else -}}
{{- regexReplaceAll "/realms/.*$" .Values.oidc.authServerUrl "" -}}
{{- end -}}
{{- end -}}

{{- define "skills-lab.secretName" -}}
{{- printf "%s-secrets" .Release.Name -}}
{{- end -}}

{{- define "skills-lab.orchestratorServiceAccount" -}}
{{- printf "%s-sandbox-orchestrator" (include "skills-lab.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Every credential: env variable, key in <release>-secrets, inline value, existing Secret, the services that get it, and
whether a production install needs it (requireCredentials).
*/}}
{{- define "skills-lab.credentials" -}}
{{- $v := .Values -}}
- {env: DB_PASSWORD, key: db-password, value: {{ $v.postgres.password | quote }}, existing: {name: {{ $v.postgres.existingSecret.name | quote }}, key: {{ $v.postgres.existingSecret.key | quote }}}, services: [gateway, task, assessment, sandbox, scoring, notification], required: true, what: postgres.password}
- {env: SERVICE_CLIENT_SECRET, key: gateway-client-secret, value: {{ $v.oidc.clients.gateway.secret | quote }}, existing: {name: {{ $v.oidc.clients.gateway.existingSecret.name | quote }}, key: {{ $v.oidc.clients.gateway.existingSecret.key | quote }}}, services: [gateway], required: true, what: oidc.clients.gateway.secret}
- {env: SERVICE_CLIENT_SECRET, key: assessment-client-secret, value: {{ $v.oidc.clients.assessment.secret | quote }}, existing: {name: {{ $v.oidc.clients.assessment.existingSecret.name | quote }}, key: {{ $v.oidc.clients.assessment.existingSecret.key | quote }}}, services: [assessment], required: true, what: oidc.clients.assessment.secret}
- {env: SERVICE_CLIENT_SECRET, key: sandbox-client-secret, value: {{ $v.oidc.clients.sandbox.secret | quote }}, existing: {name: {{ $v.oidc.clients.sandbox.existingSecret.name | quote }}, key: {{ $v.oidc.clients.sandbox.existingSecret.key | quote }}}, services: [sandbox], required: true, what: oidc.clients.sandbox.secret}
- {env: S3_ACCESS_KEY, key: s3-access-key, value: {{ $v.s3.accessKey | quote }}, existing: {name: {{ $v.s3.existingSecret.name | quote }}, key: {{ $v.s3.existingSecret.accessKeyKey | quote }}}, services: [task, assessment, sandbox, scoring], required: true, what: s3.accessKey}
- {env: S3_SECRET_KEY, key: s3-secret-key, value: {{ $v.s3.secretKey | quote }}, existing: {name: {{ $v.s3.existingSecret.name | quote }}, key: {{ $v.s3.existingSecret.secretKeyKey | quote }}}, services: [task, assessment, sandbox, scoring], required: true, what: s3.secretKey}
- {env: AI_KEY_ENCRYPTION_KEY, key: ai-key-encryption-key, value: {{ $v.ai.encryptionKey | quote }}, existing: {name: {{ $v.ai.encryptionKeyExistingSecret.name | quote }}, key: {{ $v.ai.encryptionKeyExistingSecret.key | quote }}}, services: [assessment], required: true, what: ai.encryptionKey}
- {env: RESULTS_SIGNING_KEY, key: results-signing-key, value: {{ $v.results.signingKey | quote }}, existing: {name: {{ $v.results.signingKeyExistingSecret.name | quote }}, key: {{ $v.results.signingKeyExistingSecret.key | quote }}}, services: [assessment], required: true, what: results.signingKey}
- {env: WEBHOOK_SECRET_ENCRYPTION_KEY, key: webhook-secret-encryption-key, value: {{ $v.webhooks.secretEncryptionKey | quote }}, existing: {name: {{ $v.webhooks.secretEncryptionKeyExistingSecret.name | quote }}, key: {{ $v.webhooks.secretEncryptionKeyExistingSecret.key | quote }}}, services: [notification], required: true, what: webhooks.secretEncryptionKey}
- {env: REDIS_PASSWORD, key: redis-password, value: {{ $v.redis.password | quote }}, existing: {name: {{ $v.redis.existingSecret.name | quote }}, key: {{ $v.redis.existingSecret.key | quote }}}, services: [gateway, assessment], required: false, what: redis.password}
- {env: SMTP_PASSWORD, key: smtp-password, value: {{ $v.smtp.password | quote }}, existing: {name: {{ $v.smtp.existingSecret.name | quote }}, key: {{ $v.smtp.existingSecret.key | quote }}}, services: [gateway, notification], required: false, what: smtp.password}
- {env: OPENAI_API_KEY, key: openai-api-key, value: {{ $v.ai.openai.apiKey | quote }}, existing: {name: {{ $v.ai.openai.existingSecret.name | quote }}, key: {{ $v.ai.openai.existingSecret.key | quote }}}, services: [assessment], required: false, what: ai.openai.apiKey}
- {env: ANTHROPIC_API_KEY, key: anthropic-api-key, value: {{ $v.ai.anthropic.apiKey | quote }}, existing: {name: {{ $v.ai.anthropic.existingSecret.name | quote }}, key: {{ $v.ai.anthropic.existingSecret.key | quote }}}, services: [assessment], required: false, what: ai.anthropic.apiKey}
- {env: OPENAI_COMPATIBLE_API_KEY, key: openai-compatible-api-key, value: {{ $v.ai.openaiCompatible.apiKey | quote }}, existing: {name: {{ $v.ai.openaiCompatible.existingSecret.name | quote }}, key: {{ $v.ai.openaiCompatible.existingSecret.key | quote }}}, services: [assessment], required: false, what: ai.openaiCompatible.apiKey}
- {env: SCORING_JUDGE_API_KEY, key: scoring-judge-api-key, value: {{ $v.services.scoring.judge.apiKey | quote }}, existing: {name: {{ $v.services.scoring.judge.existingSecret.name | quote }}, key: {{ $v.services.scoring.judge.existingSecret.key | quote }}}, services: [scoring], required: false, what: services.scoring.judge.apiKey}
- {env: KAFKA_PASSWORD, key: kafka-password-gateway, value: {{ $v.kafka.users.gateway.password | quote }}, existing: {name: {{ $v.kafka.users.gateway.existingSecret.name | quote }}, key: {{ $v.kafka.users.gateway.existingSecret.key | quote }}}, services: [gateway], required: true, what: kafka.users.gateway.password}
- {env: KAFKA_PASSWORD, key: kafka-password-task, value: {{ $v.kafka.users.task.password | quote }}, existing: {name: {{ $v.kafka.users.task.existingSecret.name | quote }}, key: {{ $v.kafka.users.task.existingSecret.key | quote }}}, services: [task], required: true, what: kafka.users.task.password}
- {env: KAFKA_PASSWORD, key: kafka-password-assessment, value: {{ $v.kafka.users.assessment.password | quote }}, existing: {name: {{ $v.kafka.users.assessment.existingSecret.name | quote }}, key: {{ $v.kafka.users.assessment.existingSecret.key | quote }}}, services: [assessment], required: true, what: kafka.users.assessment.password}
- {env: KAFKA_PASSWORD, key: kafka-password-sandbox, value: {{ $v.kafka.users.sandbox.password | quote }}, existing: {name: {{ $v.kafka.users.sandbox.existingSecret.name | quote }}, key: {{ $v.kafka.users.sandbox.existingSecret.key | quote }}}, services: [sandbox], required: true, what: kafka.users.sandbox.password}
- {env: KAFKA_PASSWORD, key: kafka-password-scoring, value: {{ $v.kafka.users.scoring.password | quote }}, existing: {name: {{ $v.kafka.users.scoring.existingSecret.name | quote }}, key: {{ $v.kafka.users.scoring.existingSecret.key | quote }}}, services: [scoring], required: true, what: kafka.users.scoring.password}
- {env: KAFKA_PASSWORD, key: kafka-password-notification, value: {{ $v.kafka.users.notification.password | quote }}, existing: {name: {{ $v.kafka.users.notification.existingSecret.name | quote }}, key: {{ $v.kafka.users.notification.existingSecret.key | quote }}}, services: [notification], required: true, what: kafka.users.notification.password}
{{- end -}}

{{- define "skills-lab.credentialList" -}}
{{- dict "items" (include "skills-lab.credentials" . | fromYamlArray) | toYaml -}}
{{- end -}}

{{/* True when a Redis password is configured (inline or existing). */}}
{{- define "skills-lab.redisHasPassword" -}}
{{- if or .Values.redis.password .Values.redis.existingSecret.name -}}true{{- end -}}
{{- end -}}

{{- define "skills-lab.redisUrl" -}}
{{- $scheme := ternary "rediss" "redis" .Values.redis.tls -}}
{{- if include "skills-lab.redisHasPassword" . -}}
{{- printf "%s://:$(REDIS_PASSWORD)@%s:%v" $scheme .Values.redis.host .Values.redis.port -}}
{{- else -}}
{{- printf "%s://%s:%v" $scheme .Values.redis.host .Values.redis.port -}}
{{- end -}}
{{- end -}}

{{- define "skills-lab.dbParams" -}}
{{- if .Values.postgres.params -}}?{{ .Values.postgres.params }}{{- end -}}
{{- end -}}
