"""The reminder timer, the tray icon, the due badge and the reminder settings."""
