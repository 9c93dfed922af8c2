"""The Settings screen: the commune, the receiving body and signer, targets, villages, backups."""
