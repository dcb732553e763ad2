"""Debug logging of requests and retries, on the ``posthog_experiments_client`` logger.

Lines carry the method, URL, status and timing only: never headers, so never the key.
"""

from __future__ import annotations

import logging
import time

import httpx

logger = logging.getLogger("posthog_experiments_client")


def log_response(
    request: httpx.Request, response: httpx.Response, started: float, retries_done: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            request.url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            retries_done + 1,
        )


def log_retry(
    request: httpx.Request, reason: str, delay: float, retries_done: int, max_retries: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "retrying %s %s after %s in %.2f s (retry %d of %d)",
            request.method,
            request.url,
            reason,
            delay,
            retries_done + 1,
            max_retries,
        )
