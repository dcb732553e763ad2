"""Performance benchmarks of ``posthog_experiments_client``, run with ``python -m benchmarks``.

Every number is a ratio against a baseline measured side by side in the same run (median of
repeated, interleaved rounds, with min and max). Nothing here asserts a timing: ``make test`` only
runs each benchmark once with tiny sizes (``--quick``) so that they keep working.

| #  | subject                                   | baseline                              | target     |
|----|-------------------------------------------|---------------------------------------|------------|
| B1 | import in a fresh interpreter             | ``import httpx``                      | +30 ms     |
| B2 | one ``get()``, sync and async             | httpx ``get()`` + ``json.loads``      | <= 1.3x    |
| B3 | parsing a 100-experiment page             | pydantic v2 models of the same spec   | <= 1.0x    |
| B4 | peak memory iterating 20,000 experiments  | the same over 2,000                   | <= 1.5x    |
| B5 | 200 concurrent ``get()``; 8 sync threads  | raw ``httpx`` doing the same          | >= 0.9x    |
"""
