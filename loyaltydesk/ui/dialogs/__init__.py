"""Small dialogs for the quick actions on a customer: each saves with one service call."""
