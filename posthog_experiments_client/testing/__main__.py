"""``python -m posthog_experiments_client.testing serve``: run the fake from a shell."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from ._fake import FakePostHog


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m posthog_experiments_client.testing",
        description="A fake PostHog experiments API for local development and tests.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake over HTTP until Ctrl-C")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8010, help="port (default 8010; 0 = any)")
    serve.add_argument(
        "--seed-experiments", type=int, default=0, metavar="N", help="create N experiments first"
    )
    serve.add_argument(
        "--no-rate-limit", action="store_true", help="turn off the 480/min, 4800/h limits"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    fake = FakePostHog(rate_limits=not args.no_rate_limit)
    if args.seed_experiments:
        fake.seed_experiments(args.seed_experiments)
    with fake.serve(args.host, args.port) as base_url:
        print(f"Fake PostHog listening on {base_url}")
        print(f"  API key:    {fake.api_key}")
        print(f"  Project id: {fake.project_id}")
        print(
            f"  Try: curl -H 'Authorization: Bearer {fake.api_key}' {base_url}/api/projects/{fake.project_id}/experiments/"
        )
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nStopped.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
