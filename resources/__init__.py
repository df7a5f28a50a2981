"""Icons and other files shipped with LoyaltyDesk (installed as loyaltydesk.resources)."""
