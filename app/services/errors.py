"""Errors a service raises; the web layer maps each to a status code."""

from __future__ import annotations


class ServiceError(Exception):
    """A failure whose message is written for the person who caused it."""

    status_code = 400

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(ServiceError):
    status_code = 422


class NotFound(ServiceError):
    status_code = 404


class Duplicate(ServiceError):
    status_code = 409

    def __init__(self, message: str, article_id: int) -> None:
        super().__init__(message)
        self.article_id = article_id


class TooLarge(ServiceError):
    status_code = 413
