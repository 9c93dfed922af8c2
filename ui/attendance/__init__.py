"""The attendance screen: today's sessions, a roster marked by keyboard or QR scanner."""
