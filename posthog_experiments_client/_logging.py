"""Logging on the ``posthog_experiments_client`` logger: each response at DEBUG, each retry at INFO.

Lines carry the method, path, status and timing only: never headers, so never the key.
"""

from __future__ import annotations

import logging
import time

import httpx

logger = logging.getLogger("posthog_experiments_client")


def log_response(
    request: httpx.Request, response: httpx.Response, started: float, attempt: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            request.url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            attempt,
        )


def log_retry(
    request: httpx.Request, reason: str, delay: float, next_attempt: int, attempts: int
) -> None:
    """One INFO line per retry: ``retrying GET /path after 502: waiting 0.48 s (attempt 2 of 3)``."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "retrying %s %s after %s: waiting %.2f s (attempt %d of %d)",
            request.method,
            request.url.path,
            reason,
            delay,
            next_attempt,
            attempts,
        )
