"""Phone sync over CalDAV and CardDAV: follow-ups to a calendar, customers to an address book."""
