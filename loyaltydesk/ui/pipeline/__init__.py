"""The pipeline board: one column per rung of the ladder, customers as cards to drag along."""
