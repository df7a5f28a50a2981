"""Phone sync's services: the account, the sync state, and what the phone changed."""
