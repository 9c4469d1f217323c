"""Parallax: see how different news outlets cover the same story."""
