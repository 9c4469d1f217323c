"""Settings: the one place that reads the environment (prefix PARALLAX_)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_PATH = Path("data") / "parallax.db"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class Settings(BaseSettings):
    """Parallax configuration, read from PARALLAX_* environment variables."""

    # An empty variable (``PARALLAX_API_TOKEN=`` in a compose file) means "unset", not "".
    model_config = SettingsConfigDict(env_prefix="PARALLAX_", extra="ignore", env_ignore_empty=True)

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_DB_PATH}",
        description="SQLAlchemy URL; a SQLite file by default, postgresql+psycopg:// also works.",
    )
    api_token: str | None = Field(
        default=None, description="When set, every write needs it; unset means open mode."
    )
    max_upload_bytes: int = Field(
        default=2_000_000, ge=1_000, description="Largest upload accepted."
    )
    allow_private_urls: bool = Field(
        default=False, description="Allow fetching URLs on loopback or private networks."
    )
    secret_key: str | None = Field(
        default=None,
        description=(
            "Signs session and CSRF cookies. Unset, a secret made once by the migrations and "
            "kept in the database is used, so all workers and machines sharing it agree."
        ),
    )
    debug: bool = Field(default=False, description="Strict templates and verbose errors.")
    attribution_network: bool = Field(
        default=False,
        description=(
            "Also label attribution spans with the small fine-tuned network, averaged with "
            "the CRF (needs the 'neural' extra; about 100 ms more CPU per article)."
        ),
    )

    @model_validator(mode="after")
    def _refuse_weak_token(self) -> Settings:
        if self.api_token is not None and len(self.api_token) < 12:
            raise ValueError("PARALLAX_API_TOKEN must be at least 12 characters long.")
        return self

    @property
    def open_mode(self) -> bool:
        return not self.api_token

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
