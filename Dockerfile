# Production image: gunicorn behind a TLS-terminating proxy, static files served by whitenoise.
# Not needed for development: `make run` works on a plain machine.

# --- Front-end packages (NL Design System CSS) ---------------------------------------------
FROM node:20-bookworm-slim AS frontend
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- Python dependencies, compiled messages and collected static files ----------------------
FROM python:3.12-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt ./
RUN /venv/bin/pip install -r requirements.txt
COPY . .
COPY --from=frontend /build/node_modules ./node_modules
RUN /venv/bin/python manage.py compilemessages --ignore=node_modules -v0 \
    && DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=build-only ALLOWED_HOSTS=build \
       EMAIL_URL=smtp://localhost:25 \
       /venv/bin/python manage.py collectstatic --noinput -v0 \
    && rm -rf node_modules

# --- Runtime ---------------------------------------------------------------------------------
FROM python:3.12-slim-bookworm
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=config.settings.production PORT=8000 MEDIA_ROOT=/data/media
RUN apt-get update && apt-get install -y --no-install-recommends curl libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 10001 wagtail \
    && mkdir -p /data/media && chown wagtail /data/media
COPY --from=build /venv /venv
COPY --from=build --chown=wagtail /app /app
WORKDIR /app
USER wagtail
EXPOSE 8000
# Ready to serve pages: database, caches, search engine and static manifest (/readyz; /healthz is
# the liveness probe for orchestrators that restart a process that stops answering).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent http://127.0.0.1:${PORT}/readyz -H "X-Forwarded-Proto: https" || exit 1
# Bind address, workers and an access log without query strings or client addresses: config/gunicorn.py
# Rate limits and kept pages need shared caches: REDIS_URL, or run `python manage.py createcachetable` once
# after `migrate` (README, "Rate limits and proxies"). Behind the proxy, set TRUSTED_PROXY_COUNT.
CMD ["gunicorn", "--config", "python:config.gunicorn", "config.wsgi:application"]
