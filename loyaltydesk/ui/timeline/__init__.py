"""A customer's stage ladder and dated timeline, for the customer page."""

from loyaltydesk.ui.timeline.view import TimelineView

__all__ = ["TimelineView"]
