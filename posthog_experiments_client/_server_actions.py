"""Which of PostHog's experiment actions a host serves, as learned from its answers.

PostHog added ``launch``, ``end``, ``pause`` and the other lifecycle actions in 2026; a 2025
PostHog has no such routes and answers 404 for them, just as it answers 404 for a missing
experiment. The client tells the two apart once per action and host (a 404 from the action, then
a GET of the experiment that succeeds, means the action is missing) and remembers the answer here.

One ``ServerActions`` belongs to a client's connection pool, so ``with_options`` copies share
it. It is guarded by a ``threading.Lock`` that is never held across I/O, so it is safe for
threads sharing a sync client and for any number of event loops (asyncio or trio) sharing an
async one.
"""

from __future__ import annotations

import threading


class ServerActions:
    """What each host is known to serve: ``True`` (offered), ``False`` (missing), or unknown."""

    __slots__ = ("_known", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[tuple[str, str], bool] = {}

    def offered(self, host: str, action: str) -> bool | None:
        """Whether ``host`` serves ``action``; None until an answer has told."""
        with self._lock:
            return self._known.get((host, action))

    def learn(self, host: str, action: str, offered: bool) -> None:
        """Record what an answer from ``host`` showed about ``action``."""
        with self._lock:
            self._known[(host, action)] = offered
