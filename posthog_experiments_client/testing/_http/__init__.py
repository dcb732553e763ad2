"""The HTTP layer: routing, parsing, auth, throttling, faults, recording, transports.

Nothing here knows a business rule; :mod:`.views` hands each authorised call to the
rules in :mod:`.._rules` and renders what they return.
"""
