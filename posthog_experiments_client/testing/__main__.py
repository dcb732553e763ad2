"""``python -m posthog_experiments_client.testing serve``: run the fake from a shell.

Every mistake on the command line (a bad option, a busy port, an address that cannot be bound)
is one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import ipaddress
import shlex
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import NoReturn
from urllib.parse import urlsplit

from .._config import ENV_API_KEY, ENV_HOST, ENV_PROJECT_ID, normalise_api_key
from .._exceptions import ConfigurationError
from ._fake import FakePostHog
from ._rules.versions import DEFAULT_VERSION, VERSIONS

USAGE_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are a single line (argparse adds the usage text)."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message}\n")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"must be a number from 0 to 65535 (0: any free port), got {text!r}"
        )
    return port


def _count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"must be a number 0 or more, got {text!r}")
    return count


def _project_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a positive numeric id, got {text!r}")
    return int(text)


def _api_key(text: str) -> str:
    try:
        # The same check as the client's, so that the fake never hands out a key it refuses.
        return normalise_api_key(text, source="--api-key")
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m posthog_experiments_client.testing",
        description="A fake PostHog experiments API for local development and tests.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake over HTTP until Ctrl-C")
    serve.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1; 0.0.0.0 = all)"
    )
    serve.add_argument("--port", type=_port, default=8010, help="port (default 8010; 0 = any)")
    serve.add_argument(
        "--api-key", type=_api_key, metavar="KEY", help="the personal API key to accept"
    )
    serve.add_argument(
        "--project-id", type=_project_id, metavar="ID", help="the project's id (default 1)"
    )
    serve.add_argument(
        "--posthog-version",
        choices=sorted(VERSIONS),
        default=DEFAULT_VERSION,
        help=f"which PostHog to behave as (default {DEFAULT_VERSION})",
    )
    serve.add_argument(
        "--lean-list-items",
        action="store_true",
        help="list experiments as the newest PostHog does (ExperimentBasic items)",
    )
    serve.add_argument(
        "--seed-experiments", type=_count, default=0, metavar="N", help="create N experiments first"
    )
    serve.add_argument(
        "--no-rate-limit", action="store_true", help="turn off the 480/min, 4800/h limits"
    )
    serve.add_argument(
        "--results-file",
        metavar="PATH",
        help="JSON of metric data and exposures to compute experiment results from "
        "(the shape of FakePostHog.load_results)",
    )
    return parser


def _client_url(base_url: str) -> tuple[str, str | None]:
    """A URL the client accepts for the bound address, and a note when that needed a change."""
    parts = urlsplit(base_url)
    try:
        address = ipaddress.ip_address(parts.hostname or "")
    except ValueError:
        return base_url, None
    if address.is_unspecified:
        url = f"http://127.0.0.1:{parts.port}"
        return url, f"listening on every interface; on this machine use {url}"
    if not address.is_loopback:
        return base_url, (
            "not a loopback address: the client needs allow_insecure_http=True for plain http"
        )
    return base_url, None


def _announce(base_url: str, api_key: str, project_id: int) -> None:
    url, note = _client_url(base_url)
    print(f"Fake PostHog listening on {url}")
    print(f"  API key:    {api_key}")
    print(f"  Project id: {project_id}")
    if note:
        print(f"  Note:       {note}")
    print("\nPoint the client at it (paste into a shell):")
    print(f"export {ENV_HOST}={shlex.quote(url)}")
    print(f"export {ENV_API_KEY}={shlex.quote(api_key)}")
    print(f"export {ENV_PROJECT_ID}={project_id}")
    curl_auth = shlex.quote(f"Authorization: Bearer {api_key}")
    print(f"\nTry: curl -H {curl_auth} {url}/api/projects/{project_id}/experiments/")
    print("Press Ctrl-C to stop.", flush=True)


def _bind_error(host: str, port: int, error: Exception) -> str:
    if isinstance(error, OSError) and error.errno == errno.EADDRINUSE:
        return (
            f"cannot listen on {host} port {port}: it is already in use; pick another with "
            "--port, or --port 0 for any free port"
        )
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return f"cannot listen on {host} port {port}: {reason}"


@contextlib.contextmanager
def _ctrl_c_stops() -> Iterator[None]:
    """Make SIGINT (Ctrl-C) raise ``KeyboardInterrupt`` while serving, then restore the handler.

    A shell without job control starts background commands with SIGINT ignored, and a child
    process inherits that, so without this the server could not be stopped with SIGINT.
    Handlers can only be set from the main thread; elsewhere the current one is kept.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if previous is not None:  # None: a handler not installed from Python, nothing to restore
            signal.signal(signal.SIGINT, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    fake = FakePostHog(
        posthog_version=args.posthog_version,
        lean_list_items=args.lean_list_items,
        project_id=args.project_id or 1,
        api_key=args.api_key,
        rate_limits=not args.no_rate_limit,
    )
    api_key, project_id = fake.api_key, fake.project_id
    if args.seed_experiments:
        fake.seed_experiments(args.seed_experiments, project_id=project_id)
    if args.results_file:
        try:
            fake.load_results(args.results_file)
        except (OSError, ValueError) as exc:  # a JSON or shape error is a ValueError
            print(
                f"{parser.prog}: error: --results-file {args.results_file}: {exc}", file=sys.stderr
            )
            return USAGE_ERROR
    with contextlib.ExitStack() as stack:
        stack.enter_context(_ctrl_c_stops())
        try:
            base_url = stack.enter_context(fake.serve(args.host, args.port))
        except (OSError, OverflowError) as exc:
            print(
                f"{parser.prog}: error: {_bind_error(args.host, args.port, exc)}", file=sys.stderr
            )
            return USAGE_ERROR
        _announce(base_url, api_key, project_id)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nStopped.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
