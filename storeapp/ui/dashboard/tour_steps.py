"""The dashboard's screenshots for the tour (storeapp/ui/tour.py), taken while a manager is
signed in and after the demo's work — including a parked change — is in the journal."""

from __future__ import annotations

from typing import Any


async def dashboard_steps(tour: Any, shell: Any, window: Any, wait_for: Any) -> None:
    window.show_page("dashboard")
    page = shell.pages["dashboard"]
    before = page.completed
    await page.refresh()
    await wait_for("dashboard figures", lambda: page.completed > before)
    page.choose_period("today")
    await tour.shot("dashboard-today", window)
    page.choose_period("30d")
    page.tabs.setCurrentIndex(3)  # the technical figures: outbox, parked, last sync per model
    await tour.shot("dashboard-30-days-technical", window)
    page.tabs.setCurrentIndex(0)
    page.choose_period("today")
