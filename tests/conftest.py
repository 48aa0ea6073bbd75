"""Settings shared by every test folder: hypothesis profiles.

CI must never turn red by chance, so property tests are derandomized by default (the same
examples on every run, found from the test's own source). For a wider, random search on
your machine: ``HYPOTHESIS_PROFILE=wide python -m pytest tests/unit/test_engine_properties.py``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "wide",
    derandomize=False,
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
