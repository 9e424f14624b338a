"""What the ledger means: the schedule of what is due, insights, reply templates
and the checks that need more than one file. Pure functions of a loaded ledger."""
