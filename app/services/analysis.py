"""How this process analyses articles: the settings that choose the core's models."""

from __future__ import annotations

from app.config import Settings
from app.core import attribution_network


class ConfigurationError(RuntimeError):
    """A setting asks for something this installation cannot do; the message says what."""


def configure(settings: Settings) -> None:
    """Switch the optional attribution network on or off for every later analysis in this
    process (uploads, imports, the demo story, the evals). Articles already stored keep the
    attribution they were analysed with until they are analysed again."""
    try:
        attribution_network.use(settings.attribution_network)
    except attribution_network.NetworkUnavailable as exc:
        raise ConfigurationError(f"PARALLAX_ATTRIBUTION_NETWORK is on, but {exc}.") from exc
