"""Copy the package into another project's tree, to vendor it under a new parent package.

    python scripts/vendor.py DEST [--without-testing]

``DEST`` is the folder that will hold ``posthog_experiments_client/`` (for example
``acme/_vendor``); the copy is imported as ``acme._vendor.posthog_experiments_client``. Every
import inside the package is relative, and the version lives in source, so nothing depends on the
package's name or installed metadata. An existing copy at DEST is replaced. ``--without-testing``
leaves out the fake server (``testing/``), which production code does not need.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "posthog_experiments_client"
LICENSE = PACKAGE.parent / "LICENSE"


def vendor(dest: Path, *, with_testing: bool = True) -> Path:
    """Copy the package (and its license notice) into ``dest``; return the new package folder."""
    target = dest / PACKAGE.name
    ignore = ["__pycache__", "*.pyc"]
    if not with_testing:
        ignore.append("testing")
    if target.exists():
        shutil.rmtree(target)
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns(*ignore))
    shutil.copyfile(LICENSE, target / "LICENSE")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="folder to hold posthog_experiments_client/")
    parser.add_argument("--without-testing", action="store_true", help="leave out testing/")
    args = parser.parse_args(argv)
    target = vendor(args.dest, with_testing=not args.without_testing)
    print(f"Vendored into {target}. Keep its LICENSE file; re-run this command to update it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
