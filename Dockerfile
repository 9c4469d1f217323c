# Multi-stage: build a wheel-complete virtualenv, then copy it into a slim runtime as a non-root user.
FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --upgrade pip
COPY pyproject.toml README.md ./
COPY app ./app
# --build-arg EXTRAS=postgres,neural adds the optional attribution network.
ARG EXTRAS=postgres
RUN /opt/venv/bin/pip install ".[${EXTRAS}]"

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 parallax
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv/parallax
COPY alembic.ini ./
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
COPY app ./app
RUN mkdir -p /srv/parallax/data && chown parallax /srv/parallax/data
USER parallax
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/srv/parallax \
    PARALLAX_DATABASE_URL=sqlite:////srv/parallax/data/parallax.db
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=3)"]
# `parallax serve` runs the migrations, loads the demo into an empty database and serves.
# In a container the address is 0.0.0.0, so set PARALLAX_API_TOKEN (or pass --allow-public).
# With PostgreSQL (docker-compose.yml) add `--workers N`: the workers share nothing but the database.
CMD ["parallax", "serve", "--host", "0.0.0.0", "--port", "8000"]
