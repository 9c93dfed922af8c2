"""Certificates and papers: issue and print, reprint, revoke, and verify a certificate."""
