"""PostHog's rules, one module per resource, with the two PostHog versions in :mod:`.versions`.

The rules read and change the tables of :mod:`.._state` and raise
:class:`~.._errors.ApiError`; they know nothing about HTTP. Experiments are
:mod:`.experiments` (create, update, duplicate, copy), :mod:`.lifecycle` (the 2026
actions), :mod:`.queries` (the list) and :mod:`.render` (the serializers), with the
shared pieces beside them (:mod:`.variants`, :mod:`.metrics`, :mod:`.criteria`,
:mod:`.cohorts`). Other resources get their own modules here: :mod:`.holdouts` and
:mod:`.saved_metrics` (sharing :mod:`.resources`), and a results (query) endpoint, whose
numbers come from ``.._statistics``.
"""
