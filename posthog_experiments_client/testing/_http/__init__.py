"""The HTTP layer: routing, parsing, auth, throttling, faults, recording, transports.

Nothing here knows a business rule: :mod:`.router` maps a path to an action (only the
actions the served PostHog version has), and :mod:`.views` hands each authorised call
to the rules in :mod:`.._rules` and returns what they render. A new resource adds its
routes to :mod:`.router` and its actions to a views module of its own.
"""
