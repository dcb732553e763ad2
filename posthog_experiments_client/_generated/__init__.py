"""A client library for accessing PostHog Experiments API (curated)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
