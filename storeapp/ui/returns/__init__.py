"""Returns intake screen (issue 7): find the sale, check the policy, approve, return.

`screen.build(shell)` makes the page from the shell's services (storeapp/ui/screen.py).
"""
