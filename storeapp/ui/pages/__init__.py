"""Pages of the main window that the shell owns (store-job overviews)."""
