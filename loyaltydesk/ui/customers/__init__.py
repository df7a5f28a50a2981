"""The customers view: the list, its filters, the customer page, trash and undo."""
