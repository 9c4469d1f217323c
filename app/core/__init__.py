"""The pure analysis core: text in, comparisons out. No web or storage imports here."""
