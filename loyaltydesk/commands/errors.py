"""The error every command raises for a mistake the user can fix."""


class UserError(Exception):
    """A mistake the user can fix; printed as one line, never as a traceback."""
