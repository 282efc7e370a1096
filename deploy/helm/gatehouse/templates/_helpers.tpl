{{/* Names and labels. */}}
{{- define "gatehouse.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gatehouse.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "gatehouse.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gatehouse.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "gatehouse.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "gatehouse.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "gatehouse.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "gatehouse.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "gatehouse.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "gatehouse.secretName" -}}
{{- default (include "gatehouse.fullname" .) .Values.existingSecret }}
{{- end }}

{{/* "true" when the nodes share a PostgreSQL database, "" for SQLite in the volume. */}}
{{- define "gatehouse.postgresql" -}}
{{- if hasPrefix "jdbc:postgresql://" .Values.database.url }}true{{ end }}
{{- end }}

{{/* "true" when the migration hook Job runs `gatehouse migrate` (PostgreSQL only). */}}
{{- define "gatehouse.migrationJob" -}}
{{- if and (include "gatehouse.postgresql" .) .Values.migration.enabled }}true{{ end }}
{{- end }}

{{/*
The combinations the chart refuses, each with what to do instead. Included by the Deployment, so
every render checks them.
*/}}
{{- define "gatehouse.validate" -}}
{{- $pg := include "gatehouse.postgresql" . -}}
{{- if and .Values.database.url (not $pg) }}
{{- fail (printf "database.url=%s: the chart takes jdbc:postgresql://host:5432/db, or nothing for SQLite in its volume" .Values.database.url) }}
{{- end }}
{{- if and (not $pg) (gt (int .Values.replicaCount) 1) }}
{{- fail (printf "replicaCount=%d needs PostgreSQL (database.url=jdbc:postgresql://...): a SQLite database is served by one process, so the SQLite mode runs one replica" (int .Values.replicaCount)) }}
{{- end }}
{{- if and (not $pg) .Values.autoscaling.enabled }}
{{- fail "autoscaling.enabled needs PostgreSQL (database.url=jdbc:postgresql://...): a SQLite database is served by one process, so the SQLite mode runs one replica" }}
{{- end }}
{{- if and $pg (not .Values.issuer) }}
{{- fail "issuer is required with PostgreSQL: the public base URL (https://auth.example.com), the iss of every token; only a SQLite try-out may leave it to the default http://localhost:8080" }}
{{- end }}
{{- if and $pg (not .Values.masterKey) (not .Values.existingSecret) }}
{{- fail "PostgreSQL nodes share one master key: set masterKey (head -c 32 /dev/urandom | base64) or existingSecret (a Secret with the key master-key)" }}
{{- end }}
{{- $sum := add (int .Values.shutdown.drainDelaySeconds) (int .Values.shutdown.timeoutSeconds) }}
{{- if le (int .Values.terminationGracePeriodSeconds) (int $sum) }}
{{- fail (printf "terminationGracePeriodSeconds=%d must exceed shutdown.drainDelaySeconds + shutdown.timeoutSeconds = %d, or Kubernetes kills requests still in flight" (int .Values.terminationGracePeriodSeconds) (int $sum)) }}
{{- end }}
{{- if lt (int .Values.podDisruptionBudget.maxUnavailable) 1 }}
{{- fail "podDisruptionBudget.maxUnavailable must be at least 1, or no node could ever be drained" }}
{{- end }}
{{- if regexMatch "(?i)password=" .Values.database.url }}
{{- fail "database.url holds a password: the URL goes into the ConfigMap, readable by anyone who may read the namespace's configuration; put it in database.password (or existingSecret's database-password)" }}
{{- end }}
{{- /* Settings the chart makes from its own values: a second copy in config would be a duplicate ConfigMap key. */}}
{{- $owned := dict "GATEHOUSE_ISSUER" "issuer" "GATEHOUSE_DATABASE_URL" "database.url" "GATEHOUSE_DATABASE_USERNAME" "database.username" "GATEHOUSE_DATABASE_POOL_SIZE" "database.poolSize" "GATEHOUSE_DATABASE_MIGRATE_ON_START" "migration.enabled" "GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME" "bootstrapAdmin.username" "GATEHOUSE_SHUTDOWN_DRAIN_DELAY" "shutdown.drainDelaySeconds" "GATEHOUSE_SHUTDOWN_TIMEOUT" "shutdown.timeoutSeconds" "GATEHOUSE_HTTP_PORT" "nothing: the probes, Services and NetworkPolicy use 8080" "GATEHOUSE_MANAGEMENT_PORT" "nothing: the probes, Services and NetworkPolicy use 9000" "GATEHOUSE_DATA_DIR" "nothing: the volume is mounted at /var/lib/gatehouse" }}
{{- range $name, $value := .Values.config }}
{{- if hasKey $owned $name }}
{{- fail (printf "config.%s is set by the chart: use %s" $name (get $owned $name)) }}
{{- end }}
{{- if regexMatch "(?i)password=" (toString $value) }}
{{- fail (printf "config.%s holds a password: the ConfigMap is readable by anyone who may read the namespace's configuration; use extraSecretEnv" $name) }}
{{- end }}
{{- if or (hasSuffix "_PASSWORD" $name) (hasSuffix "_SECRET" $name) (hasSuffix "_KEY" $name) }}
{{- fail (printf "config.%s looks like a secret: the ConfigMap is readable by anyone who may read the namespace's configuration; use extraSecretEnv (or masterKey, database.password, bootstrapAdmin.password)" $name) }}
{{- end }}
{{- if not (hasPrefix "GATEHOUSE_" $name) }}
{{- fail (printf "config.%s: the keys of config are environment names GATEHOUSE_... (README \"Configuration\")" $name) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The secret environment of every Gatehouse container, only through secretKeyRef (plain settings come
from the ConfigMap). Called with (dict "root" $ "secret" NAME). An optional entry may be absent.
*/}}
{{- define "gatehouse.secretEnv" -}}
{{- $root := .root }}
{{- $pg := include "gatehouse.postgresql" $root -}}
- name: GATEHOUSE_MASTER_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: master-key
      {{- if not $pg }}
      optional: true
      {{- end }}
{{- if $pg }}
- name: GATEHOUSE_DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: database-password
      optional: true
{{- end }}
- name: GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: bootstrap-admin-password
      optional: true
{{- range $name, $value := $root.Values.extraSecretEnv }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $.secret }}
      key: {{ $name }}
{{- end }}
{{- end }}

{{/* The chart's Secret's data: only the values that are set. */}}
{{- define "gatehouse.secretData" -}}
{{- with .Values.masterKey }}
master-key: {{ . | b64enc }}
{{- end }}
{{- with .Values.database.password }}
database-password: {{ . | b64enc }}
{{- end }}
{{- with .Values.bootstrapAdmin.password }}
bootstrap-admin-password: {{ . | b64enc }}
{{- end }}
{{- range $name, $value := .Values.extraSecretEnv }}
{{ $name }}: {{ $value | toString | b64enc }}
{{- end }}
{{- end }}

{{/* The plain settings, environment name -> value: the ConfigMap's data, and the migration Job's environment. */}}
{{- define "gatehouse.configData" -}}
{{- $pg := include "gatehouse.postgresql" . -}}
GATEHOUSE_HTTP_PORT: "8080"
GATEHOUSE_MANAGEMENT_PORT: "9000"
GATEHOUSE_DATA_DIR: /var/lib/gatehouse
{{- with .Values.issuer }}
GATEHOUSE_ISSUER: {{ . | quote }}
{{- end }}
{{- if $pg }}
GATEHOUSE_DATABASE_URL: {{ .Values.database.url | quote }}
{{- with .Values.database.username }}
GATEHOUSE_DATABASE_USERNAME: {{ . | quote }}
{{- end }}
{{- end }}
GATEHOUSE_DATABASE_POOL_SIZE: {{ .Values.database.poolSize | quote }}
{{- /* With the migration Job, `gatehouse migrate` has run before a node of this release starts. */}}
GATEHOUSE_DATABASE_MIGRATE_ON_START: {{ ternary "false" "true" (eq (include "gatehouse.migrationJob" .) "true") | quote }}
{{- with .Values.bootstrapAdmin.username }}
GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME: {{ . | quote }}
{{- end }}
GATEHOUSE_SHUTDOWN_DRAIN_DELAY: {{ printf "%ds" (int .Values.shutdown.drainDelaySeconds) | quote }}
GATEHOUSE_SHUTDOWN_TIMEOUT: {{ printf "%ds" (int .Values.shutdown.timeoutSeconds) | quote }}
{{- range $name, $value := .Values.config }}
{{ $name }}: {{ $value | toString | quote }}
{{- end }}
{{- end }}
