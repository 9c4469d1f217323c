"""How this process analyses articles: the settings that choose the core's models."""

from __future__ import annotations

from app.config import Settings
from app.core import attribution_network

# How a page names what read an article's attribution (`attribution_network.name()`).
TAGGER_LABELS = {
    "crf": "the rules and the CRF tagger",
    "crf+network": "the rules, the CRF tagger and the attribution network",
}


def tagger_label(name: str | None) -> str:
    """A reader's name for a tagger; articles stored before it was recorded say so."""
    if name is None:
        return "not recorded (stored before Parallax kept track)"
    return TAGGER_LABELS.get(name, name)


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
