"""Settings: this installation's key and the trust lists it holds."""
