"""Phone sync in the window: Edit > Phone sync..., Sync now, the status bar, the schedule."""
