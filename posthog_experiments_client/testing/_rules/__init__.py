"""PostHog's rules, one module per resource, with the two PostHog versions in :mod:`.versions`.

The rules read and change the tables of :mod:`.._state` and raise
:class:`~.._errors.ApiError`; they know nothing about HTTP.
"""
