"""Files in and out: vCard, CSV, purchases CSV, iCalendar and PDF contact sheets."""
