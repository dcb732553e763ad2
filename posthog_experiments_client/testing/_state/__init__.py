"""The fake's state: rows shaped like PostHog's models, the tables, ids and the clock."""
