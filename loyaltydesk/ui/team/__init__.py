"""The team's book in the window: menus, dialogs and the status bar's sync note."""
