"""The statistics need nothing beyond the runtime dependencies: no scipy, no numpy."""

from __future__ import annotations

import subprocess
import sys


def test_importing_and_computing_loads_neither_scipy_nor_numpy() -> None:
    script = (
        "import sys\n"
        "from posthog_experiments_client.testing._statistics import "
        "experiment_query_response, simulate_experiment\n"
        "sim = simulate_experiment(conversion_rates={'control': 0.1, 'test': 0.12}, seed=7)\n"
        "experiment = {'stats_config': {'method': 'frequentist'}, 'feature_flag': {'filters': "
        "{'multivariate': {'variants': [{'key': 'control'}, {'key': 'test'}]}}}}\n"
        "experiment_query_response(experiment, {'metric_type': 'funnel'}, sim.funnel)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'numpy')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
