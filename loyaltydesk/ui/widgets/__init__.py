"""Small reusable pieces shared by the views."""
