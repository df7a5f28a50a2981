"""Sub-commands of the loyaltydesk command line, one module per feature area."""
