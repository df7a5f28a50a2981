"""What every view does with a follow-up: done, snooze, reschedule, skip, edit, drop."""
