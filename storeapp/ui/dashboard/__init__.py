"""Manager dashboard: store KPIs for today, 7 and 30 days, with charts and CSV export."""
