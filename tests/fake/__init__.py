"""Wire-level tests of ``posthog_experiments_client.testing.FakePostHog``."""
