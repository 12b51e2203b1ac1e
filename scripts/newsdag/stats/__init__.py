"""Statistics: bootstrap intervals and association measures."""
